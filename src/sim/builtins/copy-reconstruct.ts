// copy._reconstruct: rebuild an object from its __reduce_ex__ tuple, y = func(*args), then its state
// (__setstate__, or __dict__.update plus setattr for slots). The deep variant copies args and state through
// the memo. Temporaries follow copy.py's bytecode, in order, for the free lists' sake (see copy-reduce.ts).
import type { PyObject } from "../heap/object";
import { PyTuple, PyDict } from "../heap/containers";
import { PyStr } from "../heap/values";
import { attributeOrNull, getAttr, setAttr } from "../vm/attributes";
import { setItem } from "../vm/subscript";
import { withCallerPacked } from "../vm/caller-packed";
import { unpackExactly } from "../vm/unpacking";
import { holdTemporary } from "./copy-reduce";
import { memoize } from "./copy-memo";
import { CopyFrame, Unbuilt } from "./copy-frame";
import { allocateTupleOfLength, GUESSED_TUPLE_LENGTH } from "../vm/sequence-tuple";
import type { VM } from "../vm/vm";

/** A deep copy through the memo of the deepcopy in progress (a new reference). */
export type DeepCopier = (o: PyObject) => PyObject;

const CALL_ARGS = "arguments of copy._reconstruct";

/** `_reconstruct(x, memo, *rv)`: a new reference to the rebuilt object. `deep` is null for copy.copy. */
export function reconstruct(vm: VM, x: PyObject, memo: PyDict | null, rv: PyObject, deep: DeepCopier | null): PyObject {
	if (!(rv instanceof PyTuple)) return vm.raise("TypeError", `pymem does not support a __reduce_ex__ result of type '${rv.typeName}' yet`);
	const n = rv.items.length;
	if (n < 2) return vm.raise("TypeError", `_reconstruct() missing ${2 - n} required positional argument${n ? "" : "s"}: ${n ? "'args'" : "'func' and 'args'"}`);
	if (n > 5) return vm.raise("TypeError", `_reconstruct() takes from 4 to 7 positional arguments but ${n + 2} were given`);
	// `*rv` in the call: BUILD_LIST [x, memo], LIST_EXTEND rv, LIST_TO_TUPLE.
	const gathered = [x, memo ?? vm.None, ...rv.items];
	const spread = holdTemporary(vm, vm.list(gathered.map((o) => vm.incref(o))), "arguments of copy._reconstruct being gathered");
	const callArgs = holdTemporary(vm, vm.tuple(gathered.map((o) => vm.incref(o))), CALL_ARGS);
	vm.heap.release(spread, "arguments of copy._reconstruct being gathered");
	try {
		return runReconstruct(vm, x, memo, rv, deep, gathered);
	} finally {
		vm.heap.release(callArgs, CALL_ARGS);
	}
}

/** The body of _reconstruct, whose frame holds its parameters (from the arguments tuple) and two cells. */
function runReconstruct(vm: VM, x: PyObject, memo: PyDict | null, rv: PyTuple, deep: DeepCopier | null, parameters: PyObject[]): PyObject {
	const frame = new CopyFrame(vm, "_reconstruct");
	try {
		frame.keep("cell for memo");
		frame.keep("cell for deepcopy");
		const names = ["x", "memo", "func", "args", "state", "listiter", "dictiter"];
		parameters.forEach((o, i) => frame.hold(names[i]!, o));
		const [func, args, state, listIter, dictIter] = rv.items;
		const y = frame.own("y", callFunc(vm, func!, args!, deep, frame));
		if (memo) memoize(vm, memo, x, y);
		if (state && state !== vm.None) applyState(vm, y, state, deep, frame);
		if (listIter && listIter !== vm.None) appendItems(vm, y, listIter, deep, frame);
		if (dictIter && dictIter !== vm.None) setItems(vm, y, dictIter, deep, frame);
		return vm.incref(y);
	} finally {
		frame.clear();
	}
}

