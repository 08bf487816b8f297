// repr() of every object kind (PyObject_Repr). A class's __repr__ runs as a nested Python call; str() is
// str-of.ts's, which falls back on these.

import { PyCode } from "../compile/code";
import { PyMemoryView } from "../heap/memoryview";
import { PyNamedTuple } from "../heap/struct-sequence";
import { PyTupleGetter } from "../heap/tuple-getter";
import { PyTypingObject } from "../heap/typing-objects";
import { typingRepr } from "./typing-ops";
import { intToStr } from "../runtime/numberParse";
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex, PyStr, PyNone, PyBool, PyBytes } from "../heap/values";
import { bytesRepr } from "../parse/repr";
import { PyByteArray } from "../heap/bytearray";
import { PyList, PyTuple, PyDict, PySet, PyRange, PySlice } from "../heap/containers";
import { PyDictView } from "../heap/views";
import { PyClass, PySlotDescriptor } from "../heap/classes";
import { PyInstance, PyExceptionObject } from "../heap/instances";
import { PyTextStream } from "../heap/text-streams";
import { PyFunction, PyBuiltinFunction, PySlotWrapper, PyBoundMethod, PyDescriptor, PyModule, PyCell, PySuper } from "../heap/callables";
import { superStartType } from "./super-attr";
import { hasInstanceAttributes, isSubclassInstance, subclassSlot, userSlot } from "../heap/subclass-instances";
import { isScalarInstance } from "../heap/scalar-instances";
import { PyGenerator, PyIterator, PyNativeGenerator } from "../heap/iterators";
import { PyToolIterator } from "../heap/tool-iterators";
import { PyToolObject } from "../heap/tool-objects";
import { PyFinalize, PyWeakProxy, PyWeakref } from "../heap/weakrefs";
import { proxyRepr } from "./weak-proxy-ops";
import type { VM } from "./vm";
import { enterRecursionLevel, REPR_LEVEL } from "./c-recursion";
import { DICT_FREE_LIST, LIST_FREE_LIST } from "../heap/gc-kinds";
import { addressOf } from "../heap/addresses";
import { PyFrameObject } from "../heap/tracebacks";
import { PyWeakDictionary, PyWeakDictRemover, PyWeakMethodCallback, PyWeakSet } from "../heap/weak-dictionaries";
import { floatRepr } from "../runtime/floatRepr";
import { complexRepr } from "../runtime/complexText";
import { strRepr } from "../runtime/strRepr";
import { PyDefaultDict, PyDeque, PyOrderedDict } from "../heap/collections";
import { PyArray } from "../heap/array";
import { arrayRepr } from "./array-ops";
import { odictRepr } from "../builtins/ordered-dict";
import { counterRepr, isCounter } from "../builtins/counter";
import { dequeRepr } from "../builtins/deque";
import { defaultDictRepr } from "../builtins/defaultdict";
import { PyCData } from "../heap/ctypes-data";
import { cdataRepr } from "./ctypes-access";
import { PyGenericAlias } from "../heap/generic-alias";
import { genericAliasRepr } from "./generic-alias-ops";
import { PyUnionType } from "../heap/union-type";
import { PyMappingProxy } from "../heap/mapping-proxy";
import { mappingProxyRepr } from "./mapping-proxy-ops";
import { unionRepr } from "./union-ops";
import { PyFutureFeature } from "../builtins/future-module";
import { tpName } from "../builtins/module-type-constructors";
import { MAX_STR_LENGTH } from "./object-space";

export { floatRepr, strRepr };

/** finalize.__repr__ (Lib/weakref.py): the type of the object it is for while it is registered and that lives. */
function finalizeRepr(vm: VM, o: PyFinalize): string {
	const target = vm.liveFinalizers.includes(o) ? o.weakref?.referent : null;
	const head = `<${o.cls.name} object at ${fakeAddress(o)}`;
	return target ? `${head}; for ${strRepr(target.cls.name)} at ${fakeAddress(target)}>` : `${head}; dead>`;
}

/** A deterministic address for default reprs (`<C object at 0x...>`): programs must not print them anyway. */
export function fakeAddress(o: PyObject): string {
	return "0x" + addressOf(o).toString(16);
}

