// setobject.c's algorithms for sets that keep their table (probed-sets.ts): which operand is walked, in
// slot order with its stored hashes, and which one is probed decide the order of the __eq__ calls, so
// these follow set_intersection, set_difference, set_symmetric_difference_update and set_issubset.
import type { PyObject } from "../heap/object";
import { PySet } from "../heap/containers";
import { forEachItem } from "./iteration";
import { keyHash } from "./key-hashing";
import { dictKeysWithHashes, hashedItems, probedSetAdd, probedSetContains, probedSetDiscard, probedSetFromDict, probedSetMerge, shrinkAfterDiscards } from "./probed-sets";
import { isExactDict } from "../heap/subclass-instances";
import { isPlainKey } from "./key-hashing";
import { setContainsKey } from "./dicts";
import { dictGetKnownHash } from "./known-hash-dicts";
import { clearSet } from "./set-clear";
import type { VM } from "./vm";

/** Whether set operations on these operands take this module's path (either keeps a table). */
export function probedOperands(a: PySet, b: PyObject): boolean {
	return a.table !== null || (b instanceof PySet && b.table !== null);
}

const WALKED = "set item being walked";
const BUILT = "set being built";

/** Walk `s` in slot order; each item is held while `visit` runs (it may run __eq__ on it). */
function eachHeld(vm: VM, s: PySet, visit: (item: PyObject, hash: bigint) => boolean | void): void {
	for (const { item, hash } of hashedItems(vm, s)) {
		vm.heap.hold(item, WALKED);
		try {
			if (visit(item, hash) === true) return;
		} finally {
			vm.heap.release(item, WALKED);
		}
	}
}

function copyOf(vm: VM, s: PySet, frozen: boolean): PySet {
	const copy = vm.set(frozen);
	return vm.heap.build(copy, BUILT, () => probedSetMerge(vm, copy, s));
}

/** set_intersection: the larger set is probed with each item of the smaller. */
export function intersection(vm: VM, so: PySet, other: PySet): PySet {
	if (so === other) return copyOf(vm, so, so.frozen);
	const result = vm.set(so.frozen);
	const [probed, walked] = other.entries.size > so.entries.size ? [other, so] : [so, other];
	return vm.heap.build(result, BUILT, () =>
		eachHeld(vm, walked, (item, hash) => {
			if (probedSetContains(vm, probed, item, hash)) probedSetAdd(vm, result, item, hash);
		}),
	);
}

/** set_difference: a much larger `so` is copied and the other's items discarded; else so's items are probed in other. */
export function difference(vm: VM, so: PySet, other: PySet): PySet {
	if (so.entries.size >> 2 > other.entries.size) return vm.heap.build(copyOf(vm, so, so.frozen), BUILT, (result) => differenceUpdate(vm, result, other));
	const result = vm.set(so.frozen);
	return vm.heap.build(result, BUILT, () =>
		eachHeld(vm, so, (item, hash) => {
			if (!probedSetContains(vm, other, item, hash)) probedSetAdd(vm, result, item, hash);
		}),
	);
}

/** set_difference_update_internal: each item of other discarded (other narrowed first when 8 times larger). */
export function differenceUpdate(vm: VM, so: PySet, other: PySet): void {
	// `s -= s` clears the set (set_clear_internal), table and all.
	if (so === other) return clearSet(vm, so);
	const walked = other.entries.size >> 3 > so.entries.size ? intersection(vm, so, other) : vm.incref(other);
	vm.heap.adopt(walked, "set whose items are discarded");
	try {
		eachHeld(vm, walked, (item, hash) => void probedSetDiscard(vm, so, item, hash));
	} finally {
		vm.heap.release(walked, "set whose items are discarded");
	}
	shrinkAfterDiscards(vm, so);
}

/** set_symmetric_difference_update: each item of other is discarded from so, or added when absent. */
export function symmetricDifferenceUpdate(vm: VM, so: PySet, other: PySet): void {
	if (so === other) return clearSet(vm, so);
	eachHeld(vm, other, (item, hash) => {
		if (!probedSetDiscard(vm, so, item, hash)) probedSetAdd(vm, so, item, hash);
	});
}

/** set_symmetric_difference: a copy of other, updated with so. */
export function symmetricDifference(vm: VM, so: PySet, other: PySet): PySet {
	return vm.heap.build(copyOf(vm, other, so.frozen), BUILT, (result) => symmetricDifferenceUpdate(vm, result, so));
}

/** set_issubset: no larger, and each item (slot order) found in other. */
export function isSubset(vm: VM, so: PySet, other: PySet): boolean {
	if (so.entries.size > other.entries.size) return false;
	let subset = true;
	eachHeld(vm, so, (item, hash) => !(subset = probedSetContains(vm, other, item, hash)));
	return subset;
}

/** set_isdisjoint with a set: the smaller is walked. */
export function isDisjoint(vm: VM, so: PySet, other: PySet): boolean {
	if (so === other) return so.entries.size === 0;
	const [probed, walked] = other.entries.size > so.entries.size ? [other, so] : [so, other];
	let disjoint = true;
	eachHeld(vm, walked, (item, hash) => !(disjoint = !probedSetContains(vm, probed, item, hash)));
	return disjoint;
}

