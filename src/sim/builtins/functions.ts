// Builtin functions: print, len, repr, isinstance, getattr... (the iterator-making ones are in iterators.ts).

import { PyFinalize, PyWeakProxy, PyWeakref } from "../heap/weakrefs";
import { proxyReferent, throughProxy } from "../vm/weak-proxy-ops";
import { PyTypingObject } from "../heap/typing-objects";
import { notClassInfoMessage, typingClassCheck, typingObjectsLack } from "../vm/typing-ops";
import { PyToolObject } from "../heap/tool-objects";
import { asciiObject, reprObject } from "../vm/repr-objects";
import { isBytesLike } from "../heap/bytearray";
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex, PyStr, PyBool } from "../heap/values";
import { cAbs } from "../runtime/complexMath";
import { PyTuple, PyDict, PyRange } from "../heap/containers";
import { SSIZE_MAX } from "../vm/ssize";
import { PyClass, T } from "../heap/classes";
import { hasInstanceAttributes, userSlot } from "../heap/subclass-instances";
import { PyFunction, PyBuiltinFunction, PyBoundMethod, PyDescriptor, type NativeImpl } from "../heap/callables";
import { withPackedArguments, type PackedLabels } from "../vm/packed-arguments";
import { getAttr, setAttr, delAttr, attributeOrNull } from "../vm/attributes";
import { dictNames, dirOf } from "../vm/dir";
import { withDirAllocations } from "./dir-allocations";
import { quitter } from "./sys-module";
import { builtinImport } from "./import-builtin";
import { formatObject } from "../vm/formatting";
import { divmod } from "../vm/operators";
import { isTruthy } from "../vm/protocol";
import { frameLocals, functionLocals } from "../vm/frame-locals";
import { buildClassCall } from "../vm/build-class";
import { classMetaHook, instanceChecks, objectIsInstance, objectIsSubclass } from "../vm/metaclasses";
import { hashOf } from "./identity";
import { ternaryPow } from "../vm/ternary-pow";
import type { VM } from "../vm/vm";
import { roundBuiltin } from "./round";
import { PRINT_KEYWORDS, unexpectedKeyword, cIntArgument, passedTypeName } from "./arity";
import { useBuiltinParser } from "./keyword-parsers";
import { isScalarInstance } from "../heap/scalar-instances";
import { currentStdout, writeToFile } from "./text-streams";
import { input } from "./standard-input";
import { notSupportedYet } from "./types";
import { PyGenericAlias } from "../heap/generic-alias";
import { PyUnionType } from "../heap/union-type";
import { refuseUnmodelledAttribute } from "../vm/unmodelled-attributes";
import { callLookedUpSpecial } from "../vm/dunder-calls";
import { callMethodByName } from "../vm/attributes";

/** PyObject_GetAttr's check on the name getattr(), setattr(), delattr() and hasattr() are given. */
export function attributeName(vm: VM, name: PyObject): string {
	return name instanceof PyStr ? name.value : vm.raise("TypeError", `attribute name must be string, not '${name.typeName}'`);
}

/** getattr(o, name, default) found nothing: the default, unless CPython would have found an attribute. */
function defaultAttribute(vm: VM, o: PyObject, name: string, fallback: PyObject): PyObject {
	refuseUnmodelledAttribute(vm, o, name);
	return vm.incref(fallback);
}

/**
 * isinstance(obj, info) (`subject` the object) or issubclass(subject, info): tuples and unions member by
 * member, typing's forms, and a class (whose metaclass may check it its own way).
 */
function classInfoMatches(vm: VM, subject: PyObject, info: PyObject, fn: "isinstance" | "issubclass"): boolean {
	if (info instanceof PyTuple) return info.items.some((i) => classInfoMatches(vm, subject, i, fn));
	const notClass = (): never => vm.raise("TypeError", "issubclass() arg 1 must be a class");
	if (info instanceof PyTypingObject) {
		const cls = fn === "isinstance" ? subject.cls : subject instanceof PyClass ? subject : notClass();
		// typingClassCheck hands `cls` itself back with each member to check.
		return typingClassCheck(vm, cls, info, fn, (_cls, member) => classInfoMatches(vm, subject, member, fn));
	}
	if (info instanceof PyGenericAlias) vm.raise("TypeError", `${fn}() argument 2 cannot be a parameterized generic`);
	// 3.11's isinstance and issubclass look through a union to its members, as through a tuple.
	if (info instanceof PyUnionType) return classInfoMatches(vm, subject, info.args!, fn);
	if (!(info instanceof PyClass)) {
		const checked = instanceChecks(vm, info, subject, fn === "isinstance" ? "__instancecheck__" : "__subclasscheck__");
		if (checked !== null) return checked;
		// recursive_issubclass checks its first argument before its second.
		if (fn === "issubclass" && !(subject instanceof PyClass)) notClass();
		vm.raise("TypeError", notClassInfoMessage(fn));
	}
	return fn === "isinstance" ? objectIsInstance(vm, subject, info) : objectIsSubclass(vm, subject, info, notClass);
}

