// In-place changes of sets and dicts shared by opcodes and methods, with CPython's capacity rules (set_merge's
// and dict_merge's presizing, split tables combined on update) and the order things are released.
import type { PyObject } from "../heap/object";
import { PyDict, PySet } from "../heap/containers";
import { dictSet, setAdd, setDiscard, hashKey, keepCloneTracking } from "./dicts";
import { cloneProbed, probedGet, probedSet, storedHash } from "./probed-dicts";
import { probedSetMerge, probedSetFromDict } from "./probed-sets";
import { probedOperands, probedSetOperation } from "./set-algorithms";
import { clearSet } from "./set-clear";
import { collect, forEachItem } from "./iteration";
import { attributeOrNull } from "./attributes";
import { mergeMapping } from "./mapping-merge";
import { PyDictInstance, isExactDict, isExactList, subclassSlot, isExactTuple } from "../heap/subclass-instances";
import { DICT_LOG_MINSIZE, dictUsable, mergeLog2KeySize } from "../runtime/containerGrowth";
import { SHARED_KEYS_LOG2_SIZE, combineSplitDict } from "../heap/shared-keys";
import type { VM } from "./vm";
import { PyOrderedDict } from "../heap/collections";

/** set_update_internal: another set is merged (set_merge), a dict's keys go in after one resize, anything else item by item. */
export function setUpdate(vm: VM, set: PySet, iterable: PyObject): void {
	// Every set that holds anything keeps its table, so a set source always takes set_merge's path.
	if (iterable instanceof PySet) {
		probedSetMerge(vm, set, iterable);
		return;
	}
	// set_update_internal reads an exact dict's table; a subclass (defaultdict, Counter, a class of the program's)
	// is iterated, through its own __iter__ if it has one.
	if (isExactDict(iterable)) {
		probedSetFromDict(vm, set, iterable);
		return;
	}
	forEachItem(vm, iterable, (x) => setAdd(vm, set, x));
}

export function setOperation(vm: VM, op: string, a: PySet, b: PySet, inplace: boolean): PyObject {
	if (op === "BitOr") {
		// set_union / set_or: a copy of `a` merged with `b`, each through set_merge's sizing.
		if (inplace) {
			setUpdate(vm, a, b);
			return vm.incref(a);
		}
		return vm.heap.build(vm.set(a.frozen), "set being built", (target) => {
			setUpdate(vm, target, a);
			// set_or returns the copy as it is when both operands are the same set.
			if (b !== a) setUpdate(vm, target, b);
		});
	}
	// set_difference_update_internal and set_symmetric_difference_update clear a set taken with itself.
	if (inplace && a === b && (op === "Sub" || op === "BitXor")) {
		clearSet(vm, a);
		return vm.incref(a);
	}
	if (probedOperands(a, b)) return probedSetOperation(vm, op, a, b, inplace);
	const inB = (x: PyObject) => b.entries.has(hashKey(vm, x));
	const inA = (x: PyObject) => a.entries.has(hashKey(vm, x));
	let items: PyObject[];
	if (op === "BitAnd") items = [...a.entries.values()].filter(inB);
	else if (op === "Sub") items = [...a.entries.values()].filter((x) => !inB(x));
	else items = [...[...a.entries.values()].filter((x) => !inB(x)), ...[...b.entries.values()].filter((x) => !inA(x))];
	if (inplace) {
		const keep = new Set(items);
		for (const x of [...a.entries.values()]) if (!keep.has(x)) setDiscard(vm, a, x);
		for (const x of items) setAdd(vm, a, x);
		return vm.incref(a);
	}
	const out = vm.set(a.frozen);
	for (const x of items) setAdd(vm, out, x);
	return out;
}