/** `y = func(*args)`; deep, args go through `(deepcopy(arg, memo) for arg in args)` first. */
function callFunc(vm: VM, func: PyObject, args: PyObject, deep: DeepCopier | null, frame: CopyFrame): PyObject {
	if (!deep || !vm.truthy(args)) {
		// CALL_FUNCTION_EX hands its tuple as it is to a callee that takes one (a type's tp_call).
		if (args instanceof PyTuple) return withCallerPacked(args, null, () => vm.callObject(func, args.items));
		const items = vm.collect(args);
		const tuple = holdTemporary(vm, vm.tuple(items), "func's arguments");
		try {
			return withCallerPacked(tuple, null, () => vm.callObject(func, tuple.items));
		} finally {
			vm.heap.release(tuple, "func's arguments");
		}
	}
	if (!(args instanceof PyTuple)) return vm.raise("TypeError", `pymem does not support __reduce_ex__ arguments of type '${args.typeName}' yet`);
	// The generator expression's closure (cells for deepcopy and memo) lives until the generator finishes.
	const closure = holdTemporary(vm, vm.tuple([vm.None, vm.None]), "closure of the (deepcopy(arg, memo) for arg in args) generator");
	const genexpr = new Unbuilt(vm, "the generator expression's function");
	const argsIterator = new Unbuilt(vm, "iterator over args, the generator's .0");
	// The generator is bound to the local `args` until _reconstruct returns.
	frame.keep(new Unbuilt(vm, "generator"));
	const copied = holdTemporary(vm, allocateTupleOfLength(vm, GUESSED_TUPLE_LENGTH), "func's arguments");
	try {
		const items: PyObject[] = [];
		let generator: CopyFrame | null = null;
		try {
			generator = new CopyFrame(vm, "<genexpr>");
			for (const arg of args.items) items.push(holdTemporary(vm, deep(generator.hold("arg", arg)), "a deep-copied argument"));
		} finally {
			// Exhausted, the generator clears its frame: its iterator, then its function (and that function's closure).
			argsIterator.free();
			generator?.clear();
			genexpr.free();
			// _PyTuple_Resize keeps the allocation: freed, the tuple goes to the free list of its final length.
			copied.items = items;
			for (const item of items) vm.heap.disown(item, "a deep-copied argument");
			vm.heap.observer?.contentChanged(copied);
			vm.heap.release(closure, "closure of the (deepcopy(arg, memo) for arg in args) generator");
			// `args` was rebound to the generator, whose exhausted iterator over the tuple is gone.
			frame.drop("args");
		}
		return withCallerPacked(copied, null, () => vm.callObject(func, copied.items));
	} finally {
		vm.heap.release(copied, "func's arguments");
	}
}

/** The state part of _reconstruct: y.__setstate__(state), or y.__dict__.update(state) and setattr per slot. */
function applyState(vm: VM, y: PyObject, original: PyObject, deep: DeepCopier | null, frame: CopyFrame): void {
	const state = deep ? frame.own("state", deep(original)) : original;
	const setstate = attributeOrNull(vm, y, "__setstate__");
	if (setstate) {
		vm.decref(setstate);
		vm.decref(vm.callMethod(y, "__setstate__", [state]));
		return;
	}
	const [dictState, slotState] = state instanceof PyTuple && state.items.length === 2 ? state.items : [state, vm.None];
	if (dictState !== vm.None) {
		const dict = holdTemporary(vm, getAttr(vm, y, "__dict__"), "y.__dict__");
		try {
			vm.decref(vm.callMethod(dict, "update", [dictState!]));
		} finally {
			vm.heap.release(dict, "y.__dict__");
		}
	}
	if (slotState !== vm.None) setSlots(vm, y, slotState!);
}

/** `for key, value in slotstate.items(): setattr(y, key, value)`; the items iterator keeps a 2-tuple for its results. */
function setSlots(vm: VM, y: PyObject, slotState: PyObject): void {
	if (!(slotState instanceof PyDict)) return vm.raise("AttributeError", `'${slotState.typeName}' object has no attribute 'items'`);
	const view = new Unbuilt(vm, "slotstate.items()");
	const iterator = new Unbuilt(vm, "iterator over slotstate.items()");
	view.free();
	const result = holdTemporary(vm, vm.tuple([vm.None, vm.None]), "the slot state's items iterator");
	try {
		for (const { key, value } of [...slotState.entries.values()]) {
			if (!(key instanceof PyStr)) vm.raise("TypeError", `attribute name must be string, not '${key.typeName}'`);
			setAttr(vm, y, key.value, value);
		}
	} finally {
		iterator.free();
		vm.heap.release(result, "the slot state's items iterator");
	}
}

const LOOP_ITERATOR = "iterator of the for loop (GET_ITER)";

/** `for item in listiter: [item = deepcopy(item, memo)]; y.append(item)`: the local keeps the last item. */
function appendItems(vm: VM, y: PyObject, listIter: PyObject, deep: DeepCopier | null, frame: CopyFrame): void {
	const iterator = holdTemporary(vm, vm.getIter(listIter), LOOP_ITERATOR);
	try {
		for (let next = vm.iterNext(iterator); next; next = vm.iterNext(iterator)) {
			let item = frame.own("item", next);
			if (deep) item = frame.own("item", deep(item));
			vm.decref(vm.callMethod(y, "append", [item]));
		}
	} finally {
		vm.heap.release(iterator, LOOP_ITERATOR);
	}
}

/** `for key, value in dictiter: [both deep-copied]; y[key] = value`: the locals keep the last pair's parts. */
function setItems(vm: VM, y: PyObject, dictIter: PyObject, deep: DeepCopier | null, frame: CopyFrame): void {
	const iterator = holdTemporary(vm, vm.getIter(dictIter), LOOP_ITERATOR);
	try {
		for (let pair = vm.iterNext(iterator); pair; pair = vm.iterNext(iterator)) {
			// UNPACK_SEQUENCE releases the pair (an items iterator keeps it for its next result) after taking its parts.
			const [first, second] = unpackExactly(vm, pair, 2) as [PyObject, PyObject];
			let key = frame.own("key", first);
			let value = frame.own("value", second);
			if (deep) {
				key = frame.own("key", deep(key));
				value = frame.own("value", deep(value));
			}
			setItem(vm, y, key, value);
		}
	} finally {
		vm.heap.release(iterator, LOOP_ITERATOR);
	}
}
