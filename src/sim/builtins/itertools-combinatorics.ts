// itertools.product, permutations, combinations and combinations_with_replacement: each holds its pools as
// tuples and the result tuple it last handed out. While only it holds that tuple (the caller dropped it) the
// next one is the same tuple updated in place; otherwise it copies the tuple first (Py_REFCNT(result) > 1).
import type { PyObject } from "../heap/object";
import type { PyTuple } from "../heap/containers";
import { PyInt } from "../heap/values";
import type { PyToolIterator } from "../heap/tool-iterators";
import { sequenceTuple } from "../vm/sequence-tuple";
import type { VM } from "../vm/vm";
import { clinicArguments, newToolIterator, setSlot } from "./itertools-support";
import type { ModuleTypeConstructor } from "./module-type-constructors";
import { fetchEach } from "./fetch-each";
import { ssize } from "../vm/ssize";

/** The result tuple, made fit to be updated: copied (the copy now held in `slot`) if anyone else holds it. */
function ownResult(vm: VM, it: PyToolIterator, slot: number): PyTuple {
	const result = it.slots[slot] as PyTuple;
	if (result.refcnt > 1) {
		const copy = vm.tuple(result.items.map((x) => vm.incref(x)));
		setSlot(vm, it, slot, copy);
		return copy;
	}
	// The collector may have untracked it (bpo-42536).
	if (!result.tracked && result.items.length) vm.heap.track(result);
	return result;
}

/** result[i] = pool item (PyTuple_SET_ITEM after an incref, then the old item released). */
function replaceItem(vm: VM, result: PyTuple, i: number, value: PyObject): void {
	const old = result.items[i]!;
	result.items[i] = vm.incref(value);
	vm.heap.observer?.contentChanged(result);
	vm.decref(old);
}

/** The first result: a new tuple of the pool items at `indices`, kept in `slot`; a new reference is returned. */
function firstResult(vm: VM, it: PyToolIterator, slot: number, items: PyObject[]): PyTuple {
	const result = vm.tuple(items.map((x) => vm.incref(x)));
	setSlot(vm, it, slot, result);
	return vm.incref(result);
}

/** permutations' r: None or an int (PyLong_Check), read once the pool exists. */
function permutationLength(vm: VM, given: PyObject | undefined, n: number): number {
	if (given === undefined || given === vm.None) return n;
	if (!(given instanceof PyInt)) vm.raise("TypeError", "Expected int as r");
	return nonNegative(vm, ssize(vm, given));
}

function nonNegative(vm: VM, r: number): number {
	if (r < 0) vm.raise("ValueError", "r must be non-negative");
	return r;
}

/** product(*iterables, repeat=1): pools = each iterable as a tuple (a tuple is its own pool), repeated. */
export const product: ModuleTypeConstructor = (vm, args, kw) => {
	const [repeatArg] = clinicArguments(vm, "product", [], kw, { names: ["repeat"], required: 0 });
	const times = repeatArg === undefined ? 1 : ssize(vm, repeatArg);
	if (times < 0) vm.raise("ValueError", "repeat argument cannot be negative");
	const label = "pools for a new product";
	const own = fetchEach(vm, args, (x) => sequenceTuple(vm, x), label);
	const pools: PyTuple[] = [];
	for (let r = 0; r < times; r++) for (const p of own) pools.push(r === 0 ? p : vm.incref(p));
	if (times === 0) own.forEach((p) => vm.decref(p));
	const poolTuple = vm.tuple(pools);
	const indices = pools.map(() => 0);
	let stopped = false;
	// tp_basicsize 48, plus __sizeof__'s index per pool.
	return newToolIterator(vm, "product", [["pools", poolTuple], ["result tuple", null]], 48 + 8 * pools.length, (it) => {
		if (stopped) return null;
		if (!it.slots[1]) {
			const empty = pools.findIndex((p) => p.items.length === 0);
			if (empty < 0) return firstResult(vm, it, 1, pools.map((p) => p.items[0]!));
			// The result tuple is made and kept even so, filled up to the empty pool (NULL after it in CPython:
			// None here, which nothing shows).
			const firsts = pools.map((p, i) => (i < empty ? p.items[0]! : vm.None));
			vm.decref(firstResult(vm, it, 1, firsts));
			stopped = true;
			return null;
		}
		const result = ownResult(vm, it, 1);
		let i = pools.length - 1;
		for (; i >= 0; i--) {
			const pool = pools[i]!.items;
			indices[i]!++;
			if (indices[i] === pool.length) {
				indices[i] = 0;
				replaceItem(vm, result, i, pool[0]!);
			} else {
				replaceItem(vm, result, i, pool[indices[i]!]!);
				break;
			}
		}
		if (i < 0) {
			stopped = true;
			return null;
		}
		return vm.incref(result);
	});
};