/** DICT_UPDATE / DICT_MERGE / dict.update: from a dict or an iterable of pairs. */
export function dictUpdate(vm: VM, target: PyDict, source: PyObject, rejectDuplicates: boolean): void {
	// dict_merge reads a dict subclass's entries directly unless the subclass defines __iter__: then it is
	// merged as any mapping, through keys() and its own __getitem__.
	// So is an OrderedDict, whose tp_iter (odict_iter) is not dict_iter.
	if (source instanceof PyOrderedDict || (source instanceof PyDictInstance && subclassSlot(source, "__iter__"))) return mergeMapping(vm, target, source, rejectDuplicates ? "reject" : "override");
	if (source instanceof PyDict && (source.index !== null || target.index !== null)) {
		probedMerge(vm, target, source, rejectDuplicates);
		return;
	}
	if (source instanceof PyDict) {
		const clones = sizeForMerge(target, source);
		for (const { key, value } of [...source.entries.values()]) {
			if (rejectDuplicates && target.entries.has(hashKey(vm, key))) throw vm.keyError(key);
			dictSet(vm, target, key, value);
		}
		if (clones) keepCloneTracking(vm, target, source);
		return;
	}
	// dict_update_arg: an object with keys() is merged as a mapping.
	const keys = attributeOrNull(vm, source, "keys");
	if (keys) {
		vm.decref(keys);
		return mergeMapping(vm, target, source, "override");
	}
	// PyDict_MergeFromSeq2: one pair at a time; its key and value are held while the dict takes them.
	let i = 0;
	forEachItem(vm, source, (pair) => {
		// PySequence_Fast: anything iterable is a pair's sequence.
		const notSequence = (): string => `cannot convert dictionary update sequence element #${i} to a sequence`;
		const kv = isExactList(pair) || isExactTuple(pair) ? pair.items.map((x) => vm.incref(x)) : collect(vm, pair, undefined, notSequence);
		kv.forEach((x) => vm.heap.adopt(x, PAIR_ITEM));
		try {
			if (kv.length !== 2) vm.raise("ValueError", `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
			dictSet(vm, target, kv[0]!, kv[1]!);
		} finally {
			kv.forEach((x) => vm.heap.release(x, PAIR_ITEM));
		}
		i++;
	});
}

const PAIR_ITEM = "item of an update pair";

/**
 * dict_merge's sizing before taking another dict's items. An empty target clones the table of a compact
 * ordinary source (no deleted entries) that is its minimum size or more than half full; otherwise, when
 * the target's table cannot hold them all, one big resize (which makes a split target ordinary). True when
 * it cloned: the merge then keeps the source's tracking.
 */
function sizeForMerge(target: PyDict, source: PyDict): boolean {
	const incoming = source.entries.size;
	// dict_merge returns at once for an empty source (one popitem emptied is "clean" too): no clone.
	if (incoming === 0 || source === target) return false;
	if (target.entries.size === 0 && mergeClones(source)) {
		// The target's keys, whatever they held, give way to a clone of the source's (its used room too).
		if (target.sharedKeys) combineSplitDict(target, Math.log2(source.keysSize));
		else {
			target.keysSize = source.keysSize;
			target.keysEntries = 0;
		}
		target.usableLost = source.usableLost;
		target.generalKeys = source.generalKeys;
		return true;
	}
	const tableSize = target.sharedKeys ? 2 ** SHARED_KEYS_LOG2_SIZE : Math.max(target.keysSize, 1);
	if (Math.floor((tableSize * 2) / 3) >= incoming) return false;
	const log2Size = mergeLog2KeySize(target.entries.size + incoming);
	if (target.sharedKeys) combineSplitDict(target, log2Size);
	else {
		target.keysSize = 2 ** log2Size;
		target.compactEntries();
	}
	// dict_merge's one big resize makes a table of the source's kind.
	target.generalKeys ||= source.generalKeys;
	return false;
}

/** dict_merge into an empty dict clones a compact ordinary source that is its minimum size or more than half full. */
function mergeClones(source: PyDict): boolean {
	const log2Size = Math.log2(source.keysSize);
	return source.sharedKeys === null && source.entries.size === source.keysEntries && (log2Size === DICT_LOG_MINSIZE || dictUsable(log2Size - 1) < source.entries.size);
}

/** dict_merge where either dict keeps its index: stored hashes, no __hash__ calls; a clone compares nothing. */
function probedMerge(vm: VM, target: PyDict, source: PyDict, rejectDuplicates: boolean): void {
	if (source === target || source.entries.size === 0) return;
	if (target.entries.size === 0 && target.sharedKeys === null && mergeClones(source)) {
		cloneProbed(vm, target, source);
		return;
	}
	sizeForMerge(target, source);
	for (const [k, { key, value }] of [...source.entries]) {
		const hash = storedHash(vm, source, k);
		if (rejectDuplicates && probedGet(vm, target, key, hash)) throw vm.keyError(key);
		probedSet(vm, target, key, value, hash);
	}
}

/** PyDict_Copy: a split dict's copy shares its keys and is tracked when the original is; an empty one is new. */
export function dictCopy(vm: VM, d: PyDict): PyDict {
	// A split table's copy is allocated with PyObject_GC_New, never from the free list.
	const copy = d.sharedKeys && d.entries.size > 0 ? vm.heap.register(new PyDict()) : vm.dict();
	return vm.heap.build(copy, "dict being copied", () => fillCopy(vm, d, copy));
}

function fillCopy(vm: VM, d: PyDict, copy: PyDict): void {
	if (d.index !== null && d.sharedKeys === null && d.entries.size > 0 && d.entries.size >= Math.floor((d.keysEntries * 2) / 3)) {
		cloneProbed(vm, copy, d);
		return;
	}
	// clone_combined_dict_keys: an ordinary dict with few deleted entries is copied table and all, its
	// deleted entries too, so the copy has as few free entries left as the original.
	const clonesTable = d.sharedKeys === null && d.entries.size > 0 && d.entries.size >= Math.floor((d.keysEntries * 2) / 3);
	if (clonesTable) {
		copy.keysSize = d.keysSize;
		copy.generalKeys = d.generalKeys;
	}
	else if (d.entries.size > 0) copy.sharedKeys = d.sharedKeys;
	dictUpdate(vm, copy, d, false);
	if (clonesTable) {
		// clone_combined_dict_keys copies the entries array as it is, dummies and all.
		copy.keysEntries = d.keysEntries;
		copy.usableLost = d.usableLost;
		const slots = [...d.entries.values()].map((e) => e.slot);
		let i = 0;
		for (const entry of copy.entries.values()) entry.slot = slots[i++]!;
	}
	if ((d.sharedKeys && d.entries.size > 0) || clonesTable) keepCloneTracking(vm, copy, d);
}

export function dictUnion(vm: VM, a: PyDict, b: PyDict, inplace: boolean): PyObject {
	if (inplace) {
		dictUpdate(vm, a, b, false);
		return vm.incref(a);
	}
	return vm.heap.build(dictCopy(vm, a), "dict being built", (target) => dictUpdate(vm, target, b, false));
}