/** str(n): past the interpreter's limit on decimal digits (4300 unless sys.set_int_max_str_digits changed it), CPython's ValueError. */
export function intStr(vm: VM, v: number | bigint): string {
	// A safe integer has at most 16 digits, below any limit but 0 (none).
	return typeof v === "number" ? v.toFixed(0) : intToStr(v, vm.intMaxStrDigits);
}

/** Containers being repr'd, to print `[...]` for self-reference as CPython's Py_ReprEnter does. */
const inProgress = new Set<PyObject>();

/**
 * Py_ReprEnter's first call makes the thread state's dict and the "Py_Repr" list in it (PyList_New, from the
 * free list when it has one), which live for the rest of the run; they are not built here.
 */
export function noteReprEnter(vm: VM): void {
	if (vm.reprStateMade) return;
	vm.reprStateMade = true;
	vm.heap.countUnbuiltFreeListAllocation(DICT_FREE_LIST);
	vm.heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
}

/** Py_ReprEnter/Py_ReprLeave around `body`: an object met again while its repr is made shows as `open...close`. */
export function guarded(vm: VM, o: PyObject, open: string, close: string, body: () => string): string {
	noteReprEnter(vm);
	if (inProgress.has(o)) return open + "..." + close;
	inProgress.add(o);
	try {
		return body();
	} finally {
		inProgress.delete(o);
	}
}

/**
 * Whether PyObject_Repr calls a __repr__ written in Python for `o` (slot_tp_repr): an int, float or str subclass's
 * own comes before its value's; the builtin scalars never have one.
 */
export function reprCallsOwnMethod(o: PyObject): boolean {
	if (isScalarInstance(o)) return subclassSlot(o, "__repr__") !== undefined;
	if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex || o instanceof PyStr || o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyNone) return false;
	return userSlot(o, "__repr__") !== undefined;
}

/** PyObject_Repr's text: one level toward the recursion limit while it runs. */
export function repr(vm: VM, o: PyObject): string {
	enterRecursionLevel(vm, REPR_LEVEL);
	try {
		return reprText(vm, o);
	} finally {
		vm.nativeLevels--;
	}
}

/** The repr's text without PyObject_Repr's recursion level (object_str calls tp_repr directly). */
export function reprText(vm: VM, o: PyObject): string {
	if (reprCallsOwnMethod(o)) return vm.callMethodStr(o, "__repr__");
	if (o instanceof PyBool) return o.flag ? "True" : "False";
	if (o instanceof PyInt) return intStr(vm, o.value);
	if (o instanceof PyFloat) return floatRepr(o.value);
	if (o instanceof PyComplex) return complexRepr(o);
	if (o instanceof PyStr) {
		vm.checkEscapedSource(o.value.length);
		return strRepr(o.value);
	}
	if (o instanceof PyBytes || o instanceof PyByteArray) {
		vm.checkEscapedSource(o.value.length);
		return o instanceof PyBytes ? bytesRepr(o.value) : `bytearray(${bytesRepr(o.value, true)})`;
	}
	if (o instanceof PyNone) return "None";
	if (isCounter(o)) return counterRepr(vm, o);
	return builtinRepr(vm, o);
}

/**
 * list_repr and tuplerepr: guarded as `guarded` does, without its closure, and with a loop: nested lists a thousand
 * deep recurse through here on the host's stack, which must still hold the RecursionError made at the deepest.
 */
function itemsRepr(vm: VM, o: PyList | PyTuple, open: string, close: string): string {
	noteReprEnter(vm);
	if (inProgress.has(o)) return open + "..." + close.slice(-1);
	inProgress.add(o);
	try {
		let text = open;
		for (let i = 0; i < o.items.length; i++) {
			const shown = repr(vm, o.items[i]!);
			checkShownLength(vm, text.length, shown);
			text += (i === 0 ? "" : ", ") + shown;
		}
		return text + close;
	} finally {
		inProgress.delete(o);
	}
}

/**
 * A container's repr about to grow by `shown`: past the str cap it is MemoryError, as the str it becomes would be,
 * and a long piece counts as work (an eighth of it), as a long str does.
 */
function checkShownLength(vm: VM, length: number, shown: string): void {
	if (length + shown.length > MAX_STR_LENGTH) vm.raise("MemoryError");
	if (shown.length > LONG_SHOWN) vm.chargeWork(shown.length >> 3);
}