/** The pool of permutations and combinations: tuple(iterable). */
function poolOf(vm: VM, iterable: PyObject): PyTuple {
	return sequenceTuple(vm, iterable);
}

/** permutations(iterable, r=None): rotating indices and cycles, the result updated from the leftmost change. */
export const permutations: ModuleTypeConstructor = (vm, args, kw) => {
	const [iterable, rArg] = clinicArguments(vm, "permutations", args, kw, { names: ["iterable", "r"], required: 1, clinicModule: "itertools" });
	const pool = poolOf(vm, iterable!);
	const n = pool.items.length;
	const r = vm.heap.releaseIfRaises(pool, "pool of a new permutations", () => permutationLength(vm, rArg, n));
	const indices = Array.from({ length: n }, (_, i) => i);
	const cycles = Array.from({ length: r }, (_, i) => n - i);
	let stopped = r > n;
	return newToolIterator(vm, "permutations", [["pool", pool], ["result tuple", null]], 64 + 8 * n + 8 * r, (it) => {
		if (stopped) return null;
		if (!it.slots[1]) return firstResult(vm, it, 1, indices.slice(0, r).map((k) => pool.items[k]!));
		if (n === 0) {
			stopped = true;
			return null;
		}
		const result = ownResult(vm, it, 1);
		let i = r - 1;
		for (; i >= 0; i--) {
			cycles[i]!--;
			if (cycles[i] === 0) {
				const index = indices[i]!;
				for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1]!;
				indices[n - 1] = index;
				cycles[i] = n - i;
			} else {
				const j = cycles[i]!;
				[indices[i], indices[n - j]] = [indices[n - j]!, indices[i]!];
				for (let k = i; k < r; k++) replaceItem(vm, result, k, pool.items[indices[k]!]!);
				break;
			}
		}
		if (i < 0) {
			stopped = true;
			return null;
		}
		return vm.incref(result);
	});
};

/** combinations(iterable, r) and combinations_with_replacement(iterable, r): indices scanned right to left. */
function combinationsOf(kind: "combinations" | "combinations_with_replacement"): ModuleTypeConstructor {
	const replacing = kind === "combinations_with_replacement";
	return (vm, args, kw) => {
		const [iterable, rArg] = clinicArguments(vm, kind, args, kw, { names: ["iterable", "r"], required: 2, clinicModule: "itertools" });
		// Argument Clinic converts r before the pool is made; its sign is checked after.
		const given = ssize(vm, rArg!);
		const pool = poolOf(vm, iterable!);
		const n = pool.items.length;
		const r = vm.heap.releaseIfRaises(pool, `pool of a new ${kind}`, () => nonNegative(vm, given));
		const indices = Array.from({ length: r }, (_, i) => (replacing ? 0 : i));
		let stopped = replacing ? n === 0 && r > 0 : r > n;
		return newToolIterator(vm, kind, [["pool", pool], ["result tuple", null]], 56 + 8 * r, (it) => {
			if (stopped) return null;
			if (!it.slots[1]) return firstResult(vm, it, 1, indices.map((k) => pool.items[k]!));
			const result = ownResult(vm, it, 1);
			let i = r - 1;
			if (replacing) while (i >= 0 && indices[i] === n - 1) i--;
			else while (i >= 0 && indices[i] === i + n - r) i--;
			if (i < 0) {
				stopped = true;
				return null;
			}
			indices[i]!++;
			for (let j = i + 1; j < r; j++) indices[j] = replacing ? indices[i]! : indices[j - 1]! + 1;
			for (; i < r; i++) replaceItem(vm, result, i, pool.items[indices[i]!]!);
			return vm.incref(result);
		});
	};
}

export const combinations = combinationsOf("combinations");
export const combinationsWithReplacement = combinationsOf("combinations_with_replacement");
