// The pickle protocol as copy.copy and copy.deepcopy use it: object.__reduce_ex__(4) (typeobject.c's
// reduce_newobj and object_getstate_default), set and slice __reduce__, and copyreg._slotnames. Each path
// makes the temporary tuples, lists and dicts CPython makes, in the same order, because those come from free
// lists: whether one is reused or new decides generation 0's count after the copy.
import { PyMemoryView } from "../heap/memoryview";
import { PySetInstance, isScalarInstance, type PyScalarInstance } from "../heap/scalar-instances";
import { isNamespace, namespaceReduce } from "./simple-namespace";
import { collectionsReduce } from "./copy-reduce-collections";
import { PyByteArray } from "../heap/bytearray";
import type { PyObject } from "../heap/object";
import { PyList, PyTuple, PyDict, PySet, PySlice } from "../heap/containers";
import { PyClass, T } from "../heap/classes";
import { PyInstance, PyExceptionObject } from "../heap/instances";
import { PyGenerator } from "../heap/iterators";
import { PyBoundMethod, PyBuiltinFunction, PyFunction, PyModule, PyCell, type NativeImpl } from "../heap/callables";
import { PyStr } from "../heap/values";
import { PyDictView } from "../heap/views";
import { PyFrameObject, PyTraceback } from "../heap/tracebacks";
import { instanceLayout } from "../heap/shared-keys";
import { dictSet } from "../vm/dicts";
import { classDictSet } from "../vm/class-dict";
import { getAttr, lookupAttr, ownAttribute } from "../vm/attributes";
import { materializeInstanceDict } from "../vm/instance-dict";
import { allocateInstance, firstBuiltinBase, tpNewOf } from "./new-methods";
import { PyTupleInstance } from "../heap/subclass-instances";
import { withCallerPacked } from "../vm/caller-packed";
import { nativeFunction } from "./types";
import { CopyFrame, Unbuilt } from "./copy-frame";
import { listAppend } from "../vm/list-mutations";
import type { VM } from "../vm/vm";

/** Types whose tp_new is NULL or whose state object_getstate refuses: CPython's "cannot pickle" TypeError. */
const UNPICKLABLE = [PyGenerator, PyModule, PyCell, PyDictView, PyFrameObject, PyTraceback];

/** A reference the copy holds while Python code may run (a local of copy.py or a C temporary), shown so. */
export function holdTemporary<O extends PyObject>(vm: VM, o: O, label: string): O {
	vm.heap.adopt(o, label);
	return o;
}

/**
 * copyreg.__newobj__(cls, *args): `cls.__new__(cls, *args)`, whose call builds a list and then a tuple of
 * the arguments (BUILD_LIST, LIST_EXTEND, LIST_TO_TUPLE): no __init__ runs.
 */
const newobj: NativeImpl = (vm, args) => {
	const cls = args[0];
	if (!(cls instanceof PyClass)) return vm.raise("TypeError", `__newobj__() needs a class as its first argument`);
	const frame = new CopyFrame(vm, "copyreg.__newobj__");
	try {
		frame.hold("cls", cls);
		const spread = holdTemporary(vm, vm.list(args.map((a) => vm.incref(a))), "arguments of cls.__new__ being gathered");
		const callArgs = frame.own("arguments of cls.__new__", vm.tuple(spread.items.map((a) => vm.incref(a))));
		vm.heap.release(spread, "arguments of cls.__new__ being gathered");
		if (tpNewOf(cls) === null) {
			// LOAD_METHOD on a class: `cls.__new__` is the staticmethod's function, held on the stack meanwhile.
			const userNew = holdTemporary(vm, getAttr(vm, cls, "__new__"), "cls.__new__");
			try {
				return vm.callObject(userNew, callArgs.items);
			} finally {
				vm.heap.release(userNew, "cls.__new__");
			}
		}
		if (cls.builtin) return vm.raise("TypeError", `pymem does not support copying '${cls.name}' objects yet`);
		// `cls.__new__` is tuple.__new__ itself for a tuple subclass: called with (cls, items).
		// int.__new__, float.__new__ and str.__new__ alike for their subclasses (with their __getnewargs__'s value).
		const base = firstBuiltinBase(cls);
		if (base === T.tuple || base === T.int || base === T.float || base === T.str) return withCallerPacked(callArgs, null, () => vm.callObject(base.dict.get("__new__")!, callArgs.items));
		return allocateInstance(vm, cls);
	} finally {
		frame.clear();
	}
};

