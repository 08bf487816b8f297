// Set operators on dict keys and items views (dictviews_and/or/sub/xor): `d1.keys() & d2.keys()` is a new
// set, and the other operand may be any iterable, on either side.
import type { PyObject } from "../heap/object";
import { PySet, type PyDict } from "../heap/containers";
import { PyDictView } from "../heap/views";
import { isExactAnySet } from "../heap/subclass-instances";
import { dictDelHashed, dictFind, setAdd, setDiscard } from "./dicts";
import { dictCopy, setUpdate } from "./mutations";
import { dictGetKnownHash } from "./known-hash-dicts";
import { isPlainKey } from "./key-hashing";
import { probedFind, storedHash } from "./probed-dicts";
import { richEquals } from "./comparisons";
import { forEachItem } from "./iteration";
import { contains } from "./protocol";
import { differenceUpdate, intersectionWithIterable, probedOperands, symmetricDifferenceUpdate as symmetricDifferenceUpdateSets } from "./set-algorithms";
import { shrinkAfterDiscards } from "./probed-sets";
import { VARARGS_CALL, withPackedArguments } from "./packed-arguments";
import type { VM } from "./vm";

const RESULT = "result of a dict view operation";
const VIEW_SET_OPS = new Set(["BitAnd", "BitOr", "Sub", "BitXor"]);

/** Keys and items views are set-like; values views are not. */
export function isSetLikeView(o: PyObject): o is PyDictView {
	return o instanceof PyDictView && o.kind !== "values";
}

export function takesViewSetOperation(op: string, a: PyObject, b: PyObject): boolean {
	return VIEW_SET_OPS.has(op) && (isSetLikeView(a) || isSetLikeView(b));
}

/** Iterate `iterable` as PyIter_Next does, handing each item to `visit` (it may run __eq__) and releasing it after. */
const eachItem = forEachItem;

export function dictViewSetOperation(vm: VM, op: string, a: PyObject, b: PyObject): PyObject {
	if (op === "BitAnd") return intersect(vm, a, b);
	if (op === "BitXor" && isItemsView(a) && isItemsView(b)) return itemsSymmetricDifference(vm, a.dict!, b.dict!);
	// dictviews_to_set(left), then the set method that matches the operator, with the right operand as is.
	const result = vm.set(false);
	return vm.heap.build(result, RESULT, () => {
		// dictviews_to_set: a keys view's set is made from its dict (stored hashes, no __hash__ calls).
		setUpdate(vm, result, a instanceof PyDictView && a.kind === "keys" && a.dict ? a.dict : a);
		if (op === "BitOr") setUpdate(vm, result, b);
		// PyObject_CallMethodOneArg packs the operand in the tuple set.difference_update (METH_VARARGS) reads.
		else if (op === "Sub") withPackedArguments(vm, [b], null, () => viewSetDifferenceUpdate(vm, result, b), VARARGS_CALL);
		else symmetricDifferenceUpdate(vm, result, b);
	});
}

/** `result.difference_update(other)`: a set's stored hashes, or each item of an iterable hashed and discarded. */
function viewSetDifferenceUpdate(vm: VM, result: PySet, other: PyObject): void {
	if (other instanceof PySet) return differenceUpdate(vm, result, other);
	eachItem(vm, other, (item) => void setDiscard(vm, result, item));
	shrinkAfterDiscards(vm, result);
}

/** _PyDictView_Intersect: walk one operand, keep what the other holds (the smaller set is walked). */
function intersect(vm: VM, a: PyObject, b: PyObject): PyObject {
	const [view, other] = isSetLikeView(a) ? [a, b] : [b, a];
	// An exact set at least as large as the view does the work: other.intersection(view), which walks the view;
	// PyObject_CallMethodObjArgs packs the view in the tuple set.intersection (METH_VARARGS) reads.
	if (isExactAnySet(other) && !other.frozen && vm.len(view) <= other.entries.size) {
		return withPackedArguments(vm, [view], null, () => {
			if (other.table !== null || (view as PyDictView).dict?.index) return intersectionWithIterable(vm, other, view);
			return keepWhatIsIn(vm, view, other);
		}, VARARGS_CALL);
	}
	// The smaller of two views is walked.
	if (isSetLikeView(other) && vm.len(other) > vm.len(view)) return keepWhatIsIn(vm, other, view);
	return keepWhatIsIn(vm, view, other);
}

/** A new set of the items of `walked` that `holder` contains, in `walked`'s order. */
function keepWhatIsIn(vm: VM, holder: PyObject, walked: PyObject): PyObject {
	const result = vm.set(false);
	return vm.heap.build(result, RESULT, () => {
		eachItem(vm, walked, (item) => {
			if (contains(vm, holder, item)) setAdd(vm, result, item);
		});
	});
}

