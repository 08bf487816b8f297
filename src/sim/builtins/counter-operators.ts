// Counter's operators (Lib/collections/__init__.py, 3.11): +, -, | and & make a new Counter of the positive
// results, their in-place forms change self and keep only the positive counts, unary + and - keep the positive
// or the negated negative ones, and comparisons treat a missing element as 0.
import type { PyObject } from "../heap/object";
import { PyDict, PyList, PyTuple } from "../heap/containers";
import type { PyDictInstance } from "../heap/subclass-instances";
import { PyFunction } from "../heap/callables";
import { getItem } from "../vm/subscript";
import { dictGet, dictSet, dictDel, dictFind } from "../vm/dicts";
import { compareValues } from "../vm/comparisons";
import { binaryOp } from "../vm/operators";
import { forEachItem } from "../vm/iteration";
import type { VM } from "../vm/vm";
import { ADD, SUB, isCounter, newCounter } from "./counter";

const arith = (vm: VM, op: number, a: PyObject, b: PyObject) => binaryOp(vm, op, a, b);

const isPositive = (vm: VM, count: PyObject) => compareValues(vm, count, vm.int(0), "Gt");
const isNegative = (vm: VM, count: PyObject) => compareValues(vm, count, vm.int(0), "Lt");

/** `other[elem]` of a Counter: its count, or 0 (__missing__). */
function countOf(vm: VM, c: PyDict, elem: PyObject): PyObject {
	return vm.incref(dictGet(vm, c, elem) ?? vm.int(0));
}

type Combine = (vm: VM, count: PyObject, otherCount: PyObject) => PyObject | null;

/** __add__, __sub__, __or__, __and__: a new Counter of the positive results (and the other's own elements). */
function combine(vm: VM, a: PyDictInstance, b: PyDictInstance, each: Combine, fromOther: ((vm: VM, count: PyObject) => PyObject | null) | null): PyDictInstance {
	const result = newCounter(vm, [], null);
	return vm.heap.build(result, "Counter being built", () => {
		for (const e of [...a.entries.values()]) {
			const other = countOf(vm, b, e.key);
			try {
				const value = each(vm, e.value, other);
				if (value) {
					dictSet(vm, result, e.key, value);
					vm.decref(value);
				}
			} finally {
				vm.decref(other);
			}
		}
		if (!fromOther) return;
		for (const e of [...b.entries.values()]) {
			if (dictFind(vm, a, e.key) !== undefined) continue;
			const value = fromOther(vm, e.value);
			if (value) {
				dictSet(vm, result, e.key, value);
				vm.decref(value);
			}
		}
	});
}

function keepIf(vm: VM, value: PyObject): PyObject | null {
	if (isPositive(vm, value)) return value;
	vm.decref(value);
	return null;
}

const OPERATIONS: Record<string, [Combine, ((vm: VM, count: PyObject) => PyObject | null) | null]> = {
	Add: [(vm, count, other) => keepIf(vm, arith(vm, ADD, count, other)), (vm, count) => (isPositive(vm, count) ? vm.incref(count) : null)],
	Sub: [(vm, count, other) => keepIf(vm, arith(vm, SUB, count, other)), (vm, count) => (isNegative(vm, count) ? arith(vm, SUB, vm.int(0), count) : null)],
	BitOr: [(vm, count, other) => keepIf(vm, vm.incref(compareValues(vm, count, other, "Lt") ? other : count)), (vm, count) => (isPositive(vm, count) ? vm.incref(count) : null)],
	BitAnd: [(vm, count, other) => keepIf(vm, vm.incref(compareValues(vm, count, other, "Lt") ? count : other)), null],
};

/** `a op b` when either is a Counter: the new Counter, or undefined (NotImplemented) when the other is not one. */
export function counterBinary(vm: VM, op: string, a: PyObject, b: PyObject, inplace: boolean): PyObject | undefined {
	const operation = OPERATIONS[op];
	if (!operation || !isCounter(a)) return undefined;
	if (inplace) return combineInPlace(vm, op, a, b);
	if (!isCounter(b)) return undefined;
	return combine(vm, a, b, operation[0], operation[1]);
}

