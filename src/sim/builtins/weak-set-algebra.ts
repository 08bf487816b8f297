// WeakSet's set algebra and comparisons, as Lib/_weakrefset.py writes them on top of its `data` set: the other
// operand is walked by a generator expression that makes a weak reference per item (`ref(item) for item in
// other`, or `ref(item, self._remove)`), and data's own set methods do the rest with that non-set iterable
// (set_intersection keeps the references the generator made, which have no callback, as in CPython). New sets
// are `self.__class__(...)` of a generator (union, intersection) or a copy that is then updated in place.
import type { PyObject } from "../heap/object";
import { PySet } from "../heap/containers";
import { PyIterator } from "../heap/iterators";
import { PyWeakSet } from "../heap/weak-dictionaries";
import { T } from "../heap/classes";
import { compareSets, containsEachOf, withIterable } from "../vm/set-algorithms";
import { getIter, holdLocals, iterNext, registerIterator, releaseSource } from "../vm/iteration";
import { newWeakSet, weakSetContains, weakSetUpdate } from "./weak-sets";
import type { PyBuiltinFunction } from "../heap/callables";
import type { VM } from "../vm/vm";

/**
 * A generator over `other` (its iterator taken when the generator is made, as a genexpr's `.0`): `step` turns
 * each item into what it yields, or null to skip it; its frame keeps the last item in its local `item`.
 */
function generatorOver(vm: VM, other: PyObject, step: (item: PyObject) => PyObject | null): PyIterator {
	const source = getIter(vm, other);
	const generator = registerIterator(
		vm,
		new PyIterator("generator", source, (it) => {
			for (;;) {
				const item = it.source ? iterNext(vm, it.source) : null;
				if (!item) {
					releaseSource(vm, it);
					return null;
				}
				holdLocals(vm, it, [item]);
				vm.decref(item);
				const yielded = step(item);
				if (yielded) return yielded;
			}
		}),
	);
	vm.decref(source);
	return generator;
}

/** `ref(item)` or `ref(item, callback)`: a call of the type, as _weakrefset.py's `ref(...)` is. */
function weakRef(vm: VM, item: PyObject, callback: PyObject | null): PyObject {
	return vm.constructBuiltin(T.weakref, callback ? [item, callback] : [item], null);
}

/** Run `use` with a generator of weak references to the items of `other`, released afterwards. */
function withRefs<R>(vm: VM, other: PyObject, callback: PyObject | null, use: (refs: PyObject) => R): R {
	const refs = generatorOver(vm, other, (item) => weakRef(vm, item, callback));
	try {
		return use(refs);
	} finally {
		vm.decref(refs);
	}
}

/** `set(map(ref, other))`: a new set of plain weak references, held while `use` runs. */
function withRefSet<R>(vm: VM, other: PyObject, use: (refs: PySet) => R): R {
	const refs = withRefs(vm, other, null, (generator) => vm.heap.build(vm.set(), "set being built", (s) => vm.setUpdate(s, generator)));
	vm.heap.adopt(refs, REF_SET);
	try {
		return use(refs);
	} finally {
		vm.heap.release(refs, REF_SET);
	}
}

const REF_SET = "set(map(ref, other)) of a WeakSet method";

function dataOf(ws: PyWeakSet): PySet {
	return ws.data as PySet;
}

/** data's set method with a non-set iterable, in place (difference_update, intersection_update...). */
function updateData(vm: VM, ws: PyWeakSet, op: string, other: PyObject, callback: PyObject | null): void {
	if (ws === other && op !== "BitAnd") {
		clearData(vm, ws);
		return;
	}
	withRefs(vm, other, callback, (refs) => vm.decref(withIterable(vm, op, dataOf(ws), refs, true)));
}

function clearData(vm: VM, ws: PyWeakSet): void {
	vm.decref((T.set.dict.get("clear") as PyBuiltinFunction).impl(vm, [], null, dataOf(ws)));
}

/** difference and symmetric_difference: `newset = self.copy()`, then its in-place form. */
function copyThen(vm: VM, ws: PyWeakSet, update: (copy: PyWeakSet) => void): PyWeakSet {
	const copy = newWeakSet(vm, ws);
	try {
		update(copy);
	} catch (e) {
		vm.decref(copy);
		throw e;
	}
	return copy;
}

