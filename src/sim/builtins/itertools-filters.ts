// itertools.accumulate, takewhile, dropwhile, filterfalse, compress, starmap and zip_longest: iterators that
// call back into Python for each item, holding it meanwhile (3.11's Modules/itertoolsmodule.c).
import type { PyObject } from "../heap/object";
import { PyTuple } from "../heap/containers";
import { allocateTupleOfLength, sequenceTuple } from "../vm/sequence-tuple";
import { isTruthy } from "../vm/protocol";
import { T } from "../heap/classes";
import type { VM } from "../vm/vm";
import { clinicArguments, newToolIterator, positionalArguments, setSlot } from "./itertools-support";
import type { ModuleTypeConstructor } from "./module-type-constructors";
import { fetchEach } from "./fetch-each";

/** PyObject_CallOneArg(func, item) then PyObject_IsTrue of the result, `item` held meanwhile. */
function predicate(vm: VM, func: PyObject, item: PyObject, label: string): boolean {
	return vm.heap.releaseIfRaises(item, label, () => {
		const verdict = vm.callObject(func, [item]);
		try {
			return isTruthy(vm, verdict);
		} finally {
			vm.decref(verdict);
		}
	});
}

/** accumulate(iterable, func=None, *, initial=None): it keeps the running total (and hands out new references to it). */
export const accumulate: ModuleTypeConstructor = (vm, args, kw) => {
	const [iterable, func, initial] = clinicArguments(vm, "accumulate", args, kw, { names: ["iterable", "func", "initial"], required: 1, positional: 2, clinicModule: "itertools" });
	const source = vm.getIter(iterable!);
	const binop = func && func !== vm.None ? vm.incref(func) : null;
	// Slots in tp_traverse order: binop, it, total, initial; tp_dealloc releases binop, total, it, initial.
	return newToolIterator(vm, "accumulate", [["func", binop], ["iterator", source], ["running total", null], ["initial", vm.incref(initial ?? vm.None)]], 48, (it) => {
		if (it.slots[3] !== vm.None) {
			// The initial value becomes the total; the slot gets None.
			const start = it.slots[3]!;
			it.slots[3] = vm.None;
			it.slots[2] = start;
			vm.heap.observer?.contentChanged(it);
			return vm.incref(start);
		}
		const value = vm.iterNext(it.slots[1]!);
		if (!value) return null;
		const total = it.slots[2];
		if (!total) {
			setSlot(vm, it, 2, vm.incref(value));
			return value;
		}
		const newTotal = vm.heap.releaseIfRaises(value, "item accumulate adds", () => (it.slots[0] ? vm.callObject(it.slots[0], [total, value]) : vm.binary("Add", total, value)));
		vm.decref(value);
		setSlot(vm, it, 2, newTotal);
		return vm.incref(newTotal);
	}, [0, 2, 1, 3]);
};

/** takewhile(predicate, iterable): items until the first that fails; it then stops for good. */
export const takewhile: ModuleTypeConstructor = (vm, args, kw) => {
	positionalArguments(vm, "takewhile", args, kw, 2);
	const source = vm.getIter(args[1]!);
	let stopped = false;
	return newToolIterator(vm, "takewhile", [["predicate", vm.incref(args[0]!)], ["iterator", source]], 40, (it) => {
		if (stopped) return null;
		const item = vm.iterNext(it.slots[1]!);
		if (!item) return null;
		if (predicate(vm, it.slots[0]!, item, "item takewhile is testing")) return item;
		vm.decref(item);
		stopped = true;
		return null;
	});
};

/** dropwhile(predicate, iterable): items from the first that fails the predicate on, without testing again. */
export const dropwhile: ModuleTypeConstructor = (vm, args, kw) => {
	positionalArguments(vm, "dropwhile", args, kw, 2);
	const source = vm.getIter(args[1]!);
	let started = false;
	return newToolIterator(vm, "dropwhile", [["predicate", vm.incref(args[0]!)], ["iterator", source]], 40, (it) => {
		for (;;) {
			const item = vm.iterNext(it.slots[1]!);
			if (!item) return null;
			if (started) return item;
			if (!predicate(vm, it.slots[0]!, item, "item dropwhile is testing")) {
				started = true;
				return item;
			}
			vm.decref(item);
		}
	});
};

/** filterfalse(predicate, iterable): the items whose predicate is false (their truth, for None or bool). */
export const filterfalse: ModuleTypeConstructor = (vm, args, kw) => {
	positionalArguments(vm, "filterfalse", args, kw, 2);
	const source = vm.getIter(args[1]!);
	return newToolIterator(vm, "filterfalse", [["predicate", vm.incref(args[0]!)], ["iterator", source]], 32, (it) => {
		const func = it.slots[0]!;
		for (;;) {
			const item = vm.iterNext(it.slots[1]!);
			if (!item) return null;
			const keep = func === vm.None || func === T.bool ? vm.heap.releaseIfRaises(item, "item filterfalse is testing", () => isTruthy(vm, item)) : predicate(vm, func, item, "item filterfalse is testing");
			if (!keep) return item;
			vm.decref(item);
		}
	});
};