let sharedNewobj: PyBuiltinFunction | null = null;
export function newobjFunction(): PyBuiltinFunction {
	return (sharedNewobj ??= nativeFunction("__newobj__", newobj));
}

/** A builtin method bound to `self` (`x.__reduce_ex__`): it holds self while the copy uses it. */
export function boundBuiltin(vm: VM, name: string, self: PyObject): PyBuiltinFunction {
	const impl: NativeImpl = (v) => v.raise("TypeError", `pymem does not support calling ${name} yet`);
	return vm.heap.register(new PyBuiltinFunction(name, impl, vm.incref(self), T.object));
}

/** rv = x.__reduce_ex__(4): a new reference to a tuple (or a str, meaning x itself). */
export function reduceEx(vm: VM, x: PyObject): PyObject {
	if ((x instanceof PyInstance && !(x instanceof PyExceptionObject)) || x instanceof PyTupleInstance || isScalarInstance(x)) {
		const ownReduceEx = x.cls.lookup("__reduce_ex__");
		if (ownReduceEx instanceof PyFunction) {
			const protocol = vm.int(4);
			return vm.callObject(ownReduceEx, [x, protocol]);
		}
		// object.__reduce_ex__ calls an overriding __reduce__ through a bound method it looks up on x.
		if (x.cls.lookup("__reduce__") instanceof PyFunction) {
			const reduce = holdTemporary(vm, lookupAttr(vm, x, "__reduce__")!, "x.__reduce__");
			try {
				return vm.callObject(reduce, []);
			} finally {
				vm.heap.release(reduce, "x.__reduce__");
			}
		}
		new Unbuilt(vm, "x.__reduce__, object's: not called").free();
		return reduceNewobj(vm, x);
	}
	// bytearray has its own __reduce_ex__: no __reduce__ is looked up.
	if (x instanceof PyByteArray) return byteArrayReduceEx(vm, x);
	const ownReduce = builtinReduce(vm, x);
	if (ownReduce) {
		// object.__reduce_ex__ calls the type's own __reduce__ through a bound method.
		const reduce = new Unbuilt(vm, "x.__reduce__");
		try {
			return ownReduce();
		} finally {
			reduce.free();
		}
	}
	if (UNPICKLABLE.some((kind) => x instanceof kind)) return vm.raise("TypeError", `cannot pickle '${x.typeName}' object`);
	// memoryview's own __reduce__ refuses.
	if (x instanceof PyMemoryView) return vm.raise("TypeError", "cannot pickle memoryview objects");
	return vm.raise("TypeError", `pymem does not support copying '${x.typeName}' objects yet`);
}

/** The __reduce__ of a builtin type pymem can copy, or null. */
function builtinReduce(vm: VM, x: PyObject): (() => PyObject) | null {
	if (x instanceof PySet) return () => setReduce(vm, x);
	if (x instanceof PySlice) return () => sliceReduce(vm, x);
	if (isNamespace(x)) return () => namespaceReduce(vm, x);
	if (x instanceof PyBoundMethod && x.func instanceof PyFunction && x.self) return () => methodReduce(vm, x.func as PyFunction, x.self!);
	return collectionsReduce(vm, x);
}

/** reduce_newobj: (copyreg.__newobj__, (cls, *getnewargs), state, None, None). */
function reduceNewobj(vm: VM, x: PyInstance | PyTupleInstance | PyScalarInstance): PyObject {
	const getNewArgsEx = x.cls.lookup("__getnewargs_ex__");
	if (getNewArgsEx instanceof PyFunction) return vm.raise("TypeError", `pymem does not support copying objects with ${getNewArgsEx.name} yet`);
	const getNewArgs = x.cls.lookup("__getnewargs__");
	// A tuple subclass finds tuple's own __getnewargs__ (its items as a plain tuple), a namedtuple its Python one.
	// int's, float's and str's give their value as an exact object.
	const extra = getNewArgs instanceof PyFunction || x instanceof PyTupleInstance || isScalarInstance(x) ? newArguments(vm, x) : null;
	const newArgs = holdTemporary(vm, vm.tuple([vm.incref(x.cls), ...(extra?.items ?? []).map((a) => vm.incref(a))]), "arguments for copyreg.__newobj__");
	if (extra) vm.decref(extra);
	let state: PyObject;
	try {
		state = getState(vm, x);
	} catch (e) {
		vm.heap.release(newArgs, "arguments for copyreg.__newobj__");
		throw e;
	}
	vm.heap.disown(newArgs, "arguments for copyreg.__newobj__");
	return vm.tuple([newobjFunction(), newArgs, state, vm.None, vm.None]);
}