/** The (key, value) pairs of `other.items()`: a dict's entries as they are, else whatever its items() yields. */
function itemsOf(vm: VM, other: PyObject): [PyObject, PyObject][] {
	if (other instanceof PyDict && !(other.cls.lookup("items") instanceof PyFunction)) return [...other.entries.values()].map((e) => [e.key, e.value]);
	const items = vm.callMethod(other, "items", []);
	const pairs: [PyObject, PyObject][] = [];
	try {
		forEachItem(vm, items, (pair) => {
			const [key, value] = unpackPair(vm, pair);
			pairs.push([key, value]);
		});
	} finally {
		vm.decref(items);
	}
	return pairs;
}

/** `elem, count = pair` of a for loop over items(). */
function unpackPair(vm: VM, pair: PyObject): [PyObject, PyObject] {
	if (pair instanceof PyTuple || pair instanceof PyList) {
		if (pair.items.length === 2) return [pair.items[0]!, pair.items[1]!];
		if (pair.items.length > 2) vm.raise("ValueError", "too many values to unpack (expected 2)");
		vm.raise("ValueError", `not enough values to unpack (expected 2, got ${pair.items.length})`);
	}
	return vm.raise("TypeError", `cannot unpack non-iterable ${pair.typeName} object`);
}

/**
 * __iadd__, __isub__, __ior__ and __iand__: self changed in place from `other.items()` (any mapping; __iand__
 * walks self's items and reads `other[elem]`), then _keep_positive deletes every count not above zero.
 */
function combineInPlace(vm: VM, op: string, self: PyDictInstance, other: PyObject): PyObject {
	const setCount = (elem: PyObject, value: PyObject) => {
		try {
			dictSet(vm, self, elem, value);
		} finally {
			vm.decref(value);
		}
	};
	if (op === "BitAnd") {
		for (const e of [...self.entries.values()]) {
			const otherCount = getItem(vm, other, e.key);
			if (compareValues(vm, otherCount, e.value, "Lt")) setCount(e.key, otherCount);
			else vm.decref(otherCount);
		}
	} else {
		for (const [elem, otherCount] of itemsOf(vm, other)) {
			const count = countOf(vm, self, elem);
			try {
				if (op === "Add") setCount(elem, arith(vm, ADD, count, otherCount));
				else if (op === "Sub") setCount(elem, arith(vm, SUB, count, otherCount));
				else if (compareValues(vm, otherCount, count, "Gt")) setCount(elem, vm.incref(otherCount));
			} finally {
				vm.decref(count);
			}
		}
	}
	const nonpositive = [...self.entries.values()].filter((e) => !isPositive(vm, e.value)).map((e) => e.key);
	for (const elem of nonpositive) dictDel(vm, self, elem);
	return vm.incref(self);
}

/** __pos__ and __neg__: a new Counter of the positive counts, or of the negated negative ones. */
export function counterUnary(vm: VM, c: PyDictInstance, negate: boolean): PyDictInstance {
	const result = newCounter(vm, [], null);
	return vm.heap.build(result, "Counter being built", () => {
		for (const e of [...c.entries.values()]) {
			if (!negate && isPositive(vm, e.value)) dictSet(vm, result, e.key, e.value);
			if (negate && isNegative(vm, e.value)) {
				const value = arith(vm, SUB, vm.int(0), e.value);
				dictSet(vm, result, e.key, value);
				vm.decref(value);
			}
		}
	});
}

/**
 * Counter's comparisons between Counters (3.10+): `all(self[e] op other[e] for c in (self, other) for e in c)`
 * for ==, <= and >=, a missing element counting 0; != is not ==, < is <= and !=, > is >= and !=.
 */
export function counterCompare(vm: VM, a: PyDictInstance, b: PyDictInstance, op: string): boolean {
	if (op === "NotEq") return !counterCompare(vm, a, b, "Eq");
	if (op === "Lt" || op === "Gt") return counterCompare(vm, a, b, op === "Lt" ? "LtE" : "GtE") && !counterCompare(vm, a, b, "Eq");
	for (const c of [a, b]) {
		for (const e of [...c.entries.values()]) {
			const mine = countOf(vm, a, e.key);
			const theirs = countOf(vm, b, e.key);
			try {
				if (!compareValues(vm, mine, theirs, op)) return false;
			} finally {
				vm.decref(mine);
				vm.decref(theirs);
			}
		}
	}
	return true;
}