/** compress(data, selectors): each datum whose selector is true. */
export const compress: ModuleTypeConstructor = (vm, args, kw) => {
	const [data, selectors] = clinicArguments(vm, "compress", args, kw, { names: ["data", "selectors"], required: 2, clinicModule: "itertools" });
	const dataIterator = vm.getIter(data!);
	const selectorIterator = vm.heap.releaseIfRaises(dataIterator, "iterator for a new compress", () => vm.getIter(selectors!));
	return newToolIterator(vm, "compress", [["data", dataIterator], ["selectors", selectorIterator]], 32, (it) => {
		for (;;) {
			const datum = vm.iterNext(it.slots[0]!);
			if (!datum) return null;
			const selector = vm.heap.releaseIfRaises(datum, "datum compress is testing", () => vm.iterNext(it.slots[1]!));
			if (!selector) {
				vm.decref(datum);
				return null;
			}
			let keep: boolean;
			try {
				keep = vm.heap.releaseIfRaises(datum, "datum compress is testing", () => isTruthy(vm, selector));
			} finally {
				vm.decref(selector);
			}
			if (keep) return datum;
			vm.decref(datum);
		}
	});
};

/** starmap(function, iterable): function(*args) for each args (made a tuple unless it is one). */
export const starmap: ModuleTypeConstructor = (vm, args, kw) => {
	positionalArguments(vm, "starmap", args, kw, 2);
	const source = vm.getIter(args[1]!);
	return newToolIterator(vm, "starmap", [["function", vm.incref(args[0]!)], ["iterator", source]], 32, (it) => {
		let argument = vm.iterNext(it.slots[1]!);
		if (!argument) return null;
		if (!(argument instanceof PyTuple && argument.cls === T.tuple)) {
			const given = argument;
			try {
				argument = vm.heap.releaseIfRaises(given, "item starmap unpacks", () => sequenceTuple(vm, given));
			} finally {
				vm.decref(given);
			}
		}
		const tuple = argument as PyTuple;
		try {
			return vm.heap.releaseIfRaises(tuple, "arguments of starmap's call", () => vm.callObject(it.slots[0]!, tuple.items));
		} finally {
			vm.decref(tuple);
		}
	});
};

const ITERATORS = 0;
const RESULT = 1;
const FILL = 2;

/**
 * zip_longest(*iterables, fillvalue=None): a tuple of the iterators and a result tuple it refills while only it
 * holds it. An exhausted iterator leaves the tuple (its slot is NULL in CPython: here None, never shown).
 */
export const zipLongest: ModuleTypeConstructor = (vm, args, kw) => {
	const fill = kw?.get("fillvalue") ?? vm.None;
	if (kw && kw.size > (kw.has("fillvalue") ? 1 : 0)) vm.raise("TypeError", "zip_longest() got an unexpected keyword argument");
	const label = "iterators for a new zip_longest";
	const iterators = fetchEach(vm, args, (x) => vm.getIter(x), label);
	const size = iterators.length;
	const iteratorTuple = vm.tuple(iterators);
	const result = vm.heap.releaseIfRaises(iteratorTuple, label, () => vm.tuple(Array.from({ length: size }, () => vm.None)));
	const active = iterators.map(() => true);
	let activeCount = size;
	return newToolIterator(vm, "zip_longest", [["iterators", iteratorTuple], ["result tuple", result], ["fillvalue", vm.incref(fill)]], 56, (self) => {
		if (size === 0 || activeCount === 0) return null;
		const shared = self.slots[RESULT] as PyTuple;
		const reuse = shared.refcnt === 1;
		// The tuple it refills, or a new one allocated before any item is fetched (PyTuple_New).
		const tuple = reuse ? vm.incref(shared) : allocateTupleOfLength(vm, size);
		const label = reuse ? "zip_longest's result tuple being refilled" : "zip_longest's next tuple being filled";
		vm.heap.adopt(tuple, label);
		const giveUp = () => {
			// Freed with the length it was allocated with (its unfilled slots are NULL in CPython).
			while (tuple.items.length < size) tuple.items.push(vm.None);
			vm.heap.release(tuple, label);
		};
		try {
			for (let i = 0; i < size; i++) {
				let item: PyObject;
				if (!active[i]) item = vm.incref(self.slots[FILL]!);
				else {
					const next = vm.iterNext((self.slots[ITERATORS] as PyTuple).items[i]!);
					if (next) item = next;
					else {
						activeCount--;
						if (activeCount === 0) {
							giveUp();
							return null;
						}
						item = vm.incref(self.slots[FILL]!);
						active[i] = false;
						const iterators = self.slots[ITERATORS] as PyTuple;
						const spent = iterators.items[i]!;
						iterators.items[i] = vm.None;
						vm.heap.observer?.contentChanged(iterators);
						vm.decref(spent);
					}
				}
				if (reuse) {
					const old = tuple.items[i]!;
					tuple.items[i] = item;
					vm.heap.observer?.contentChanged(tuple);
					vm.decref(old);
				} else {
					tuple.items.push(item);
					vm.heap.observer?.contentChanged(tuple);
				}
			}
		} catch (e) {
			activeCount = 0;
			giveUp();
			throw e;
		}
		vm.heap.disown(tuple, label);
		// The collector may have untracked the reused tuple (bpo-42536).
		if (!tuple.tracked) vm.heap.track(tuple);
		return tuple;
	});
};

export { setSlot };
