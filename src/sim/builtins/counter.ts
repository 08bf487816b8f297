// collections.Counter, a dict subclass written in Python (Lib/collections/__init__.py, 3.11). Its instances
// are what a Python dict subclass's are (the dict plus a __weakref__ slot and a managed __dict__, holding
// their class); its methods run natively, with the effects the Python code has once it returns: the same
// entries, values and result objects (elements() builds the same chain(starmap(repeat, items)) objects).
import type { PyObject } from "../heap/object";
import { T } from "../heap/classes";
import { PyDict, PyList, PyTuple } from "../heap/containers";
import { PyDictView } from "../heap/views";
import { iteratorTypes } from "../heap/classes";
import { PyDictInstance } from "../heap/subclass-instances";
import { PyFunction, type NativeImpl } from "../heap/callables";
import { getItem } from "../vm/subscript";
import { dictGet, dictSet, dictDel, dictFind } from "../vm/dicts";
import { compareValues } from "../vm/comparisons";
import { binaryOp } from "../vm/operators";
import { BINARY_OPS } from "../compile/code";
import { forEachItem } from "../vm/iteration";
import { repr } from "../vm/repr";
import { withoutException } from "../vm/protocol";
import { chainFromIterable } from "./itertools-chains";
import { defineMethods } from "./types";
import type { VM } from "../vm/vm";

export function isCounter(o: PyObject): o is PyDictInstance {
	return o instanceof PyDictInstance && o.cls === T.Counter;
}

const ADD = BINARY_OPS.indexOf("Add");
const SUB = BINARY_OPS.indexOf("Sub");
const arith = (vm: VM, op: number, a: PyObject, b: PyObject) => binaryOp(vm, op, a, b);