/** PyObject_IsSubclass(derived, cls): what issubclass() answers, its errors included. */
export function isSubclassOrRaise(vm: VM, derived: PyObject, cls: PyObject): boolean {
	return classInfoMatches(vm, derived, cls, "issubclass");
}

const PRINT_ARGUMENTS = "tuple of print's positional arguments";

/**
 * builtin_print: Argument Clinic packs the positional arguments into a new tuple (so each item has one more
 * reference while its __str__ runs), freed once print returns. _PyArg_UnpackKeywordsWithVararg makes that tuple
 * before it reads the keywords, so a call with an unknown one is refused with the tuple made.
 */
const print: NativeImpl = (vm, args, kw) => {
	useBuiltinParser(vm, "print", kw, null);
	const packed = vm.tuple(args.map((a) => vm.incref(a)));
	vm.heap.adopt(packed, PRINT_ARGUMENTS);
	try {
		const unknown = unexpectedKeyword("print", PRINT_KEYWORDS, kw);
		if (unknown !== null) vm.raise("TypeError", unknown);
		printPieces(vm, args, kw);
	} finally {
		vm.heap.release(packed, PRINT_ARGUMENTS);
	}
	return vm.incref(vm.None);
};

/** Each piece written to the file as soon as it is made (a failing __str__ leaves the earlier ones written). */
function printPieces(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): void {
	const fileObj = kw?.get("file");
	const file = fileObj && fileObj !== vm.None ? fileObj : (currentStdout(vm) ?? vm.raise("RuntimeError", "lost sys.stdout"));
	if (file === vm.None) return;
	// sep and end: the str given (written as it is), or the default for None or nothing.
	const piece = (o: PyObject | undefined, name: string, otherwise: string): PyObject | string => {
		if (!o || o === vm.None) return otherwise;
		return o instanceof PyStr ? o : vm.raise("TypeError", `${name} must be None or a string, not ${o.typeName}`);
	};
	const sep = piece(kw?.get("sep"), "sep", " ");
	const end = piece(kw?.get("end"), "end", "\n");
	args.forEach((a, i) => {
		if (i > 0) writeToFile(vm, file, sep);
		writeToFile(vm, file, a);
	});
	writeToFile(vm, file, end);
	const flush = kw?.get("flush");
	if (flush && isTruthy(vm, flush)) vm.decref(callMethodByName(vm, file, "flush"));
}

/** Builtins outside the simulated subset: calling one says so (a NameError would suggest a typo). */
const NOT_YET = ["open", "eval", "exec", "compile", "breakpoint", "help", "aiter", "anext"];

/** PyCallable_Check. */
export function isCallable(o: PyObject): boolean {
	if (o instanceof PyToolObject) return o.call !== null;
	// A ref is callable (it returns its referent); a proxy only when its referent was.
	if (o instanceof PyWeakref) return !(o instanceof PyWeakProxy) || o.callable;
	if (o instanceof PyFinalize) return true;
	// staticmethod has tp_call since 3.10; classmethod and property have none.
	if (o instanceof PyDescriptor && o.kind === "staticmethod") return true;
	return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod || o instanceof PyClass || (hasInstanceAttributes(o) && !!o.cls.lookup("__call__"));
}

