// Methods of dict and set/frozenset.
import type { PyObject } from "../heap/object";
import { PyDict, PySet } from "../heap/containers";
import { PyDictView } from "../heap/views";
import { T } from "../heap/classes";
import { PyDescriptor, type NativeImpl, calledWithTuple } from "../heap/callables";
import { dictGet, dictSet, dictFind, dictPopHashed, dictSetDefault, setAdd, setDiscard } from "../vm/dicts";
import { forgetIndexed, probedSet, storedHash } from "../vm/probed-dicts";
import { popSlot, hashedItems } from "../vm/probed-sets";
import { forEachItem } from "../vm/iteration";
import { clearSet } from "../vm/set-clear";
import { containsEachOf, isDisjoint, isSubset, probedOperands, withIterable } from "../vm/set-algorithms";
import { dictCopy, dictUpdate, setOperation, setUpdate } from "../vm/mutations";
import { SHARED_KEYS_LOG2_SIZE, combineSplitDict } from "../heap/shared-keys";
import { setItem } from "../vm/subscript";
import { dictViewIsDisjoint } from "../vm/dict-view-ops";
import { dictViewIterator } from "../vm/builtin-iterators";
import { defineMethods, globalShared, nativeFunction } from "./types";
import type { VM } from "../vm/vm";
import { isExactAnySet, isExactDict } from "../heap/subclass-instances";
import { mergeLog2KeySize } from "../runtime/containerGrowth";
import { tupleFreeList } from "../heap/gc-kinds";
import { withPackedArguments, type PackedLabels } from "../vm/instantiate";

const DICT_UPDATE_CALL: PackedLabels = { args: "call arguments (dict.update)", kwargs: "keyword arguments (dict.update)" };

const dict = (self: PyObject | null) => self as PyDict;
const set = (self: PyObject | null) => self as PySet;

function view(kind: PyDictView["kind"]): NativeImpl {
	return (vm, _a, _k, self) => vm.heap.register(new PyDictView(kind, vm.incref(dict(self))));
}

const DICT_METHODS: Record<string, NativeImpl> = {
	get: (vm, args, _kw, self) => vm.incref(dictGet(vm, dict(self), args[0]!) ?? args[1] ?? vm.None),
	keys: view("keys"),
	values: view("values"),
	items: view("items"),
	pop: (vm, args, _kw, self) => {
		if (args.length === 0) vm.raise("TypeError", "pop expected at least 1 argument, got 0");
		const d = dict(self);
		// _PyDict_Pop answers an empty dict before it hashes the key.
		const k = d.entries.size === 0 ? undefined : dictFind(vm, d, args[0]!);
		if (k === undefined) {
			if (args[1]) return vm.incref(args[1]);
			throw vm.keyError(args[0]!);
		}
		return dictPopHashed(vm, d, k);
	},
	popitem: (vm, _a, _k, self) => {
		const d = dict(self);
		const k = d.lastKey();
		if (k === undefined) {
			// dict_popitem_impl allocates its result tuple before it looks at the size, and frees it onto the free list.
			vm.heap.countUnbuiltTupleAllocation(2);
			vm.heap.countUnbuiltFreeListFree(tupleFreeList(2));
			return vm.raise("KeyError", "popitem(): dictionary is empty");
		}
		const e = d.entries.get(k)!;
		// dictresize to the shared keys' size: popitem needs a dict of its own.
		if (d.sharedKeys) combineSplitDict(d, SHARED_KEYS_LOG2_SIZE);
		if (d.index) forgetIndexed(vm, d, k);
		d.entries.delete(k);
		// dk_nentries goes back to the popped entry's slot (the dummies after it go too); dk_usable stays.
		if (!d.sharedKeys) {
			d.usableLost += d.keysEntries - e.slot;
			d.keysEntries = e.slot;
		}
		// The last entry: as many come before it as are left.
		vm.heap.observer?.itemRemoved(d, d.entries.size);
		return vm.tuple([e.key, e.value]);
	},
	setdefault: (vm, args, _kw, self) => vm.incref(dictSetDefault(vm, dict(self), args[0]!, args[1] ?? vm.None)),
	// METH_VARARGS | METH_KEYWORDS: each call packs its arguments in a new tuple (and dict) first.
	update: calledWithTuple((vm, args, kw, self) =>
		withPackedArguments(
			vm,
			args,
			kw,
			(_packed, kwDict) => {
				if (args[0]) dictUpdate(vm, dict(self), args[0], false);
				// dict_update_common merges the keywords' dict whole (PyDict_Merge), cloning it into an empty dict.
				if (kwDict) dictUpdate(vm, dict(self), kwDict, false);
				return vm.incref(vm.None);
			},
			DICT_UPDATE_CALL,
		),
	),
	clear: (vm, _a, _k, self) => {
		const d = dict(self);
		const entries = d.takeAllEntries();
		vm.heap.observer?.contentChanged(d);
		vm.heap.releaseAll(d, "removed from", entries.flatMap((e) => [e.key, e.value]));
		return vm.incref(vm.None);
	},
	copy: (vm, _a, _k, self) => dictCopy(vm, dict(self)),
	// dict_reversed: what reversed(d) gives.
	__reversed__: (vm, _a, _k, self) => dictViewIterator(vm, dict(self), "keys", true),
};

