// The _abc_data object of Modules/_abc.c (3.11) and its three weak sets (registry, cache, negative cache): each
// made when first needed, each a set of weak references whose callback, a builtin `_destroy` bound to a weak
// reference to the set, discards them when their class dies.
import type { NativeImpl } from "../heap/callables";
import { PyBuiltinFunction } from "../heap/callables";
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import { PySet } from "../heap/containers";
import { PyToolObject } from "../heap/tool-objects";
import { PyWeakref } from "../heap/weakrefs";
import { setAdd, setContains, setDiscard } from "../vm/dicts";
import type { VM } from "../vm/vm";
import { moduleType } from "./types";
import { newWeakref, weakrefTo } from "./weakref-module";
import { raisedMatches, clearRaised } from "../vm/protocol";

/** _abc_data's struct without the GC header: the head, three set pointers and the negative cache's version. */
export const ABC_DATA_SIZE = 48;
export const REGISTRY = 0;
export const CACHE = 1;
export const NEGATIVE_CACHE = 2;

/** An _abc_data: the three weak sets, and the invalidation counter's value when the negative cache was filled. */
export class PyAbcData extends PyToolObject {
	negativeCacheVersion = 0n;
}

let abcDataType: PyClass | null = null;

export function abcDataClass(): PyClass {
	abcDataType ??= moduleType("_abc_data", "_abc");
	return abcDataType;
}

/** _in_weak_set: a weak reference to obj (the shared plain one) looked up in the set; false for an empty set. */
export function inWeakSet(vm: VM, set: PyObject | null, obj: PyObject): boolean {
	if (!(set instanceof PySet) || set.entries.size === 0) return false;
	let ref: PyWeakref;
	try {
		ref = weakrefTo(vm, obj, null);
	} catch (e) {
		// An object that cannot be weakly referenced is in no weak set.
		if (raisedMatches(vm, e, "TypeError")) {
			clearRaised(vm, e);
			return false;
		}
		throw e;
	}
	try {
		return setContains(vm, set, ref);
	} finally {
		vm.decref(ref);
	}
}

/** `_destroy(setweakref, objweakref)`: the callback drops the dead class's weak reference from the set, if the set lives. */
const destroy: NativeImpl = (vm, args, _kw, self) => {
	const set = self instanceof PyWeakref ? self.referent : null;
	if (set instanceof PySet) vm.heap.whileHeld(set, "weak set of an ABC (_destroy)", () => setDiscard(vm, set, args[0]!));
	return vm.incref(vm.None);
};

/**
 * _add_to_weak_set: the set made when first needed, a plain weak reference to it (shared once made), a new
 * `_destroy` bound to that reference, and a new weak reference to obj with it as callback, which the set keeps.
 */
export function addToWeakSet(vm: VM, impl: PyAbcData, slot: number, obj: PyObject): void {
	let set = impl.slots[slot] as PySet | null;
	if (!set) {
		set = vm.set();
		// The _abc_data of a library module's class (contextlib's AbstractContextManager) is shared; once one
		// of its sets holds the program's objects, a trace shows it as the object holding that set.
		if (impl.shared && !impl.slots.some((s) => s instanceof PySet && !s.shared)) vm.heap.observer?.alloc(impl);
		impl.slots[slot] = set;
		vm.heap.observer?.contentChanged(impl);
	}
	const setRef = weakrefTo(vm, set, null);
	const callback = vm.heap.register(new PyBuiltinFunction("_destroy", destroy, vm.incref(setRef)));
	let ref: PyWeakref;
	try {
		ref = newWeakref(vm, obj, callback);
	} finally {
		vm.decref(callback);
		vm.decref(setRef);
	}
	// A set made while python3 started up (collections.abc's caches) is shared: once it keeps a weak reference the
	// program made, a trace shows it as the object holding it.
	if (set.shared && !ref.shared && !shownStartupSets.has(set)) {
		shownStartupSets.add(set);
		vm.heap.observer?.alloc(set);
	}
	try {
		setAdd(vm, set, ref);
	} finally {
		vm.decref(ref);
	}
}

const shownStartupSets = new WeakSet<PySet>();

export function clearSet(vm: VM, set: PyObject | null): void {
	if (set instanceof PySet) vm.decref(vm.callMethod(set, "clear", []));
}