const LONG_SHOWN = 4096;

/** dict_repr itself (`dict.__repr__(od)` of an OrderedDict or defaultdict too): `{...}`, `{...}` inside itself. */
export function plainDictRepr(vm: VM, o: PyDict): string {
	return guarded(vm, o, "{", "}", () => dictRepr(vm, o));
}

/** The builtin types' tp_repr (what list.__repr__ and dict.__repr__ run, whatever a subclass overrides). */
export function builtinRepr(vm: VM, o: PyObject): string {
	if (o instanceof PyList) return o.items.length === 0 ? "[]" : itemsRepr(vm, o, "[", "]");
	if (o instanceof PyTupleGetter) return `_tuplegetter(${o.index}, ${o.doc ? repr(vm, o.doc) : "None"})`;
	if (o instanceof PyNamedTuple) return `${o.typeName}(${o.fields.map((name, i) => `${name}=${repr(vm, o.items[i]!)}`).join(", ")})`;
	if (o instanceof PyTuple) {
		if (o.items.length === 0) return "()";
		return itemsRepr(vm, o, "(", o.items.length === 1 ? ",)" : ")");
	}
	if (o instanceof PyOrderedDict) return odictRepr(vm, o, inProgress);
	if (o instanceof PyDict) {
		const text = plainDictRepr(vm, o);
		return o instanceof PyDefaultDict ? defaultDictRepr(vm, o, text, inProgress) : text;
	}
	if (o instanceof PyDeque) return dequeRepr(vm, o, inProgress);
	if (o instanceof PyArray) return arrayRepr(vm, o);
	// memory_repr.
	if (o instanceof PyMemoryView) return `<${o.released ? "released " : ""}memory at ${fakeAddress(o)}>`;
	if (o instanceof PySet) {
		// set_repr: a subclass's instance is `Name({...})`, as a frozenset is.
		const name = isSubclassInstance(o) ? o.cls.name : o.frozen ? "frozenset" : "set";
		noteReprEnter(vm);
		if (inProgress.has(o)) return `${name}(...)`;
		if (o.entries.size === 0) return `${name}()`;
		inProgress.add(o);
		try {
			// The repr of a list of its items, without the brackets.
			const body = "{" + reprOfListCopy(vm, [...o.entries.values()], SET_AS_LIST).slice(1, -1) + "}";
			return name !== "set" ? `${name}(${body})` : body;
		} finally {
			inProgress.delete(o);
		}
	}
	if (o instanceof PyDictView && o.dict) return dictViewRepr(vm, o, o.dict);
	if (o instanceof PyRange) {
		const step = Number(o.step) === 1 ? "" : `, ${intStr(vm, o.step)}`;
		return `range(${intStr(vm, o.start)}, ${intStr(vm, o.stop)}${step})`;
	}
	if (o instanceof PySlice) return `slice(${repr(vm, o.start)}, ${repr(vm, o.stop)}, ${repr(vm, o.step)})`;
	if (o instanceof PyInstance) {
		if (o instanceof PyExceptionObject) return exceptionRepr(vm, o);
		return `<${qualifiedName(o.cls)} object at ${fakeAddress(o)}>`;
	}
	if (o instanceof PyClass) return `<class '${qualifiedName(o)}'>`;
	if (o instanceof PySlotDescriptor) return `<${o.kind === "getset" ? "attribute" : "member"} '${o.name}' of '${o.objclass ? tpName(o.objclass) : "?"}' objects>`;
	if (o instanceof PyFunction) return `<function ${o.qualname} at ${fakeAddress(o)}>`;
	// code_repr: its name, then the file it was compiled from (the program's, unless compiled from other text) and its first line.
	if (o instanceof PyCode) return `<code object ${o.code.name} at ${fakeAddress(o)}, file "${o.code.filename ?? vm.source.filename}", line ${o.code.firstlineno}>`;
	// sm_repr and cm_repr (3.10+): "staticmethod" or "classmethod", whatever the subclass, around the callable's repr.
	if (o instanceof PyDescriptor && o.kind !== "property" && o.parts[0]) return `<${o.kind}(${repr(vm, o.parts[0])})>`;
	if (o instanceof PyBoundMethod) {
		const fn = o.func;
		// A builtin classmethod bound to its class (dict.fromkeys) shows as CPython's method descriptor does.
		if (fn instanceof PyBuiltinFunction && o.self && !o.madeByMethodType) return `<built-in method ${fn.name} of ${tpName(o.self.cls)} object at ${fakeAddress(o.self)}>`;
		// method_repr reads the function's __qualname__ (a builtin method's names its type).
		const name = fn instanceof PyFunction ? fn.qualname : fn instanceof PyBuiltinFunction ? (fn.owner ? `${fn.owner.name}.${fn.name}` : fn.name) : "?";
		return `<bound method ${name} of ${o.self ? repr(vm, o.self) : "None"}>`;
	}
	if (o instanceof PySlotWrapper) {
		if (o.self) return `<method-wrapper '${o.name}' of ${tpName(o.self.cls)} object at ${fakeAddress(o.self)}>`;
		return `<slot wrapper '${o.name}' of '${o.owner ? tpName(o.owner) : "?"}' objects>`;
	}
	if (o instanceof PyBuiltinFunction) {
		if (o.self) return `<built-in method ${o.name} of ${tpName(o.self.cls)} object at ${fakeAddress(o.self)}>`;
		return o.owner ? `<method '${o.name}' of '${tpName(o.owner)}' objects>` : `<built-in function ${o.name}>`;
	}
	if (o instanceof PyModule) return `<module '${o.name}' (built-in)>`;
	if (o instanceof PyTextStream) return `<_io.TextIOWrapper name='${o.streamName}' mode='${o.mode}' encoding='utf-8'>`;
	if (o instanceof PySuper) {
		const start = superStartType(o);
		return `<super: <class '${o.thisClass?.name ?? "NULL"}'>, ${start ? `<${start.name} object>` : "NULL"}>`;
	}
	if (o instanceof PyCell) return `<cell at ${fakeAddress(o)}: ${o.ref ? `${o.ref.cls.name} object at ${fakeAddress(o.ref)}` : "empty"}>`;
	if (o instanceof PyGenerator) return `<generator object ${o.qualname} at ${fakeAddress(o)}>`;
	if (o instanceof PyFrameObject) return `<frame at ${fakeAddress(o)}, file '${o.frame.code.filename ?? vm.source.filename}', line ${o.frame.line}, code ${o.frame.code.name}>`;
	if (o instanceof PyToolObject) return o.describe ? o.describe() : `<${o.typeName} object at ${fakeAddress(o)}>`;
	if (o instanceof PyToolIterator) return o.describe ? o.describe() : `<${qualifiedName(o.cls)} object at ${fakeAddress(o)}>`;
	if (o instanceof PyNativeGenerator) return `<generator object ${o.qualname} at ${fakeAddress(o)}>`;
	if (o instanceof PyIterator) return `<${o.kindName} object at ${fakeAddress(o)}>`;
	if (o instanceof PyWeakDictionary) return `<${o.cls.name} at ${fakeAddress(o)}>`;
	// WeakSet.__repr__ is repr(self.data).
	if (o instanceof PyWeakSet) return o.data ? repr(vm, o.data) : "set()";
	if (o instanceof PyWeakDictRemover || o instanceof PyWeakMethodCallback) return `<function ${o.qualname} at ${fakeAddress(o)}>`;
	if (o instanceof PyGenericAlias) return genericAliasRepr(vm, o);
	if (o instanceof PyTypingObject) return typingRepr(vm, o);
	if (o instanceof PyUnionType) return unionRepr(vm, o);
	if (o instanceof PyMappingProxy) return mappingProxyRepr(vm, o);
	if (o instanceof PyFutureFeature) return o.text;
	if (o instanceof PyWeakProxy) return proxyRepr(vm, o, fakeAddress);
	if (o instanceof PyWeakref) {
		const r = o.referent;
		if (!r) return `<weakref at ${fakeAddress(o)}; dead>`;
		const name = specialName(vm, r);
		return `<weakref at ${fakeAddress(o)}; to '${r.cls.name}' at ${fakeAddress(r)}${name === null ? "" : ` (${name})`}>`;
	}
	if (o instanceof PyFinalize) return finalizeRepr(vm, o);
	if (o instanceof PyCData) return cdataRepr(vm, o);
	if (o === vm.NotImplemented) return "NotImplemented";
	if (o === vm.Ellipsis) return "Ellipsis";
	return `<${o.typeName} object at ${fakeAddress(o)}>`;
}