/** dict.fromkeys(iterable, value=None), a classmethod: a subclass gets an instance of itself, filled by __setitem__. */
const fromkeys: NativeImpl = (vm, args, kw) => {
	if (kw?.size) vm.raise("TypeError", "dict.fromkeys() takes no keyword arguments");
	const [cls, iterable, value] = args;
	if (!iterable) return vm.raise("TypeError", `fromkeys expected at least 1 argument, got ${args.length - 1}`);
	if (args.length > 3) vm.raise("TypeError", `fromkeys expected at most 2 arguments, got ${args.length - 1}`);
	// _PyObject_CallNoArgs(cls): for dict too, a type call, whose tp_alloc never takes from the free list.
	const target = cls === T.dict ? vm.heap.register(new PyDict()) : vm.callObject(cls!, []);
	const fill = value ?? vm.None;
	if (isExactDict(target) && (isExactDict(iterable) || isExactAnySet(iterable))) presizeForKeys(target, iterable);
	return vm.heap.build(target, "dict being built", () => {
		// An exact dict or set gives its stored hashes to an exact dict: no __hash__ runs.
		if (isExactDict(target) && isExactDict(iterable) && (iterable.index || target.index)) {
			for (const [k, { key }] of [...iterable.entries]) probedSet(vm, target, key, fill, storedHash(vm, iterable, k));
		} else if (isExactDict(target) && isExactAnySet(iterable) && iterable.table) {
			for (const { item, hash } of hashedItems(vm, iterable)) probedSet(vm, target, item, fill, hash);
		} else {
			forEachItem(vm, iterable, (key) => (isExactDict(target) ? dictSet(vm, target, key, fill) : setItem(vm, target, key, fill)));
		}
	});
};

/**
 * dict_dict_fromkeys and dict_set_fromkeys: one dictresize to estimate_log2_keysize of the source's size before
 * the keys go in (so `dict.fromkeys({1, 2, 3})` has 16 slots where inserting them one by one leaves 8), a general
 * table for a set's keys and one of the source dict's own kind for a dict's.
 */
function presizeForKeys(target: PyDict, source: PyDict | PySet): void {
	target.keysSize = 2 ** mergeLog2KeySize(source.entries.size);
	target.keysEntries = 0;
	target.generalKeys = source instanceof PyDict ? source.generalKeys : true;
}

const OTHER = "argument of a set method";

/** The argument as a set (a new one unless it is one), held under OTHER until the caller releases it. */
function otherSet(vm: VM, o: PyObject): PySet {
	if (o instanceof PySet) {
		vm.heap.hold(o, OTHER);
		return o;
	}
	const s = vm.heap.build(vm.set(), "set being built", (built) => setUpdate(vm, built, o));
	vm.heap.adopt(s, OTHER);
	return s;
}

const SO_FAR = "result of a set method so far";

function withOther(op: string, inplace: boolean): NativeImpl {
	return (vm, args, _kw, self) => {
		let result: PyObject = self!;
		vm.heap.hold(result, SO_FAR);
		try {
			for (const arg of args) {
				let next: PyObject;
				// set_difference_multi: set_difference with the first argument, then difference_update of that result.
				const step = inplace || (op === "Sub" && result !== self);
				// A set with a table walks a non-set argument itself, as setobject.c does; set_symmetric_difference
				// always starts from a new set made of the argument (make_new_set_basetype).
				if (!(arg instanceof PySet) && ((result as PySet).table !== null || (op === "BitXor" && !step))) next = withIterable(vm, op, result as PySet, arg, step);
				else {
					const other = otherSet(vm, arg);
					try {
						next = setOperation(vm, op, result as PySet, other, step);
					} finally {
						vm.heap.release(other, OTHER);
					}
				}
				vm.heap.release(result, SO_FAR);
				result = next;
				vm.heap.adopt(result, SO_FAR);
			}
		} catch (e) {
			vm.heap.release(result, SO_FAR);
			throw e;
		}
		vm.heap.disown(result, SO_FAR);
		if (inplace) {
			vm.decref(result);
			return vm.incref(vm.None);
		}
		if (result === self) {
			vm.decref(result);
			return setCopy(vm, set(self), []);
		}
		return result;
	};
}

