// The __reduce__ of collections' types as copy.copy and copy.deepcopy reach them through __reduce_ex__(4):
// deque_reduce, defdict_reduce and odict_reduce (C, 3.11) hand _reconstruct an iterator over their items, and
// Counter.__reduce__ (Python in Lib/collections) a plain dict of its counts. The temporaries are made and freed
// in the C functions' order, for generation 0's count and the free lists (see copy-reduce.ts).
import type { PyObject } from "../heap/object";
import { PyDeque, PyDefaultDict, PyOrderedDict } from "../heap/collections";
import type { PyTuple } from "../heap/containers";
import { T } from "../heap/classes";
import { boundBuiltin, holdTemporary, slotNamesOf } from "./copy-reduce";
import { isCounter } from "./counter";
import { CopyFrame } from "./copy-frame";
import type { VM } from "../vm/vm";
import { callMethodByName } from "../vm/attributes";

/** The reduce of a collections type, or null for any other object. */
export function collectionsReduce(vm: VM, x: PyObject): (() => PyObject) | null {
	if (x instanceof PyDeque) return () => dequeReduce(vm, x);
	if (x instanceof PyDefaultDict) return () => defaultDictReduce(vm, x);
	if (x instanceof PyOrderedDict) return () => orderedDictReduce(vm, x);
	if (isCounter(x)) return () => counterReduce(vm, x);
	return null;
}

/**
 * _PyObject_GetState of a C object: its __getstate__ looked up (a bound method, freed after), then
 * object_getstate_default: None for an empty instance dict, else the dict; copyreg._slotnames runs each time,
 * as it cannot cache its answer on a builtin type.
 */
function builtinState(vm: VM, x: PyObject, instanceDict: PyObject | null): PyObject {
	const getstate = holdTemporary(vm, boundBuiltin(vm, "__getstate__", x), "x.__getstate__");
	try {
		slotNamesOf(vm, x.cls);
	} finally {
		vm.heap.release(getstate, "x.__getstate__");
	}
	return instanceDict ? vm.incref(instanceDict) : vm.None;
}

const STATE = "state for __reduce__";
const ITERATOR = "items iterator for __reduce__";

/** deque_reduce: Py_BuildValue("O()NN", type, state, iter(d)), or "O(()n)NN" with the maxlen. */
function dequeReduce(vm: VM, d: PyDeque): PyObject {
	const state = holdTemporary(vm, builtinState(vm, d, null), STATE);
	let iterator: PyObject | null = null;
	try {
		iterator = holdTemporary(vm, vm.getIter(d), ITERATOR);
		// do_mktuple allocates the outer tuple before the inner one that fills its second item.
		const result = holdTemporary(vm, vm.tuple([vm.incref(d.cls), vm.None, vm.None, vm.None]), "tuple being built (Py_BuildValue)");
		result.items[1] = d.maxlen < 0 ? vm.incref(vm.emptyTuple) : vm.tuple([vm.incref(vm.emptyTuple), vm.int(d.maxlen)]);
		result.items[2] = vm.incref(state);
		result.items[3] = vm.incref(iterator);
		vm.heap.observer?.contentChanged(result);
		vm.heap.disown(result, "tuple being built (Py_BuildValue)");
		return result;
	} finally {
		vm.heap.release(state, STATE);
		if (iterator) vm.heap.release(iterator, ITERATOR);
	}
}

/** An iterator over `mapping.items()`: the view the method call made is freed as soon as the iterator exists. */
function itemsIterator(vm: VM, mapping: PyObject): PyObject {
	const view = holdTemporary(vm, callMethodByName(vm, mapping, "items"), "items view for __reduce__");
	try {
		return vm.getIter(view);
	} finally {
		vm.heap.release(view, "items view for __reduce__");
	}
}

/** PyTuple_Pack(5, type, args, state, None, iterator): the parts are the caller's, each given a new reference. */
function packFive(vm: VM, cls: PyObject, args: PyObject, state: PyObject, iterator: PyObject): PyTuple {
	return vm.tuple([vm.incref(cls), vm.incref(args), vm.incref(state), vm.incref(vm.None), vm.incref(iterator)]);
}

/**
 * defdict_reduce: (type, (default_factory,) or (), None, None, iter(dd.items())); the 5-tuple is packed while
 * the items view still lives (it is released after), unlike odict_reduce's.
 */
function defaultDictReduce(vm: VM, dd: PyDefaultDict): PyObject {
	const factory = dd.defaultFactory;
	const args = holdTemporary(vm, factory && factory !== vm.None ? vm.tuple([vm.incref(factory)]) : vm.incref(vm.emptyTuple), "arguments for __reduce__");
	let view: PyObject | null = null;
	let iterator: PyObject | null = null;
	try {
		view = holdTemporary(vm, callMethodByName(vm, dd, "items"), "items view for __reduce__");
		iterator = holdTemporary(vm, vm.getIter(view), ITERATOR);
		return packFive(vm, dd.cls, args, vm.None, iterator);
	} finally {
		if (iterator) vm.heap.release(iterator, ITERATOR);
		if (view) vm.heap.release(view, "items view for __reduce__");
		vm.heap.release(args, "arguments for __reduce__");
	}
}

/** odict_reduce: (type, (), state, None, iter(od.items())), the state being its instance __dict__ when not empty. */
function orderedDictReduce(vm: VM, od: PyOrderedDict): PyObject {
	const instanceDict = od.instDict && vm.truthy(od.instDict) ? od.instDict : null;
	const state = holdTemporary(vm, builtinState(vm, od, instanceDict), STATE);
	let iterator: PyObject | null = null;
	try {
		iterator = holdTemporary(vm, itemsIterator(vm, od), ITERATOR);
		return packFive(vm, od.cls, vm.emptyTuple, state, iterator);
	} finally {
		if (iterator) vm.heap.release(iterator, ITERATOR);
		vm.heap.release(state, STATE);
	}
}

/** Counter.__reduce__ (a Python method): `return self.__class__, (dict(self),)`. */
function counterReduce(vm: VM, counter: PyObject): PyObject {
	const frame = new CopyFrame(vm, "Counter.__reduce__");
	try {
		frame.hold("self", counter);
		const args = vm.tuple([vm.callObject(T.dict, [counter])]);
		return vm.tuple([vm.incref(counter.cls), args]);
	} finally {
		frame.clear();
	}
}
