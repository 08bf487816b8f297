// zip (zipobject): its iterators in a tuple of their own, a result tuple it refills while only it holds it,
// and strict=True's length checks.
import { tupleFreeList } from "../heap/gc-kinds";
import type { PyObject } from "../heap/object";
import { PyIterator } from "../heap/iterators";
import { PyTuple } from "../heap/containers";
import { giveResultTuple } from "../vm/builtin-iterators";
import { isTruthy } from "../vm/protocol";
import type { VM } from "../vm/vm";

const ZIP_ITEM = "item for zip's next tuple";
const ZIP_RESULT = "zip's result tuple being refilled";

/**
 * zip_next's check once iterator `i` ran out (strict=True): iterators before it gave an item, so it is
 * shorter; if it is the first, every other one must be exhausted too, else that one is longer.
 */
function checkStrictZip(vm: VM, its: PyObject[], i: number): null {
	const plural = (n: number) => (n === 1 ? " 1" : `s 1-${n}`);
	if (i > 0) return vm.raise("ValueError", `zip() argument ${i + 1} is shorter than argument${plural(i)}`);
	for (let j = 1; j < its.length; j++) {
		const x = vm.iterNext(its[j]!);
		if (x) {
			vm.decref(x);
			return vm.raise("ValueError", `zip() argument ${j + 1} is longer than argument${plural(j)}`);
		}
	}
	return null;
}

/** zip_next when only the zip holds its result tuple: each slot is replaced as its iterator yields. */
function refillZipResult(vm: VM, result: PyTuple, its: PyObject[], strict: boolean): PyObject | null {
	vm.heap.hold(result, ZIP_RESULT);
	for (let i = 0; i < its.length; i++) {
		const x = vm.iterNext(its[i]!);
		if (!x) {
			vm.heap.release(result, ZIP_RESULT);
			return strict ? checkStrictZip(vm, its, i) : null;
		}
		const old = result.items[i]!;
		result.items[i] = x;
		vm.heap.observer?.contentChanged(result);
		vm.decref(old);
	}
	if (!result.tracked) vm.heap.track(result);
	vm.heap.disown(result, ZIP_RESULT);
	return result;
}

/**
 * The tuple of items a native fetched (each adopted with `label` while Python code may run): once the tuple
 * holds them, a collection its allocation starts shows them as the new tuple's.
 */
function tupleOfHeld(vm: VM, items: PyObject[], label: string): PyObject {
	for (const x of items) vm.heap.disown(x, label);
	return vm.tuple(items);
}

/**
 * zip_new: the iterators in a tuple of their own (ittuple, also for a single iterable), then the result
 * tuple of Nones, then the zip object holding both.
 */
export function newZip(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null, its: PyObject[]): PyIterator {
	const strictFlag = kw?.get("strict");
	const strict = !!strictFlag && isTruthy(vm, strictFlag);
	const ittuple = vm.tuple(its);
	const zipper: PyIterator = vm.heap.register(new PyIterator("zip", ittuple, (self) => nextZipped(vm, self, its, strict)));
	if (its.length) giveResultTuple(vm, zipper, its.length);
	return zipper;
}

/** zip_next: the result tuple refilled when only the zip holds it, else a new tuple of the next items. */
function nextZipped(vm: VM, zipper: PyIterator, its: PyObject[], strict: boolean): PyObject | null {
	if (!its.length) return null;
	const result = zipper.result;
	if (result instanceof PyTuple && result.refcnt === 1) return refillZipResult(vm, result, its, strict);
	const row: PyObject[] = [];
	for (const [i, it] of its.entries()) {
		const x = vm.iterNext(it);
		if (!x) {
			row.forEach((r) => vm.heap.release(r, ZIP_ITEM));
			// zip_next took its new tuple (PyTuple_New) before asking the iterators; it goes back to its free list.
			vm.heap.countUnbuiltTupleAllocation(its.length);
			vm.heap.countUnbuiltFreeListFree(tupleFreeList(its.length));
			return strict ? checkStrictZip(vm, its, i) : null;
		}
		vm.heap.adopt(x, ZIP_ITEM);
		row.push(x);
	}
	return tupleOfHeld(vm, row, ZIP_ITEM);
}