export const WEAK_SET_ALGEBRA: Record<string, (vm: VM, ws: PyWeakSet, other: PyObject) => PyObject> = {
	union: (vm, ws, other) => {
		// `self.__class__(e for s in (self, other) for e in s)`: the generator's iterator holds the tuple.
		const both = vm.tuple([vm.incref(ws), vm.incref(other)]);
		const items = chained(vm, both);
		vm.decref(both);
		try {
			return newWeakSet(vm, items);
		} finally {
			vm.decref(items);
		}
	},
	intersection: (vm, ws, other) => {
		const kept = generatorOver(vm, other, (item) => (weakSetContains(vm, ws, item) ? vm.incref(item) : null));
		try {
			return newWeakSet(vm, kept);
		} finally {
			vm.decref(kept);
		}
	},
	difference: (vm, ws, other) => copyThen(vm, ws, (copy) => updateData(vm, copy, "Sub", other, null)),
	symmetric_difference: (vm, ws, other) => copyThen(vm, ws, (copy) => updateData(vm, copy, "BitXor", other, copy.remove)),
	difference_update: (vm, ws, other) => none(vm, () => updateData(vm, ws, "Sub", other, null)),
	intersection_update: (vm, ws, other) => none(vm, () => updateData(vm, ws, "BitAnd", other, null)),
	symmetric_difference_update: (vm, ws, other) => none(vm, () => updateData(vm, ws, "BitXor", other, ws.remove)),
	issubset: (vm, ws, other) => vm.bool(withRefSet(vm, other, (refs) => compareSets(vm, dataOf(ws), refs, "LtE"))),
	issuperset: (vm, ws, other) => vm.bool(withRefs(vm, other, null, (refs) => containsEachOf(vm, dataOf(ws), refs, true))),
	isdisjoint: (vm, ws, other) => {
		// `len(self.intersection(other)) == 0`.
		const common = WEAK_SET_ALGEBRA.intersection!(vm, ws, other) as PyWeakSet;
		const empty = dataOf(common).entries.size === 0;
		vm.decref(common);
		return vm.bool(empty);
	},
};

function none(vm: VM, run: () => void): PyObject {
	run();
	return vm.incref(vm.None);
}

/**
 * The items of each iterable of `both` in turn (the nested loops of union's generator): its locals are the
 * inner iterator and the last item.
 */
function chained(vm: VM, both: PyObject): PyIterator {
	const outer = getIter(vm, both);
	const generator = registerIterator(
		vm,
		new PyIterator("generator", outer, (it) => {
			for (;;) {
				const inner = it.held?.[0];
				if (inner) {
					const e = iterNext(vm, inner);
					if (e) {
						holdLocals(vm, it, [inner, e]);
						return e;
					}
					holdLocals(vm, it, null);
				}
				const s = it.source ? iterNext(vm, it.source) : null;
				if (!s) {
					releaseSource(vm, it);
					return null;
				}
				const next = getIter(vm, s);
				vm.decref(s);
				holdLocals(vm, it, [next]);
				vm.decref(next);
			}
		}),
	);
	vm.decref(outer);
	return generator;
}

const OPERATOR_METHODS: Record<string, string> = { Sub: "difference", BitAnd: "intersection", BitOr: "union", BitXor: "symmetric_difference" };
const INPLACE_METHODS: Record<string, string> = { Sub: "difference_update", BitAnd: "intersection_update", BitXor: "symmetric_difference_update" };

/** `ws - x`, `ws & x`, `ws | x`, `ws ^ x` and their in-place forms (__isub__... return the set itself). */
export function weakSetOperator(vm: VM, op: string, inplace: boolean, ws: PyWeakSet, other: PyObject): PyObject | undefined {
	if (inplace && op === "BitOr") {
		weakSetUpdate(vm, ws, other);
		return vm.incref(ws);
	}
	const name = inplace ? INPLACE_METHODS[op] : OPERATOR_METHODS[op];
	if (!name) return undefined;
	const result = WEAK_SET_ALGEBRA[name]!(vm, ws, other);
	if (!inplace) return result;
	vm.decref(result);
	return vm.incref(ws);
}

/**
 * WeakSet's comparison methods: <= and >= are issubset and issuperset, < and > compare data with
 * `set(map(ref, other))`, and == does so only with another WeakSet (NotImplemented otherwise). != is object's,
 * the negation of ==. Undefined means NotImplemented.
 */
export function weakSetCompare(vm: VM, op: string, ws: PyWeakSet, other: PyObject): PyObject | undefined {
	if (op === "LtE") return WEAK_SET_ALGEBRA.issubset!(vm, ws, other);
	if (op === "GtE") return WEAK_SET_ALGEBRA.issuperset!(vm, ws, other);
	if ((op === "Eq" || op === "NotEq") && !(other instanceof PyWeakSet)) return undefined;
	const equal = withRefSet(vm, other, (refs) => compareSets(vm, dataOf(ws), refs, op === "NotEq" ? "Eq" : op));
	return vm.bool(op === "NotEq" ? !equal : equal);
}
