// weakref.WeakSet, following Lib/_weakrefset.py of 3.11 where it allocates or releases something: `data`
// is a set of weak references whose callback `_remove` discards them, so an item leaves the set when it
// dies (during a collection too). As for the weak dictionaries, the methods run natively: the frames,
// generator and _IterationGuard the Python code makes while iterating are not simulated, and iteration
// takes a snapshot and skips items that died meanwhile (so `_pending_removals` stays empty).
import type { PyObject } from "../heap/object";
import { T } from "../heap/classes";
import { PySet } from "../heap/containers";
import { PyBuiltinFunction, type NativeImpl } from "../heap/callables";
import { PyIterator } from "../heap/iterators";
import { PyWeakref } from "../heap/weakrefs";
import { PyWeakDictRemover, PyWeakSet } from "../heap/weak-dictionaries";
import { setAdd, setContains, setDiscard } from "../vm/dicts";
import { forEachItem, holdLocals } from "../vm/iteration";
import { snapshotGenerator } from "../vm/native-generators";
import { newWeakref } from "./weakref-module";
import { defineMethods } from "./types";
import { WEAK_SET_ALGEBRA } from "./weak-set-algebra";
import { defMethod, type MethodArguments } from "./def-arguments";
import type { VM } from "../vm/vm";

/** WeakSet(data=None): the instance and its attributes in __init__'s order, then update(data). */
export function newWeakSet(vm: VM, source: PyObject | undefined): PyWeakSet {
	const owner = vm.heap.register(new PyWeakSet());
	owner.data = vm.set();
	// def _remove(item, selfref=ref(self)): the default is evaluated before the function is made.
	const selfref = newWeakref(vm, owner, null);
	owner.remove = vm.heap.register(new PyWeakDictRemover("WeakSet", vm.tuple([selfref]), "_remove"));
	owner.pendingRemovals = vm.list([]);
	owner.iterating = vm.set();
	vm.heap.observer?.contentChanged(owner);
	if (source && source !== vm.None) {
		try {
			weakSetUpdate(vm, owner, source);
		} catch (e) {
			vm.decref(owner);
			throw e;
		}
	}
	return owner;
}

/** `ref(item)` or `ref(item, self._remove)` in weakref.py: a call of the type, its arguments packed in a tuple. */
export function callRef(vm: VM, args: PyObject[]): PyWeakref {
	return vm.constructBuiltin(T.weakref, args, null) as PyWeakref;
}

function dataOf(owner: PyWeakSet): PySet {
	return owner.data as PySet;
}

/** `_remove(item)`, the callback of every item's weak reference: `self.data.discard(item)`. */
export function weakSetRemove(vm: VM, owner: PyWeakSet, wr: PyWeakref): void {
	if (owner.data instanceof PySet) setDiscard(vm, owner.data, wr);
}

/** add(): `self.data.add(ref(item, self._remove))`, a new weak reference the set keeps unless it has an equal one. */
function add(vm: VM, owner: PyWeakSet, item: PyObject): void {
	const wr = callRef(vm, [item, owner.remove!]);
	vm.heap.adopt(wr, REF_ON_STACK);
	try {
		setAdd(vm, dataOf(owner), wr);
	} finally {
		vm.heap.release(wr, REF_ON_STACK);
	}
}

/** The `ref(item...)` on the method's stack while the data set hashes it (an item's __hash__ may run meanwhile). */
const REF_ON_STACK = "weak reference on WeakSet's stack";

/** discard() and remove(): `self.data.discard(ref(item))` (a plain ref, shared if the item has one). */
function discard(vm: VM, owner: PyWeakSet, item: PyObject, mustExist: boolean): void {
	const wr = callRef(vm, [item]);
	vm.heap.adopt(wr, REF_ON_STACK);
	try {
		if (!setDiscard(vm, dataOf(owner), wr) && mustExist) throw vm.keyError(wr);
	} finally {
		vm.heap.release(wr, REF_ON_STACK);
	}
}