export const BUILTIN_FUNCTIONS: Record<string, NativeImpl> = {
	print,
	len: (vm, args) => {
		const o = args[0]!;
		// An exact range's length is a bigint past 2**53; range_length refuses only what overflows a Py_ssize_t.
		if (o instanceof PyRange && o.cls === T.range && o.exactLength > BigInt(Number.MAX_SAFE_INTEGER)) {
			if (o.exactLength > SSIZE_MAX) vm.raise("OverflowError", "Python int too large to convert to C ssize_t");
			return vm.int(o.exactLength);
		}
		return vm.int(vm.len(o));
	},
	repr: (vm, args) => reprObject(vm, args[0]!),
	ascii: (vm, args) => asciiObject(vm, args[0]!),
	format: (vm, args) => {
		const spec = args[1];
		if (spec && !(spec instanceof PyStr)) return vm.raise("TypeError", `format() argument 2 must be str, not ${passedTypeName(vm, spec)}`);
		return formatObject(vm, args[0]!, spec ? spec.value : "", true, spec ?? null);
	},
	isinstance: (vm, args) => {
		const o = args[0]!;
		// object_isinstance falls back on obj.__class__, which a proxy forwards to its referent.
		if (o instanceof PyWeakProxy && !classInfoMatches(vm, o, args[1]!, "isinstance")) return vm.bool(classInfoMatches(vm, proxyReferent(vm, o), args[1]!, "isinstance"));
		return vm.bool(classInfoMatches(vm, o, args[1]!, "isinstance"));
	},
	issubclass: (vm, args) => {
		return vm.bool(classInfoMatches(vm, args[0]!, args[1]!, "issubclass"));
	},
	id: (vm, args) => vm.int(vm.heap.addressesSeen().handOut(args[0]!)),
	hash: (vm, args) => {
		vm.heap.addressesSeen();
		return vm.int(hashOf(vm, args[0]!));
	},
	callable: (vm, args) => vm.bool(isCallable(args[0]!)),
	getattr: (vm, args) => {
		const name = attributeName(vm, args[1]!);
		if (args.length === 3) return attributeOrNull(vm, args[0]!, name) ?? defaultAttribute(vm, args[0]!, name, args[2]!);
		return getAttr(vm, args[0]!, name);
	},
	setattr: (vm, args) => {
		setAttr(vm, args[0]!, attributeName(vm, args[1]!), args[2]!);
		return vm.incref(vm.None);
	},
	delattr: (vm, args) => {
		delAttr(vm, args[0]!, attributeName(vm, args[1]!));
		return vm.incref(vm.None);
	},
	hasattr: (vm, args) => {
		const name = attributeName(vm, args[1]!);
		const found = attributeOrNull(vm, args[0]!, name);
		if (found) vm.decref(found);
		else refuseUnmodelledAttribute(vm, args[0]!, name);
		return vm.bool(!!found);
	},
	// builtin_vars and builtin_dir are METH_VARARGS: a call with an argument packs it in a new tuple.
	vars: (vm, args) => {
		if (!args.length) return currentNamespace(vm);
		return withPackedArguments(vm, args, null, () => {
			// _PyObject_LookupAttr: through the class's __getattribute__ and __getattr__.
			const dict = attributeOrNull(vm, args[0]!, "__dict__");
			return dict ?? vm.raise("TypeError", "vars() argument must have __dict__ attribute");
		}, VARARGS_CALL);
	},
	exit: quitter,
	__import__: builtinImport,
	quit: quitter,
	input,
	...notSupportedYet(NOT_YET, (name) => `${name}()`),
	dir: (vm, args) => {
		if (!args.length) return vm.list(namesInScope(vm).map((name) => vm.intern(name)));
		return withPackedArguments(vm, args, null, () => dirOfObject(vm, args[0]!), VARARGS_CALL);
	},
	locals: (vm) => currentNamespace(vm),
	chr: (vm, args) => {
		// The argument is a C int first (PyLong_AsInt), then a code point.
		const code = cIntArgument(vm, args[0]!);
		if (code < 0 || code > 0x10ffff) vm.raise("ValueError", "chr() arg not in range(0x110000)");
		return vm.str(String.fromCodePoint(code));
	},
	ord: (vm, args) => {
		const o = args[0]!;
		if (isBytesLike(o)) {
			if (o.value.length !== 1) vm.raise("TypeError", `ord() expected a character, but string of length ${o.value.length} found`);
			return vm.int(o.value[0]!);
		}
		if (!(o instanceof PyStr)) return vm.raise("TypeError", `ord() expected string of length 1, but ${o.typeName} found`);
		const s = [...o.value];
		if (s.length !== 1) vm.raise("TypeError", `ord() expected a character, but string of length ${s.length} found`);
		return vm.int(s[0]!.codePointAt(0)!);
	},
	abs: (vm, args) => {
		const o = args[0]!;
		// long_abs: a non-negative exact int is its own absolute value.
		// An int or float subclass's own __abs__ (slot_nb_absolute) before its value's.
		if (isScalarInstance(o) && o.cls.lookup("__abs__") instanceof PyFunction) return vm.callMethod(o, "__abs__", []);
		// long_abs: long_long of a non-negative int, which copies a subclass's instance.
		if (o instanceof PyInt && !(o instanceof PyBool) && o.value >= 0) return isScalarInstance(o) ? vm.int(o.value) : vm.incref(o);
		if (o instanceof PyInt) return vm.int(typeof o.value === "number" ? Math.abs(o.value) : o.value < 0n ? -o.value : o.value);
		if (o instanceof PyFloat) return vm.float(Math.abs(o.value));
		if (o instanceof PyComplex) return vm.float(cAbs(o));
		if (o instanceof PyWeakProxy) return throughProxy(vm, o, (referent) => BUILTIN_FUNCTIONS.abs!(vm, [referent], null, null));
		if (hasInstanceAttributes(o) && o.cls.lookup("__abs__")) return vm.callMethod(o, "__abs__", []);
		return vm.raise("TypeError", `bad operand type for abs(): '${o.typeName}'`);
	},
	divmod: (vm, args) => divmod(vm, args[0]!, args[1]!),
	pow: (vm, args) => {
		if (args.length === 2 || args[2] === vm.None) return vm.binary("Pow", args[0]!, args[1]!);
		return ternaryPow(vm, args[0]!, args[1]!, args[2]!);
	},
	round: (vm, args) => roundBuiltin(vm, args),
	hex: (vm, args) => vm.str(radix(vm, args[0]!, 16, "0x")),
	oct: (vm, args) => vm.str(radix(vm, args[0]!, 8, "0o")),
	bin: (vm, args) => vm.str(radix(vm, args[0]!, 2, "0b")),
	__build_class__: (vm, args, kw) => buildClassCall(vm, args, kw),
	globals: (vm) => vm.incref(vm.mainGlobals),
};

