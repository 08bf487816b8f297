// collections.Counter, a dict subclass written in Python (Lib/collections/__init__.py, 3.11). Its instances
// are what a Python dict subclass's are (the dict plus a __weakref__ slot and a managed __dict__, holding
// their class); its methods run natively, with the effects the Python code has once it returns: the same
// entries, values and result objects (elements() builds the same chain(starmap(repeat, items)) objects).
import type { PyObject } from "../heap/object";
import { T } from "../heap/classes";
import { PyDict } from "../heap/containers";
import { PyDictView } from "../heap/views";
import { iteratorTypes } from "../heap/classes";
import { PyDictInstance } from "../heap/subclass-instances";
import { PyDescriptor, type NativeImpl } from "../heap/callables";
import { dictGet, dictSet, dictDel } from "../vm/dicts";
import { dictGetKnownHash, dictSetKnownHash, hashOnce } from "../vm/known-hash-dicts";
import { dictUpdate } from "../vm/mutations";
import { compareValues } from "../vm/comparisons";
import { binaryOp } from "../vm/operators";
import { BINARY_OPS } from "../compile/code";
import { forEachItem } from "../vm/iteration";
import { repr } from "../vm/repr";
import { withoutException } from "../vm/protocol";
import { chainFromIterable } from "./itertools-chains";
import { defineMethods, globalShared, nativeFunction } from "./types";
import { defArguments, defMethod } from "./def-arguments";
import type { VM } from "../vm/vm";
import type { PyModule } from "../heap/callables";

export function isCounter(o: PyObject): o is PyDictInstance {
	return o instanceof PyDictInstance && o.cls === T.Counter;
}

export const ADD = BINARY_OPS.indexOf("Add");
export const SUB = BINARY_OPS.indexOf("Sub");

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

/**
 * _count_elements: 1 itself for a new element, else `old + 1` (the old count's own __add__ first), read and
 * stored with one hash of the element (its __hash__ runs once).
 */
function countElement(vm: VM, c: PyDict, elem: PyObject): void {
	const hash = hashOnce(vm, elem);
	const old = dictGetKnownHash(vm, c, elem, hash);
	const value = old === undefined ? vm.int(1) : binaryOp(vm, ADD, old, vm.int(1));
	try {
		dictSetKnownHash(vm, c, elem, value, hash);
	} finally {
		vm.decref(value);
	}
}