function isItemsView(o: PyObject): o is PyDictView {
	return o instanceof PyDictView && o.kind === "items" && o.dict !== null;
}

const TEMPORARY_COPY = "copy of the left dict (dictitems_xor)";
const ITEM_BEING_PAIRED = "key or value of the right dict (dictitems_xor)";

/**
 * dictitems_xor: a copy of the left dict loses each key whose value the right dict's equals; the right's other
 * items go into the result as new pairs, then what is left of the copy through its items() view.
 */
function itemsSymmetricDifference(vm: VM, left: PyDict, right: PyDict): PyObject {
	const remaining = dictCopy(vm, left);
	vm.heap.adopt(remaining, TEMPORARY_COPY);
	try {
		const result = vm.set(false);
		return vm.heap.build(result, RESULT, () => {
			for (const [k, { key, value }] of [...right.entries]) {
				const hash = isPlainKey(key) ? undefined : storedHash(vm, right, k);
				vm.heap.hold(key, ITEM_BEING_PAIRED);
				vm.heap.hold(value, ITEM_BEING_PAIRED);
				try {
					const mine = dictGetKnownHash(vm, remaining, key, hash);
					if (mine && vm.heap.whileHeld(mine, ITEM_BEING_PAIRED, () => richEquals(vm, mine, value))) {
						const found = hash === undefined ? dictFind(vm, remaining, key) : probedFind(vm, remaining, key, hash);
						if (found !== undefined) dictDelHashed(vm, remaining, found);
					}
					else {
						const pair = vm.tuple([vm.incref(key), vm.incref(value)]);
						vm.heap.whileOwned(pair, ITEM_BEING_PAIRED, () => setAdd(vm, result, pair));
					}
				} finally {
					vm.heap.release(key, ITEM_BEING_PAIRED);
					vm.heap.release(value, ITEM_BEING_PAIRED);
				}
			}
			const items = vm.heap.register(new PyDictView("items", vm.incref(remaining)));
			vm.heap.whileOwned(items, TEMPORARY_COPY, () => setUpdate(vm, result, items));
		});
	} finally {
		vm.heap.release(remaining, TEMPORARY_COPY);
	}
}

/** set_symmetric_difference_update: the other operand becomes a set of its own first. */
function symmetricDifferenceUpdate(vm: VM, result: PySet, other: PyObject): void {
	const incoming = vm.set(false);
	vm.heap.build(incoming, OPERAND, () => setUpdate(vm, incoming, other));
	vm.heap.adopt(incoming, OPERAND);
	try {
		if (probedOperands(result, incoming)) symmetricDifferenceUpdateSets(vm, result, incoming);
		else {
			for (const item of [...incoming.entries.values()]) {
				if (!setDiscard(vm, result, item)) setAdd(vm, result, item);
			}
		}
	} finally {
		vm.heap.release(incoming, OPERAND);
	}
}

const OPERAND = "operand of a dict view operation";

/**
 * dictview_richcompare: a keys or items view compares with a set or another such view as sets do (sizes,
 * then every item of the smaller side in the other); anything else is left to the caller (null).
 */
export function dictViewCompare(vm: VM, a: PyObject, b: PyObject, op: string): boolean | null {
	if (!(isSetLikeView(a) || isSetLikeView(b))) return null;
	if (!((isSetLikeView(a) || a instanceof PySet) && (isSetLikeView(b) || b instanceof PySet))) return null;
	const sizeA = vm.len(a);
	const sizeB = vm.len(b);
	const within = (inner: PyObject, outer: PyObject): boolean => {
		let all = true;
		// all_contained_in stops at the first item missing.
		eachItem(vm, inner, (item) => !(all = contains(vm, outer, item)));
		return all;
	};
	switch (op) {
		case "Eq":
			return sizeA === sizeB && within(a, b);
		case "NotEq":
			return !(sizeA === sizeB && within(a, b));
		case "Lt":
			return sizeA < sizeB && within(a, b);
		case "LtE":
			return sizeA <= sizeB && within(a, b);
		case "Gt":
			return sizeA > sizeB && within(b, a);
		default:
			return sizeA >= sizeB && within(b, a);
	}
}

/** dictviews_isdisjoint: no item of the other iterable is in the view. */
export function dictViewIsDisjoint(vm: VM, view: PyDictView, other: PyObject): boolean {
	if (other === view) return vm.len(view) === 0;
	let disjoint = true;
	eachItem(vm, other, (item) => !(disjoint = !contains(vm, view, item)));
	return disjoint;
}