/** `item in ws`: False for what cannot be weakly referenced, else `ref(item) in self.data`. */
export function weakSetContains(vm: VM, owner: PyWeakSet, item: PyObject): boolean {
	let wr: PyWeakref;
	try {
		wr = callRef(vm, [item]);
	} catch (e) {
		vm.decref(vm.exceptionOf(e));
		return false;
	}
	vm.heap.adopt(wr, REF_ON_STACK);
	try {
		return setContains(vm, dataOf(owner), wr);
	} finally {
		vm.heap.release(wr, REF_ON_STACK);
	}
}

export function weakSetLength(owner: PyWeakSet): number {
	return dataOf(owner).entries.size;
}

/**
 * __iter__: a generator over the items whose references are still alive. Its locals `itemref` and `item`
 * keep the last ones it looked at until its next step.
 */
export function weakSetIterator(vm: VM, owner: PyWeakSet): PyIterator {
	const data = dataOf(owner);
	return snapshotGenerator(vm, owner, { qualname: "WeakSet.__iter__", nlocalsplus: 3, stacksize: 6 }, [...data.entries], (it, [k, wr]) => {
		const item = (wr as PyWeakref).referent;
		holdLocals(vm, it, [wr, item ?? vm.None]);
		return item && data.entries.get(k) === wr ? vm.incref(item) : null;
	});
}

/** update(other): `for element in other: self.add(element)`. */
export function weakSetUpdate(vm: VM, owner: PyWeakSet, other: PyObject): void {
	forEachItem(vm, other, (element) => add(vm, owner, element));
}

/** A method of the set itself, run on `data` (pop, clear). */
function dataMethod(vm: VM, owner: PyWeakSet, name: string): PyObject {
	const method = T.set.dict.get(name) as PyBuiltinFunction;
	return method.impl(vm, [], null, dataOf(owner));
}

function receiver(self: PyObject | null): PyWeakSet {
	return self as PyWeakSet;
}

/** A method _weakrefset.py defines: `def name(self, ...params)`, bound as Python binds it. */
function method(name: string, params: readonly string[], impl: (vm: VM, args: MethodArguments, owner: PyWeakSet) => PyObject): NativeImpl {
	return defMethod(`WeakSet.${name}`, params, params.length, (vm, args, self) => impl(vm, args, receiver(self)));
}

const METHODS: Record<string, NativeImpl> = {
	add: method("add", ["item"], (vm, [item], owner) => {
		add(vm, owner, item!);
		return vm.incref(vm.None);
	}),
	discard: method("discard", ["item"], (vm, [item], owner) => {
		discard(vm, owner, item!, false);
		return vm.incref(vm.None);
	}),
	remove: method("remove", ["item"], (vm, [item], owner) => {
		discard(vm, owner, item!, true);
		return vm.incref(vm.None);
	}),
	pop: method("pop", [], (vm, _args, owner) => {
		for (;;) {
			if (weakSetLength(owner) === 0) vm.raise("KeyError", "pop from empty WeakSet");
			const itemref = dataMethod(vm, owner, "pop") as PyWeakref;
			const item = itemref.referent;
			if (item) vm.incref(item);
			vm.decref(itemref);
			if (item) return item;
		}
	}),
	clear: method("clear", [], (vm, _args, owner) => dataMethod(vm, owner, "clear")),
	copy: method("copy", [], (vm, _args, owner) => newWeakSet(vm, owner)),
	update: method("update", ["other"], (vm, [other], owner) => {
		weakSetUpdate(vm, owner, other!);
		return vm.incref(vm.None);
	}),
};

export function installWeakSetMethods(): void {
	// The algebra's module imports this one: its methods are read when installed, not at load.
	const algebra = Object.entries(WEAK_SET_ALGEBRA).map(([name, run]): [string, NativeImpl] => [name, method(name, ["other"], (vm, [other], owner) => run(vm, owner, other!))]);
	defineMethods(T.WeakSet, { ...METHODS, ...Object.fromEntries(algebra) });
}