export function qualifiedName(cls: PyClass): string {
	return cls.module === "builtins" ? cls.qualname : `${cls.module}.${cls.qualname}`;
}

/** BaseException_repr: the class's name around the arguments' reprs. */
export function exceptionRepr(vm: VM, e: PyExceptionObject): string {
	const args = e.args instanceof PyTuple ? e.args.items : [];
	const inner = args.length === 1 ? repr(vm, args[0]!) : args.map((a) => repr(vm, a)).join(", ");
	return `${e.cls.name}(${inner})`;
}

const KEY_BEING_SHOWN = "key being repr'd (dict_repr)";
const VALUE_BEING_SHOWN = "value being repr'd (dict_repr)";

/**
 * dict_repr's entries: PyDict_Next walks the live dict (a __repr__ may change it), and each key and value is
 * held across the two PyObject_Repr calls, so that a __repr__ deleting the entry cannot free them meanwhile.
 */
function dictRepr(vm: VM, d: PyDict): string {
	const shown: string[] = [];
	let length = 0;
	for (const { key, value } of d.entries.values()) {
		vm.heap.hold(key, KEY_BEING_SHOWN);
		vm.heap.hold(value, VALUE_BEING_SHOWN);
		try {
			const entry = `${repr(vm, key)}: ${repr(vm, value)}`;
			checkShownLength(vm, length, entry);
			length += entry.length + 2;
			shown.push(entry);
		} finally {
			vm.heap.release(key, KEY_BEING_SHOWN);
			vm.heap.release(value, VALUE_BEING_SHOWN);
		}
	}
	return "{" + shown.join(", ") + "}";
}

