// str() of every object kind (PyObject_Str): an exact str is itself, a class's __str__ runs as a nested
// Python call, an exception prints its arguments (BaseException_str and the OSError, SyntaxError and
// UnicodeError forms), and anything else falls back on its repr (repr.ts).

import type { PyObject } from "../heap/object";
import { PyInt, PyStr, PyBool } from "../heap/values";
import { PyTuple } from "../heap/containers";
import { PyExceptionObject } from "../heap/instances";
import type { PyClass } from "../heap/classes";
import { hasInstanceAttributes, isMetaclassInstance, subclassSlot, userSlot } from "../heap/subclass-instances";
import { isScalarInstance } from "../heap/scalar-instances";
import { PyWeakProxy } from "../heap/weakrefs";
import { throughProxy } from "./weak-proxy-ops";
import type { VM } from "./vm";
import { intStr, repr, reprCallsOwnMethod, reprText } from "./repr";
import { enterRecursionLevel, STR_LEVEL } from "./c-recursion";
import { PyMappingProxy } from "../heap/mapping-proxy";
import { proxiedMapping } from "./mapping-proxy-ops";
import { isUnicodeErrorOwner, unicodeErrorStr } from "./unicode-errors";
import { syntaxErrorStr } from "./syntax-error-fields";
import { rejectResult } from "./rejected-results";

export function str(vm: VM, o: PyObject): string {
	// PyObject_Str hands back an exact str before it counts a recursion level.
	if (o instanceof PyStr && !subclassSlot(o, "__str__")) return o.value;
	enterRecursionLevel(vm, STR_LEVEL);
	try {
		return strText(vm, o);
	} finally {
		vm.nativeLevels--;
	}
}

function strText(vm: VM, o: PyObject): string {
	if (o instanceof PyStr && !subclassSlot(o, "__str__")) return o.value;
	if (o instanceof PyWeakProxy) return throughProxy(vm, o, (referent) => str(vm, referent));
	// mappingproxy_str: str() of the mapping.
	if (o instanceof PyMappingProxy) return str(vm, proxiedMapping(o));
	if (hasInstanceAttributes(o) || isMetaclassInstance(o)) {
		if (userSlot(o, "__str__")) return vm.callMethodStr(o, "__str__");
		if (o instanceof PyExceptionObject) return exceptionStr(vm, o);
	}
	if (reprCallsOwnMethod(o) && !(o instanceof PyStr)) {
		const r = reprForStr(vm, o);
		vm.decref(r);
		return r.value;
	}
	return reprText(vm, o);
}

/** object_str: the type's own __repr__ called directly (no level of its own); PyObject_Str checks the result. */
function reprForStr(vm: VM, o: PyObject): PyStr {
	const r = vm.callMethod(o, "__repr__", []);
	if (r instanceof PyStr) return r;
	return rejectResult(vm, r, "TypeError", `__str__ returned non-string (type ${r.typeName})`);
}

/** bool_repr: the interned "True" or "False", so `str(True) is str(True)`. */
export function boolText(vm: VM, b: PyBool): PyObject {
	return vm.intern(b.flag ? "True" : "False");
}

/**
 * PyObject_Str as an object (a new reference): an exact str is returned itself, and so is the str a
 * class's __str__ returned, so `str(s) is s`.
 */
export function strObject(vm: VM, o: PyObject): PyObject {
	// unicode_str (unicode_result_unchanged): a str subclass's instance gives an exact copy.
	if (o instanceof PyStr && !subclassSlot(o, "__str__")) return isScalarInstance(o) ? vm.str(o.value) : vm.incref(o);
	enterRecursionLevel(vm, STR_LEVEL);
	try {
		if (o instanceof PyBool) return boolText(vm, o);
		if (o instanceof PyWeakProxy) return throughProxy(vm, o, (referent) => strObject(vm, referent));
		if (o instanceof PyMappingProxy) return strObject(vm, proxiedMapping(o));
		if (userSlot(o, "__str__")) {
			const r = vm.callMethod(o, "__str__", []);
			if (r instanceof PyStr) return r;
			rejectResult(vm, r, "TypeError", `__str__ returned non-string (type ${r.typeName})`);
		}
		if (o instanceof PyExceptionObject) return exceptionStrObject(vm, o);
		if (reprCallsOwnMethod(o)) return reprForStr(vm, o);
		return exactIntText(vm, o) ?? vm.str(strText(vm, o));
	} finally {
		vm.nativeLevels--;
	}
}

/** long_to_decimal_string: an exact int's digits in a new str (never the one-character singleton), else null. */
export function exactIntText(vm: VM, o: PyObject): PyObject | null {
	return o instanceof PyInt && !(o instanceof PyBool) && !isScalarInstance(o) ? vm.newStr(intStr(vm, o.value)) : null;
}