/** set_copy of `s`, then set_update_internal with each of `others`, straight from any iterable. */
function setCopy(vm: VM, s: PySet, others: PyObject[]): PySet {
	const copy = vm.set(s.frozen);
	return vm.heap.build(copy, "set being built", () => {
		setUpdate(vm, copy, s);
		for (const other of others) if (other !== s) setUpdate(vm, copy, other);
	});
}

const SET_METHODS: Record<string, NativeImpl> = {
	add: (vm, args, _kw, self) => {
		setAdd(vm, set(self), args[0]!);
		return vm.incref(vm.None);
	},
	remove: (vm, args, _kw, self) => {
		if (!setDiscard(vm, set(self), args[0]!)) throw vm.keyError(args[0]!);
		return vm.incref(vm.None);
	},
	discard: (vm, args, _kw, self) => {
		setDiscard(vm, set(self), args[0]!);
		return vm.incref(vm.None);
	},
	pop: (vm, _a, _k, self) => {
		const s = set(self);
		const items = s.unorderedEntries;
		if (items.size === 0) vm.raise("KeyError", "pop from an empty set");
		// Without a table the Map is in the set's order, and its first item goes.
		const { key, at } = s.table ? popSlot(s.table) : { key: items.keys().next().value!, at: 0 };
		const item = items.get(key)!;
		// A lookup needs no order: the order the Map owes after items taken between others is not put right here.
		items.delete(key);
		vm.heap.observer?.itemRemoved(s, s.table ? s.table.itemsBefore(at) : 0);
		return item;
	},
	clear: (vm, _a, _k, self) => {
		clearSet(vm, set(self));
		return vm.incref(vm.None);
	},
	update: (vm, args, _kw, self) => {
		for (const arg of args) setUpdate(vm, set(self), arg);
		return vm.incref(vm.None);
	},
	union: (vm, args, _kw, self) => setCopy(vm, set(self), args),
	intersection: withOther("BitAnd", false),
	difference: withOther("Sub", false),
	symmetric_difference: withOther("BitXor", false),
	symmetric_difference_update: withOther("BitXor", true),
	intersection_update: withOther("BitAnd", true),
	difference_update: withOther("Sub", true),
	issubset: (vm, args, _kw, self) => {
		const other = otherSet(vm, args[0]!);
		const ok = probedOperands(set(self), other) ? isSubset(vm, set(self), other) : [...set(self).entries.keys()].every((k) => other.entries.has(k));
		vm.heap.release(other, OTHER);
		return vm.bool(ok);
	},
	issuperset: (vm, args, _kw, self) => {
		const given = args[0]!;
		if (!(given instanceof PySet)) return vm.bool(containsEachOf(vm, set(self), given, true));
		const other = otherSet(vm, given);
		const ok = probedOperands(set(self), other) ? isSubset(vm, other, set(self)) : [...other.entries.keys()].every((k) => set(self).entries.has(k));
		vm.heap.release(other, OTHER);
		return vm.bool(ok);
	},
	isdisjoint: (vm, args, _kw, self) => {
		// set_isdisjoint walks anything but an exact set or frozenset (a subclass's own __iter__ runs).
		const given = args[0]!;
		if (!isExactAnySet(given)) return vm.bool(containsEachOf(vm, set(self), given, false));
		const other = otherSet(vm, given);
		const ok = probedOperands(set(self), other) ? isDisjoint(vm, set(self), other) : ![...other.entries.keys()].some((k) => set(self).entries.has(k));
		vm.heap.release(other, OTHER);
		return vm.bool(ok);
	},
	// frozenset.copy() is an exact frozenset itself (a subclass's instance is copied to a frozenset).
	copy: (vm, _a, _k, self) => (set(self).frozen && self!.cls === T.frozenset ? vm.incref(set(self)) : setCopy(vm, set(self), [])),
};

export function installDictAndSetMethods(): void {
	defineMethods(T.dict, DICT_METHODS);
	T.dict.dict.set("fromkeys", globalShared(new PyDescriptor("classmethod", [nativeFunction("fromkeys", fromkeys)])));
	defineMethods(T.set, SET_METHODS);
	const frozen = ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint", "copy"];
	defineMethods(T.frozenset, Object.fromEntries(frozen.map((m) => [m, SET_METHODS[m]!])));
	const isdisjoint: NativeImpl = (vm, args, _kw, self) => vm.bool(dictViewIsDisjoint(vm, self as PyDictView, args[0]!));
	defineMethods(T.dict_keys, { isdisjoint });
	defineMethods(T.dict_items, { isdisjoint });
}