const VIEW_AS_LIST = "list of the view being repr'd (dictview_repr)";
const SET_AS_LIST = "list of the set being repr'd (set_repr)";

/**
 * PySequence_List of `items`, repr'd (PyObject_Repr) and freed: set_repr and deque_repr show their items so, and
 * each item's __repr__ sees that list's reference to it.
 */
export function reprOfListCopy(vm: VM, items: readonly PyObject[], label: string): string {
	const list = vm.list(items.map((x) => vm.incref(x)));
	return vm.heap.whileOwned(list, label, () => repr(vm, list));
}

/** dictview_repr: Py_ReprEnter, then the repr of a list made of the view (PySequence_List), freed after. */
function dictViewRepr(vm: VM, view: PyDictView, dict: PyDict): string {
	const entries = [...dict.entries.values()];
	if (inProgress.has(view)) return "...";
	noteReprEnter(vm);
	const items = view.kind === "keys" ? entries.map((e) => vm.incref(e.key)) : view.kind === "values" ? entries.map((e) => vm.incref(e.value)) : entries.map((e) => vm.tuple([vm.incref(e.key), vm.incref(e.value)]));
	const list = vm.list(items);
	vm.heap.adopt(list, VIEW_AS_LIST);
	inProgress.add(view);
	try {
		return `${view.cls.name}(${builtinRepr(vm, list)})`;
	} finally {
		inProgress.delete(view);
		vm.heap.release(list, VIEW_AS_LIST);
	}
}

/**
 * weakref_repr's `_PyObject_LookupSpecial(obj, "__name__")`: found on the object's type, so classes, functions,
 * builtin functions and generators have one (their type's getset) and modules and bound methods do not.
 */
function specialName(vm: VM, o: PyObject): string | null {
	if (o instanceof PyClass || o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyGenerator || o instanceof PyNativeGenerator) {
		const name = vm.lookupAttrOf(o, "__name__");
		if (!name) return null;
		const text = name instanceof PyStr ? name.value : null;
		vm.decref(name);
		return text;
	}
	if (!hasInstanceAttributes(o)) return null;
	const found = o.cls.lookup("__name__");
	if (found instanceof PyStr) return found.value;
	return found === undefined ? null : vm.raise("TypeError", "pymem does not support a __name__ descriptor in a weakref's repr yet");
}