/** set_richcompare of two sets. */
export function compareSets(vm: VM, a: PySet, b: PySet, op: string): boolean {
	const [m, n] = [a.entries.size, b.entries.size];
	switch (op) {
		case "Eq":
			return m === n && isSubset(vm, a, b);
		case "NotEq":
			return !(m === n && isSubset(vm, a, b));
		case "LtE":
			return isSubset(vm, a, b);
		case "GtE":
			return isSubset(vm, b, a);
		case "Lt":
			return m < n && isSubset(vm, a, b);
		default:
			return m > n && isSubset(vm, b, a);
	}
}

/** set_intersection with any other iterable: each item hashed once, probed in so, added when found. */
export function intersectionWithIterable(vm: VM, so: PySet, other: PyObject): PySet {
	return vm.heap.build(vm.set(so.frozen), BUILT, (result) =>
		forEachItem(vm, other, (item) => {
			const hash = keyHash(vm, item);
			if (probedSetContains(vm, so, item, hash)) probedSetAdd(vm, result, item, hash);
		}),
	);
}

/** set_intersection_update: the intersection's table takes the place of so's (set_swap_bodies). */
export function intersectionUpdate(vm: VM, so: PySet, other: PySet): void {
	swapBodies(vm, so, intersection(vm, so, other));
}

/** set_swap_bodies: `result`'s items and table become so's; so's old ones go with `result`, released. */
function swapBodies(vm: VM, so: PySet, result: PySet): void {
	const [mine, theirs] = [[...so.entries], [...result.entries]];
	so.entries.clear();
	result.entries.clear();
	for (const [k, v] of theirs) so.entries.set(k, v);
	for (const [k, v] of mine) result.entries.set(k, v);
	[so.table, result.table] = [result.table, so.table];
	[so.tableSize, result.tableSize] = [result.tableSize, so.tableSize];
	vm.heap.observer?.contentChanged(so);
	vm.heap.observer?.contentChanged(result);
	vm.decref(result);
}

/** `a & b`, `a - b`, `a ^ b` and their in-place forms, when either operand keeps a table. */
export function probedSetOperation(vm: VM, op: string, a: PySet, b: PySet, inplace: boolean): PyObject {
	if (!inplace) {
		if (op === "BitAnd") return intersection(vm, a, b);
		if (op === "Sub") return difference(vm, a, b);
		return symmetricDifference(vm, a, b);
	}
	if (op === "BitAnd") intersectionUpdate(vm, a, b);
	else if (op === "Sub") differenceUpdate(vm, a, b);
	else symmetricDifferenceUpdate(vm, a, b);
	return vm.incref(a);
}

/** A set method (intersection, difference, symmetric_difference, their _update forms) with a non-set argument. */
export function withIterable(vm: VM, op: string, so: PySet, other: PyObject, inplace: boolean): PyObject {
	if (op === "BitAnd") {
		const result = intersectionWithIterable(vm, so, other);
		if (!inplace) return result;
		swapBodies(vm, so, result);
		return vm.incref(so);
	}
	const dict = isExactDict(other) ? other : null;
	// set_difference with a dict not four times smaller: so's items looked up in it with their stored hashes.
	if (op === "Sub" && !inplace && dict && !(so.entries.size >> 2 > dict.entries.size)) {
		const result = vm.set(so.frozen);
		return vm.heap.build(result, BUILT, () =>
			eachHeld(vm, so, (item, hash) => {
				if (dictGetKnownHash(vm, dict, item, isPlainKey(item) ? undefined : hash) === undefined) probedSetAdd(vm, result, item, hash);
			}),
		);
	}
	// set_symmetric_difference_update's dict path: each key with its stored hash, discarded or else added.
	if (op === "BitXor" && inplace && dict) {
		for (const { item, hash } of dictKeysWithHashes(vm, dict)) {
			vm.heap.hold(item, WALKED);
			try {
				if (!probedSetDiscard(vm, so, item, hash)) probedSetAdd(vm, so, item, hash);
			} finally {
				vm.heap.release(item, WALKED);
			}
		}
		return vm.incref(so);
	}
	if (op === "Sub") {
		// set_copy_and_difference, or set_difference_update_internal: each item hashed and discarded.
		const target = inplace ? so : copyOf(vm, so, so.frozen);
		const discard = () => {
			forEachItem(vm, other, (item) => void probedSetDiscard(vm, target, item));
			shrinkAfterDiscards(vm, target);
		};
		if (inplace) discard();
		else vm.heap.build(target, BUILT, discard);
		return inplace ? vm.incref(so) : target;
	}
	// make_new_set_basetype: a dict's keys go in with their stored hashes.
	const incoming = vm.heap.build(vm.set(so.frozen), BUILT, (built) => (dict ? probedSetFromDict(vm, built, dict) : forEachItem(vm, other, (item) => probedSetAdd(vm, built, item))));
	if (!inplace) return vm.heap.build(incoming, BUILT, (result) => symmetricDifferenceUpdate(vm, result, so));
	vm.heap.adopt(incoming, BUILT);
	try {
		symmetricDifferenceUpdate(vm, so, incoming);
	} finally {
		vm.heap.release(incoming, BUILT);
	}
	return vm.incref(so);
}

/** set_issuperset / set_isdisjoint with a non-set argument: each item hashed and looked up in so, until one decides. */
export function containsEachOf(vm: VM, so: PySet, other: PyObject, wanted: boolean): boolean {
	let all = true;
	forEachItem(vm, other, (item) => {
		if (setContainsKey(vm, so, item) === wanted) return false;
		all = false;
		return true;
	});
	return all;
}