/** update (sign 1) and subtract (sign -1): a mapping's counts, or each element of an iterable counted once. */
function update(vm: VM, c: PyDictInstance, source: PyObject | undefined, kw: Map<string, PyObject> | null, sign: 1 | -1): void {
	if (source && source !== vm.None) {
		if (source instanceof PyDict) {
			// update's fast path when the counter is empty: dict.update (dict_merge, with the stored hashes).
			if (sign === 1 && c.entries.size === 0) dictUpdate(vm, c, source, false);
			else for (const e of [...source.entries.values()]) addCount(vm, c, e.key, e.value, sign);
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

/** A function of a library module, looked up as the module's code would (`heapq.nlargest`): a new reference. */
function libraryFunction(vm: VM, moduleName: string, name: string): PyObject {
	const module = vm.importModule(moduleName) as PyModule;
	try {
		return vm.incref(vm.dictGetStr(module.dict, name)!);
	} finally {
		vm.decref(module);
	}
}

/**
 * most_common(n): `heapq.nlargest(n, self.items(), key=_itemgetter(1))`, so an n that is no int fails where
 * nlargest's comparisons and slices do, with their messages.
 */
const MOST_COMMON_ITEMS = "self.items() (Counter.most_common)";
const MOST_COMMON_KEY = "_itemgetter(1) (Counter.most_common)";

function mostCommonOf(vm: VM, c: PyDict, n: PyObject): PyObject {
	// The call's operands in the order the method pushes them, released in that order once nlargest is back.
	const nlargest = libraryFunction(vm, "heapq", "nlargest");
	let items: PyObject | null = null;
	let key: PyObject | null = null;
	try {
		const view = vm.callMethod(c, "items", []);
		vm.heap.adopt(view, MOST_COMMON_ITEMS);
		items = view;
		const itemgetter = libraryFunction(vm, "operator", "itemgetter");
		const one = vm.int(1);
		try {
			key = vm.callObject(itemgetter, [one]);
			vm.heap.adopt(key, MOST_COMMON_KEY);
		} finally {
			vm.decref(itemgetter);
			vm.decref(one);
		}
		return vm.callObject(nlargest, [n, view], new Map([["key", key]]));
	} finally {
		vm.decref(nlargest);
		if (items) vm.heap.release(items, MOST_COMMON_ITEMS);
		if (key) vm.heap.release(key, MOST_COMMON_KEY);
	}
}

/** most_common(): sorted by count, largest first, ties in insertion order; the first n when n is given. */
function mostCommon(vm: VM, c: PyDict, n: PyObject | undefined): PyObject {
	if (n && n !== vm.None) return mostCommonOf(vm, c, n);
	const entries = [...c.entries.values()];
	const order = entries.map((e, i) => i);
	order.sort((i, j) => {
		const a = entries[i]!.value;
		const b = entries[j]!.value;
		if (compareValues(vm, b, a, "Lt")) return -1;
		return compareValues(vm, a, b, "Lt") ? 1 : 0;
	});
	return vm.list(order.map((i) => vm.tuple([vm.incref(entries[i]!.key), vm.incref(entries[i]!.value)])));
}

const MOST_COMMON = "self.most_common() (Counter.__repr__)";
const SHOWN_DICT = "d (Counter.__repr__)";

/**
 * Counter.__repr__: `Counter()`, else `Counter({d!r})` of `d = dict(self.most_common())`, or of `dict(self)` when
 * the counts do not order (most_common's sort raised TypeError); the list of pairs is gone before d's repr.
 */
export function counterRepr(vm: VM, c: PyDictInstance): string {
	if (c.entries.size === 0) return `${c.cls.name}()`;
	const pairs = withoutException(vm, "TypeError", () => mostCommon(vm, c, undefined));
	const d = pairs ? vm.heap.whileOwned(pairs, MOST_COMMON, () => vm.callObject(T.dict, [pairs])) : vm.callObject(T.dict, [c]);
	return vm.heap.whileOwned(d, SHOWN_DICT, () => `${c.cls.name}(${repr(vm, d)})`);
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
	most_common: defMethod("Counter.most_common", ["n"], 0, (vm, [n], self) => mostCommon(vm, counter(self), n)),
	total: defMethod("Counter.total", [], 0, (vm, _args, self) => {
		let sum: PyObject = vm.int(0);
		for (const e of [...counter(self).entries.values()]) {
			const next = binaryOp(vm, ADD, sum, e.value);
			vm.decref(sum);
			sum = next;
		}
		return sum;
	}),
	elements: defMethod("Counter.elements", [], 0, (vm, _args, self) => {
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
	}),
	copy: defMethod("Counter.copy", [], 0, (vm, _args, self) => {
		// self.__class__(self): an empty counter takes the items by dict.update.
		const c = newCounter(vm, [], null);
		for (const e of [...counter(self).entries.values()]) dictSet(vm, c, e.key, e.value);
		return c;
	}),
	__delitem__: (vm, args, _kw, self) => {
		// Like dict.__delitem__() but does not raise KeyError for missing values.
		dictDel(vm, counter(self), args[0]!);
		return none(vm);
	},
};

const ITEMS = "self.items() (Counter.elements)";
const STARMAP = "starmap object (Counter.elements)";

/** @classmethod def fromkeys(cls, iterable, v=None): refused once its arguments are bound. */
const fromkeys: NativeImpl = (vm, args, kw) => {
	defArguments(vm, "Counter.fromkeys", args, kw, ["cls", "iterable", "v"], 2);
	return vm.raise("NotImplementedError", "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
};

export function installCounterMethods(): void {
	defineMethods(T.Counter, COUNTER_METHODS);
	T.Counter.dict.set("fromkeys", globalShared(new PyDescriptor("classmethod", [nativeFunction("fromkeys", fromkeys)])));
}