/** locals() and vars(): a module or class body's namespace, or a function frame's f_locals dict. */
const VARARGS_CALL: PackedLabels = { args: "call arguments (METH_VARARGS)", kwargs: "keyword arguments (METH_VARARGS)" };

function currentNamespace(vm: VM): PyObject {
	return frameLocals(vm, vm.frames[vm.frames.length - 1]!);
}

/** dir(obj): _dir_object, inside the call's packed argument tuple. */
function dirOfObject(vm: VM, obj: PyObject): PyObject {
	if (obj instanceof PyTypingObject) typingObjectsLack(vm, "dir()");
	// A proxy forwards __dir__ to its referent.
	if (obj instanceof PyWeakProxy) return throughProxy(vm, obj, (referent) => dirOfObject(vm, referent));
	// _dir_object calls what _PyObject_LookupSpecial finds, a `__dir__ = None` too.
	if (!userSlot(obj, "__dir__")) return withDirAllocations(vm, obj, () => vm.list(dirOf(obj).map((name) => vm.intern(name))));
	// A class's own __dir__ answers; dir() sorts what it returns into a new list, as sorted() does.
	// _PyObject_LookupSpecial looks on the type: a class's own is its metaclass's (enum's EnumType.__dir__).
	const metaDir = obj instanceof PyClass ? classMetaHook(obj, "__dir__") : null;
	const listed = metaDir ? vm.callObject(metaDir, [obj]) : callLookedUpSpecial(vm, obj, "__dir__", []);
	try {
		return vm.callObject(vm.dictGetStr(vm.builtins, "sorted")!, [listed]);
	} finally {
		vm.decref(listed);
	}
}

/**
 * dir() without an argument: _dir_locals lists the keys of PyEval_GetLocals(), which in a function fills the
 * frame's f_locals dict (made at the first call, kept by the frame) with its bound locals, cells and free names.
 */
function namesInScope(vm: VM): string[] {
	const frame = vm.frames[vm.frames.length - 1]!;
	if (frame.namespace) return dictNames(frame.namespace).sort();
	const locals = functionLocals(vm, frame);
	try {
		return dictNames(locals as PyDict).sort();
	} finally {
		vm.decref(locals);
	}
}

function radix(vm: VM, o: PyObject, base: number, prefix: string): string {
	const v = BigInt(vm.intValueBig(o));
	return (v < 0n ? "-" : "") + prefix + (v < 0n ? -v : v).toString(base);
}

export { T, PyDict };