/** _PyObject_GetNewArguments: x.__getnewargs__() through a bound method, which must give a tuple. */
function newArguments(vm: VM, x: PyObject): PyTuple {
	const bound = holdTemporary(vm, getAttr(vm, x, "__getnewargs__"), "x.__getnewargs__");
	try {
		const args = vm.callObject(bound, []);
		if (args instanceof PyTuple) return args;
		vm.decref(args);
		return vm.raise("TypeError", `__getnewargs__ should return a tuple, not '${args.typeName}'`);
	} finally {
		vm.heap.release(bound, "x.__getnewargs__");
	}
}

/** object_getstate: a __getstate__ of the class, or the instance's __dict__ plus its slots (a new reference). */
function getState(vm: VM, x: PyInstance | PyTupleInstance | PyScalarInstance): PyObject {
	const userGetState = x.cls.lookup("__getstate__");
	const getstate = holdTemporary(vm, userGetState instanceof PyFunction ? lookupAttr(vm, x, "__getstate__")! : boundBuiltin(vm, "__getstate__", x), "x.__getstate__");
	try {
		if (userGetState instanceof PyFunction) return vm.callObject(getstate, []);
		return defaultState(vm, x);
	} finally {
		vm.heap.release(getstate, "x.__getstate__");
	}
}

/** object_getstate_default: None for an empty __dict__ (not materialized for that), else the __dict__ itself. */
function defaultState(vm: VM, x: PyInstance | PyTupleInstance | PyScalarInstance | PySetInstance): PyObject {
	const layout = instanceLayout(x.cls);
	const dictIsEmpty = !layout.hasDict || (x.dict instanceof PyDict ? x.dict.entries.size === 0 : [...x.attrs.keys()].every((k) => layout.slots.has(k)));
	let state: PyObject = dictIsEmpty ? vm.None : vm.incref(x.dict ?? materializeInstanceDict(vm, x));
	holdTemporary(vm, state, "state of the object being copied");
	const slotNames = slotNamesOf(vm, x.cls);
	if (slotNames.length === 0) {
		vm.heap.disown(state, "state of the object being copied");
		return state;
	}
	const slots = holdTemporary(vm, vm.dict(), "slot values of the object being copied");
	for (const name of slotNames) {
		const value = ownAttribute(vm, x, name);
		if (value) dictSet(vm, slots, vm.intern(name), value);
	}
	vm.heap.disown(state, "state of the object being copied");
	if (slots.entries.size > 0) state = vm.tuple([state, vm.incref(slots)]);
	vm.heap.release(slots, "slot values of the object being copied");
	return state;
}

/**
 * _PyType_GetSlotNames: the class's cached __slotnames__, else copyreg._slotnames(cls), which caches its list
 * on the class (a new list object the class keeps).
 */
export function slotNamesOf(vm: VM, cls: PyClass): string[] {
	const cached = cls.dict.get("__slotnames__");
	if (cached instanceof PyList) return cached.items.map((name) => vm.strValue(name));
	const frame = new CopyFrame(vm, "copyreg._slotnames");
	try {
		frame.hold("cls", cls);
		new Unbuilt(vm, "cls.__dict__ (a mappingproxy)").free();
		const names = frame.own("names", vm.list([]));
		const slotted = cls.mro.filter((c) => c.dict.has("__slots__"));
		if (slotted.length) addSlotNames(vm, cls, names, frame);
		if (!cls.builtin) {
			classDictSet(vm, cls, "__slotnames__", names);
			return names.items.map((name) => vm.strValue(name));
		}
		// `cls.__slotnames__ = names` fails on a builtin type; copyreg catches the TypeError.
		frame.raiseAndCatch(vm.tuple([vm.str(`cannot set '__slotnames__' attribute of immutable type '${cls.name}'`)]), () => {});
		return names.items.map((name) => vm.strValue(name));
	} finally {
		frame.clear();
	}
}