/** Counter(iterable=None, /, **kwds): dict.__init__, then update. */
export function newCounter(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyDictInstance {
	if (args.length > 1) vm.raise("TypeError", `Counter.__init__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
	const c = vm.heap.register(new PyDictInstance(T.Counter));
	return vm.heap.build(c, "Counter being built", () => update(vm, c, args[0], kw, 1));
}

/** `count + self.get(elem, 0)` (sign 1, update) or `self.get(elem, 0) - count` (sign -1, subtract), stored. */
function addCount(vm: VM, c: PyDict, elem: PyObject, count: PyObject, sign: 1 | -1): void {
	const old = dictGet(vm, c, elem) ?? vm.int(0);
	const value = sign === 1 ? binaryOp(vm, ADD, count, old) : binaryOp(vm, SUB, old, count);
	try {
		dictSet(vm, c, elem, value);
	} finally {
		vm.decref(value);
	}
}

/** _count_elements: 1 itself for a new element, else `old + 1` (the old count's own __add__ first). */
function countElement(vm: VM, c: PyDict, elem: PyObject): void {
	const old = dictGet(vm, c, elem);
	const value = old === undefined ? vm.int(1) : binaryOp(vm, ADD, old, vm.int(1));
	try {
		dictSet(vm, c, elem, value);
	} finally {
		vm.decref(value);
	}
}

/** update (sign 1) and subtract (sign -1): a mapping's counts, or each element of an iterable counted once. */
function update(vm: VM, c: PyDictInstance, source: PyObject | undefined, kw: Map<string, PyObject> | null, sign: 1 | -1): void {
	if (source && source !== vm.None) {
		if (source instanceof PyDict) {
			// update's fast path when the counter is empty: dict.update.
			const pairs = [...source.entries.values()];
			if (sign === 1 && c.entries.size === 0) for (const e of pairs) dictSet(vm, c, e.key, e.value);
			else for (const e of pairs) addCount(vm, c, e.key, e.value, sign);
		} else if (sign === 1) {
			forEachItem(vm, source, (elem) => countElement(vm, c, elem));
		} else forEachItem(vm, source, (elem) => addCount(vm, c, elem, vm.int(1), -1));
	}
	// Keywords are `self.update(kwds)` (or subtract): a mapping, so update's fast path applies to them too.
	const emptyBefore = sign === 1 && c.entries.size === 0;
	for (const [name, value] of kw ?? []) {
		if (emptyBefore) dictSet(vm, c, vm.intern(name), value);
		else addCount(vm, c, vm.intern(name), value, sign);
	}
}

/** most_common(): sorted by count, largest first, ties in insertion order; the first n when n is given. */
function mostCommon(vm: VM, c: PyDict, n: PyObject | undefined): PyObject {
	const entries = [...c.entries.values()];
	const order = entries.map((e, i) => i);
	order.sort((i, j) => {
		const a = entries[i]!.value;
		const b = entries[j]!.value;
		if (compareValues(vm, b, a, "Lt")) return -1;
		return compareValues(vm, a, b, "Lt") ? 1 : 0;
	});
	const limit = n && n !== vm.None ? Math.max(0, vm.intValue(n)) : order.length;
	return vm.list(order.slice(0, limit).map((i) => vm.tuple([vm.incref(entries[i]!.key), vm.incref(entries[i]!.value)])));
}

/** Counter.__repr__: `Counter()` or `Counter({most common first})`. */
export function counterRepr(vm: VM, c: PyDictInstance): string {
	if (c.entries.size === 0) return `${c.cls.name}()`;
	// Counts that do not order (most_common's sort raised TypeError) are shown in the dict's own order.
	const pairs = withoutException(vm, "TypeError", () => mostCommon(vm, c, undefined) as PyList);
	if (!pairs) return `${c.cls.name}({${[...c.entries.values()].map((e) => `${repr(vm, e.key)}: ${repr(vm, e.value)}`).join(", ")}})`;
	try {
		const shown = pairs.items.map((t) => (t as PyTuple).items.map((x) => repr(vm, x)).join(": "));
		return `${c.cls.name}({${shown.join(", ")}})`;
	} finally {
		vm.decref(pairs);
	}
}

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

const counter = (self: PyObject | null) => self as PyDictInstance;
const none = (vm: VM) => vm.incref(vm.None);

const COUNTER_METHODS: Record<string, NativeImpl> = {
	__missing__: (vm) => vm.int(0),
	update: (vm, args, kw, self) => {
		if (args.length > 1) vm.raise("TypeError", `Counter.update() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
		update(vm, counter(self), args[0], kw, 1);
		return none(vm);
	},
	subtract: (vm, args, kw, self) => {
		if (args.length > 1) vm.raise("TypeError", `Counter.subtract() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
		update(vm, counter(self), args[0], kw, -1);
		return none(vm);
	},
	most_common: (vm, args, kw, self) => mostCommon(vm, counter(self), args[0] ?? kw?.get("n")),
	total: (vm, _args, _kw, self) => {
		let sum: PyObject = vm.int(0);
		for (const e of [...counter(self).entries.values()]) {
			const next = binaryOp(vm, ADD, sum, e.value);
			vm.decref(sum);
			sum = next;
		}
		return sum;
	},
	elements: (vm, _args, _kw, self) => {
		// _chain.from_iterable(_starmap(_repeat, self.items()))
		const items = vm.heap.register(new PyDictView("items", vm.incref(counter(self))));
		vm.heap.adopt(items, ITEMS);
		let pairs: PyObject;
		try {
			pairs = vm.callObject(iteratorTypes.get("starmap")!, [iteratorTypes.get("repeat")!, items]);
		} finally {
			vm.heap.release(items, ITEMS);
		}
		vm.heap.adopt(pairs, STARMAP);
		try {
			return chainFromIterable(vm, [iteratorTypes.get("chain")!, pairs]);
		} finally {
			vm.heap.release(pairs, STARMAP);
		}
	},
	copy: (vm, _args, _kw, self) => {
		// self.__class__(self): an empty counter takes the items by dict.update.
		const c = newCounter(vm, [], null);
		for (const e of [...counter(self).entries.values()]) dictSet(vm, c, e.key, e.value);
		return c;
	},
	__delitem__: (vm, args, _kw, self) => {
		// Like dict.__delitem__() but does not raise KeyError for missing values.
		dictDel(vm, counter(self), args[0]!);
		return none(vm);
	},
	fromkeys: (vm) => vm.raise("NotImplementedError", "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."),
};

const ITEMS = "self.items() (Counter.elements)";
const STARMAP = "starmap object (Counter.elements)";

export function installCounterMethods(): void {
	defineMethods(T.Counter, COUNTER_METHODS);
}