/** OSError_str: from the fields (a file name, then errno and strerror), else BaseException_str; null for the latter. */
function osErrorStr(vm: VM, e: PyExceptionObject): string | null {
	const [errno, strerror, filename, filename2] = ["errno", "strerror", "filename", "filename2"].map((f) => e.attrs.get(f));
	if (filename && filename !== vm.None) {
		const head = `[Errno ${str(vm, errno ?? vm.None)}] ${str(vm, strerror ?? vm.None)}: ${repr(vm, filename)}`;
		return filename2 && filename2 !== vm.None ? `${head} -> ${repr(vm, filename2)}` : head;
	}
	if (errno && strerror) return `[Errno ${str(vm, errno)}] ${str(vm, strerror)}`;
	return null;
}

/** BaseExceptionGroup_str: "msg (n sub-exception[s])", the message as str() gives it. */
function exceptionGroupStr(vm: VM, e: PyExceptionObject): string {
	const message = e.attrs.get("message");
	const excs = e.attrs.get("exceptions");
	const count = excs instanceof PyTuple ? excs.items.length : 0;
	return `${message ? str(vm, message) : ""} (${count} sub-exception${count > 1 ? "s" : ""})`;
}

/**
 * The builtin exceptions with a tp_str of their own: each has a `__str__` slot wrapper in its dict, which runs
 * that tp_str whatever the instance's own class (`KeyError.__str__(e)` from a subclass's `__str__`).
 */
export const EXCEPTION_STR_OWNERS = [
	"BaseException", "KeyError", "OSError", "ImportError", "AttributeError", "NameError", "SyntaxError",
	"UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError", "BaseExceptionGroup",
] as const;
const STR_OWNERS: ReadonlySet<string> = new Set(EXCEPTION_STR_OWNERS);

/** The builtin exception whose tp_str an instance of `cls` inherits. */
function strOwner(cls: PyClass): string {
	for (const c of cls.mro) if (c.builtin && STR_OWNERS.has(c.name)) return c.name;
	return "BaseException";
}

/** The text of `owner`'s own tp_str, or null where it hands over to BaseException_str (or is BaseException's). */
function ownExceptionText(vm: VM, e: PyExceptionObject, owner: string): string | null {
	if (owner === "SyntaxError") return syntaxErrorStr(vm, e);
	if (owner === "BaseExceptionGroup") return exceptionGroupStr(vm, e);
	if (owner === "OSError") return osErrorStr(vm, e);
	if (isUnicodeErrorOwner(owner)) return unicodeErrorStr(vm, e, owner, (o) => str(vm, o));
	// KeyError_str: a lone key is shown by its repr, so `KeyError('')` does not print as nothing.
	if (owner === "KeyError" && argumentsOf(e).length === 1) return repr(vm, argumentsOf(e)[0]!);
	return null;
}

/** ImportError_str: its `msg` itself when that is an exact str. */
function importErrorMessage(e: PyExceptionObject, owner: string): PyStr | null {
	const msg = owner === "ImportError" ? e.attrs.get("msg") : undefined;
	return msg instanceof PyStr && !isScalarInstance(msg) ? msg : null;
}

function argumentsOf(e: PyExceptionObject): readonly PyObject[] {
	return e.args instanceof PyTuple ? e.args.items : [];
}

/** str() of an exception as text: the tp_str of `owner` (by default the one its class inherits). */
export function exceptionStr(vm: VM, e: PyExceptionObject, owner = strOwner(e.cls)): string {
	const message = importErrorMessage(e, owner);
	if (message) return message.value;
	const own = ownExceptionText(vm, e, owner);
	if (own !== null) return own;
	// BaseException_str: nothing, the lone argument's str, or the str of the whole tuple.
	const args = argumentsOf(e);
	if (args.length === 0) return "";
	return args.length === 1 ? str(vm, args[0]!) : repr(vm, e.args!);
}

/**
 * The same as a new reference, as `owner.__str__(e)` and PyObject_Str give it: BaseException_str hands back what
 * PyObject_Str gave for a lone argument (an exact str is itself), and ImportError_str its exact-str `msg`.
 */
export function exceptionStrObject(vm: VM, e: PyExceptionObject, owner = strOwner(e.cls)): PyObject {
	const message = importErrorMessage(e, owner);
	if (message) return vm.incref(message);
	const own = ownExceptionText(vm, e, owner);
	if (own !== null) return vm.str(own);
	const args = argumentsOf(e);
	return args.length === 1 ? strObject(vm, args[0]!) : vm.str(args.length === 0 ? "" : repr(vm, e.args!));
}