/** copyreg._slotnames' loop over cls.__mro__, mangling private names with the name of cls (even a base's). */
function addSlotNames(vm: VM, cls: PyClass, names: PyList, frame: CopyFrame): void {
	const mroIterator = new Unbuilt(vm, "iterator over cls.__mro__");
	for (const c of cls.mro) {
		new Unbuilt(vm, "c.__dict__ for `in`").free();
		const slots = c.dict.get("__slots__");
		if (!slots) continue;
		new Unbuilt(vm, "c.__dict__ for [...]").free();
		// A single name becomes the tuple (slots,): the `slots` local holds it until rebound.
		if (slots instanceof PyStr) frame.own("slots", vm.tuple([vm.incref(slots)]));
		else frame.hold("slots", slots);
		const slotsIterator = new Unbuilt(vm, "iterator over slots");
		const items = slots instanceof PyStr ? [slots] : slots instanceof PyTuple || slots instanceof PyList ? slots.items : [];
		for (const item of items) {
			const name = vm.strValue(item);
			if (name === "__dict__" || name === "__weakref__") continue;
			// str.startswith and str.endswith take METH_VARARGS: each call packs its argument in a new tuple.
			vm.decref(vm.tuple([vm.intern("__")]));
			if (name.startsWith("__")) vm.decref(vm.tuple([vm.intern("__")]));
			const stripped = cls.name.replace(/^_+/, "");
			const mangled = name.startsWith("__") && !name.endsWith("__") && stripped ? `_${stripped}${name}` : name;
			listAppend(vm, names, vm.intern(mangled));
		}
		slotsIterator.free();
	}
	mroIterator.free();
}

/** set_reduce: (type(s), (list(s),), state), state from object_getstate (None for a plain set). */
function setReduce(vm: VM, s: PySet): PyObject {
	const keys = holdTemporary(vm, vm.list([...s.entries.values()].map((k) => vm.incref(k))), "list(s) for set.__reduce__");
	const args = holdTemporary(vm, vm.tuple([vm.incref(keys)]), "arguments for set.__reduce__");
	vm.heap.release(keys, "list(s) for set.__reduce__");
	const getstate = holdTemporary(vm, boundBuiltin(vm, "__getstate__", s), "x.__getstate__");
	let state: PyObject = vm.None;
	try {
		// A set subclass's instance carries its __dict__ (and slots) as the state, as any instance does.
		if (s instanceof PySetInstance) state = defaultState(vm, s);
		else slotNamesOf(vm, s.cls);
	} catch (e) {
		vm.heap.release(args, "arguments for set.__reduce__");
		throw e;
	} finally {
		vm.heap.release(getstate, "x.__getstate__");
	}
	vm.heap.disown(args, "arguments for set.__reduce__");
	return vm.tuple([vm.incref(s.cls), args, state]);
}

/** bytearray.__reduce_ex__(4) (_common_reduce): the state first, then (bytearray, (bytes(x),), None), or () for no bytes. */
function byteArrayReduceEx(vm: VM, b: PyByteArray): PyObject {
	const getstate = holdTemporary(vm, boundBuiltin(vm, "__getstate__", b), "x.__getstate__");
	try {
		slotNamesOf(vm, b.cls);
	} finally {
		vm.heap.release(getstate, "x.__getstate__");
	}
	const args = b.value.length ? vm.tuple([vm.bytes(b.value.slice())]) : vm.incref(vm.emptyTuple);
	return vm.tuple([b.cls, args, vm.None]);
}

/** slice.__reduce__: (slice, (start, stop, step)). */
function sliceReduce(vm: VM, s: PySlice): PyObject {
	return builtValue(vm, T.slice, () => vm.tuple([s.start, s.stop, s.step].map((o) => vm.incref(o))));
}

/** Py_BuildValue("O(...)"): the outer tuple is allocated first, then the inner one that fills its second item. */
function builtValue(vm: VM, first: PyObject, makeInner: () => PyTuple): PyTuple {
	const outer = holdTemporary(vm, vm.tuple([vm.incref(first), vm.None]), "tuple being built (Py_BuildValue)");
	try {
		outer.items[1] = makeInner();
		vm.heap.observer?.contentChanged(outer);
	} catch (e) {
		vm.heap.release(outer, "tuple being built (Py_BuildValue)");
		throw e;
	}
	vm.heap.disown(outer, "tuple being built (Py_BuildValue)");
	return outer;
}

/** method.__reduce__: (getattr, (self, name)), so a copy is the same method looked up on the same self again. */
function methodReduce(vm: VM, func: PyFunction, self: PyObject): PyObject {
	const getattr = vm.dictGetStr(vm.builtins, "getattr")!;
	// A function's __name__ is an interned identifier.
	return builtValue(vm, getattr, () => vm.tuple([vm.incref(self), vm.intern(func.name)]));
}
