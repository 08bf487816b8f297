// `|` and `|=` when a dict subclass defines __or__, __ror__ or __ior__ in Python. dict's own `|` is a number
// slot (dict_or), so binary_op1 weighs it against the classes' slot_nb_or as CPython does: the same slot
// function on both sides runs once, a subclass on the right goes first, and slot_nb_or reaches dict's own
// __or__/__ror__ when the class does not define them. Without __ior__, `|=` is dict_ior: an update in place.
import type { PyObject } from "../heap/object";
import { PyDict, PySet } from "../heap/containers";
import { PyDictInstance, definesInPython } from "../heap/subclass-instances";
import { PyDictView } from "../heap/views";
import { callDunder } from "./dunder-calls";
import { dictUnion, dictUpdate } from "./mutations";
import type { VM } from "./vm";

/** Whether `|` between `a` and `b` goes through a dict subclass's Python __or__, __ror__ or __ior__. */
export function involvesDictSubclassOr(a: PyObject, b: PyObject, inplace: boolean): boolean {
	const defines = (o: PyObject) => o instanceof PyDictInstance && (definesInPython(o, "__or__") || definesInPython(o, "__ror__") || (inplace && o === a && definesInPython(o, "__ior__")));
	return defines(a) || defines(b);
}

/** An operand's nb_or: slot_nb_or (Python __or__/__ror__), dict_or, or none that can take a dict. */
type OrSlot = "python" | "dict" | null;

function orSlot(vm: VM, o: PyObject, other: PyObject): OrSlot {
	if (definesInPython(o, "__or__") || definesInPython(o, "__ror__")) return "python";
	if (o instanceof PyDict) return "dict";
	// Set and view operations with a dict subclass on the other side are outside what pymem weighs here.
	if (o instanceof PySet || o instanceof PyDictView) vm.raise("TypeError", `pymem does not support | between '${o.typeName}' and '${other.typeName}' yet`);
	return null;
}

export function dictSubclassOr(vm: VM, inplace: boolean, a: PyObject, b: PyObject): PyObject {
	if (inplace) {
		if (definesInPython(a, "__ior__")) {
			const r = callDunder(vm, a, "__ior__", b);
			if (r) return r;
		} else if (a instanceof PyDict) {
			// dict_ior: any mapping or iterable of pairs, and it raises rather than decline.
			dictUpdate(vm, a, b, false);
			return vm.incref(a);
		}
	}
	const slotv = orSlot(vm, a, b);
	let slotw = a.cls !== b.cls ? orSlot(vm, b, a) : null;
	if (slotw === slotv) slotw = null;
	if (slotv) {
		if (slotw && b.cls.isSubclassOf(a.cls)) {
			const r = callSlot(vm, slotw, a, b);
			if (r) return r;
			slotw = null;
		}
		const r = callSlot(vm, slotv, a, b);
		if (r) return r;
	}
	const r = slotw ? callSlot(vm, slotw, a, b) : undefined;
	if (r) return r;
	return vm.raise("TypeError", `unsupported operand type(s) for ${inplace ? "|=" : "|"}: '${a.typeName}' and '${b.typeName}'`);
}

function callSlot(vm: VM, slot: "python" | "dict", v: PyObject, w: PyObject): PyObject | undefined {
	return slot === "dict" ? dictOr(vm, v, w) : slotNbOr(vm, v, w);
}

/** dict_or: a new dict, a copy of v updated from w, when both are dicts; NotImplemented (undefined) otherwise. */
export function dictOr(vm: VM, v: PyObject, w: PyObject): PyObject | undefined {
	return v instanceof PyDict && w instanceof PyDict ? dictUnion(vm, v, w, false) : undefined;
}

/** SLOT1BINFULL for nb_or: self.__or__(other), other.__ror__(self) first when other's class is a subclass overriding it. */
function slotNbOr(vm: VM, self: PyObject, other: PyObject): PyObject | undefined {
	const isSlot = (o: PyObject) => definesInPython(o, "__or__") || definesInPython(o, "__ror__");
	let doOther = self.cls !== other.cls && isSlot(other);
	if (isSlot(self)) {
		if (doOther && other.cls.isSubclassOf(self.cls) && other.cls.lookup("__ror__") !== self.cls.lookup("__ror__")) {
			const r = callMaybe(vm, other, "__ror__", self);
			if (r) return r;
			doOther = false;
		}
		const r = callMaybe(vm, self, "__or__", other);
		if (r || self.cls === other.cls) return r;
	}
	return doOther ? callMaybe(vm, other, "__ror__", self) : undefined;
}

/** vectorcall_maybe: a Python method, or dict's own __or__/__ror__ for a dict that does not define it. */
function callMaybe(vm: VM, o: PyObject, name: "__or__" | "__ror__", arg: PyObject): PyObject | undefined {
	if (definesInPython(o, name)) return callDunder(vm, o, name, arg);
	if (!(o instanceof PyDict)) return undefined;
	return name === "__or__" ? dictOr(vm, o, arg) : dictOr(vm, arg, o);
}
