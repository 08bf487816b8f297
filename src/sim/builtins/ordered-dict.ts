// collections.OrderedDict as Objects/odictobject.c (3.11) makes it: odict_new (with its instance __dict__),
// mutablemapping_update, PyODict_SetItem/DelItem (a node per key, holding the key), move_to_end, popitem,
// the odict_* views, repr and == (the iterator is in odict-iterator.ts).
export { odictIterator } from "./odict-iterator";
import type { PyObject } from "../heap/object";
import { T } from "../heap/classes";
import { PyDict, type HashKey } from "../heap/containers";
import { PyOrderedDict, PyODictView } from "../heap/collections";
import type { NativeImpl } from "../heap/callables";
import { dictFind, dictPopHashed, dictSet } from "../vm/dicts";
import { compareValues } from "../vm/comparisons";
import { forEachItem } from "../vm/iteration";
import { odictIterator } from "./odict-iterator";
import { sequenceTuple } from "../vm/sequence-tuple";
import { noteReprEnter, repr } from "../vm/repr";
import { isTruthy } from "../vm/protocol";
import { defineMethods } from "./types";
import type { VM } from "../vm/vm";
import { isExactDict } from "../heap/subclass-instances";
import { attributeOrNull } from "../vm/attributes";
import { getItem } from "../vm/subscript";

const changed = (vm: VM, od: PyOrderedDict) => vm.heap.observer?.contentChanged(od);

/** PyODict_SetItem: the dict's entry, then a node for a new key (od_state moves). */
export function odictSetItem(vm: VM, od: PyOrderedDict, key: PyObject, value: PyObject): void {
	const before = od.entries.size;
	dictSet(vm, od, key, value);
	if (od.entries.size !== before) {
		// _odict_add_new_node: the node holds the key. dictSet told the trace of the new entry, which shows the node.
		vm.incref(key);
		od.state++;
	}
}

/** _odict_clear_node, then the dict entry's deletion: the node lets go of the key first; the value is returned. */
function removeNode(vm: VM, od: PyOrderedDict, k: HashKey): PyObject {
	const key = od.entries.get(k)!.key;
	od.state++;
	// The entry still holds the key, so this release frees nothing.
	vm.decref(key);
	return dictPopHashed(vm, od, k);
}

/** PyODict_DelItem: the node, then the dict's entry; KeyError when absent. */
export function odictDelItem(vm: VM, od: PyOrderedDict, key: PyObject): void {
	const k = dictFind(vm, od, key);
	if (k === undefined) throw vm.keyError(key);
	vm.decref(removeNode(vm, od, k));
}

const ITEMS = "items list (PyDict_Items)";
const PAIR = "pair being added (mutablemapping_add_pairs)";

/** mutablemapping_add_pairs: each item of `pairs` must be a sequence of two. */
function addPairs(vm: VM, od: PyOrderedDict, pairs: PyObject): void {
	forEachItem(vm, pairs, (pair) => {
		const fast = sequenceTuple(vm, pair);
		vm.heap.adopt(fast, PAIR);
		try {
			const n = fast.items.length;
			if (n > 2) vm.raise("ValueError", "too many values to unpack (expected 2)");
			if (n < 2) vm.raise("ValueError", `need more than ${n} value${n === 1 ? "" : "s"} to unpack`);
			odictSetItem(vm, od, fast.items[0]!, fast.items[1]!);
		} finally {
			vm.heap.release(fast, PAIR);
		}
	});
}

/** PyDict_Items of an exact dict, then its pairs added (mutablemapping_update's first case and its keywords). */
function addDictItems(vm: VM, od: PyOrderedDict, source: PyDict): void {
	const items = vm.list([...source.entries.values()].map((e) => vm.tuple([vm.incref(e.key), vm.incref(e.value)])));
	vm.heap.adopt(items, ITEMS);
	try {
		addPairs(vm, od, items);
	} finally {
		vm.heap.release(items, ITEMS);
	}
}

const KEYS_METHOD = "keys or items method of the source (mutablemapping_update_arg)";
const SOURCE_KEYS = "what the source's keys() or items() returned";
const KEY_VALUE = "value of a key being added (mutablemapping_update_arg)";

/**
 * mutablemapping_update_arg: an exact dict's items; else an object with keys(): each key's value looked up and
 * set; else one with items(), or any iterable, as pairs.
 */
function updateFrom(vm: VM, od: PyOrderedDict, source: PyObject): void {
	if (isExactDict(source)) return addDictItems(vm, od, source);
	const called = (name: string): PyObject | null => {
		const method = attributeOrNull(vm, source, name);
		return method && vm.heap.whileOwned(method, KEYS_METHOD, () => vm.callObject(method, []));
	};
	const keys = called("keys");
	if (keys) {
		vm.heap.whileOwned(keys, SOURCE_KEYS, () =>
			forEachItem(vm, keys, (key) => {
				const value = getItem(vm, source, key);
				vm.heap.whileOwned(value, KEY_VALUE, () => odictSetItem(vm, od, key, value));
			}),
		);
		return;
	}
	const items = called("items");
	if (items) vm.heap.whileOwned(items, SOURCE_KEYS, () => addPairs(vm, od, items));
	else addPairs(vm, od, source);
}

/** mutablemapping_update: one mapping or iterable of pairs, then the keywords. */
export function odictUpdate(vm: VM, od: PyOrderedDict, args: PyObject[], kw: Map<string, PyObject> | null, packedKw: PyDict | null = null): void {
	const source = args[0];
	if (source) updateFrom(vm, od, source);
	// A constructor call's keywords come packed in type_call's dict already; a method call's are packed here.
	if (packedKw) addDictItems(vm, od, packedKw);
	else if (kw?.size) {
		const kwDict = vm.dict();
		vm.heap.adopt(kwDict, ITEMS);
		try {
			for (const [k, v] of kw) dictSet(vm, kwDict, vm.intern(k), v);
			addDictItems(vm, od, kwDict);
		} finally {
			vm.heap.release(kwDict, ITEMS);
		}
	}
}

/** odict_new (dict_new; 3.11 leaves od_inst_dict NULL until the generic __dict__ code needs it) and odict_init. */
export function newOrderedDict(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null, packedKw: PyDict | null = null): PyOrderedDict {
	const od = vm.heap.register(new PyOrderedDict());
	return vm.heap.build(od, "OrderedDict being built", () => {
		if (args.length > 1) vm.raise("TypeError", `expected at most 1 arguments, got ${args.length}`);
		odictUpdate(vm, od, args, kw, packedKw);
	});
}

/** od_inst_dict (tp_dictoffset), made as PyObject_GenericGetDict and generic setattr make it: a new dict on first need. */
export function odictInstanceDict(vm: VM, od: PyOrderedDict): PyDict {
	if (!od.instDict) {
		od.instDict = vm.dict();
		changed(vm, od);
	}
	return od.instDict as PyDict;
}

/** Move the entry for `k` to the end (or the front): the node is relinked, the dict entry stays where it is in CPython. */
function relink(od: PyOrderedDict, k: string | number, last: boolean): void {
	const entry = od.entries.get(k)!;
	od.entries.delete(k);
	if (last) {
		od.entries.set(k, entry);
		return;
	}
	const rest = [...od.entries];
	od.entries.clear();
	od.entries.set(k, entry);
	for (const [key, e] of rest) od.entries.set(key, e);
}

const PAIRS = "list of pairs being repr'd (odict_repr)";

/**
 * odict_repr: `OrderedDict()`, `...` inside itself, else the repr of a list (PyList_New of the size) that each
 * node fills with a (key, value) tuple (PyTuple_Pack), its value read by its key (so a key's __hash__ runs).
 */
export function odictRepr(vm: VM, od: PyOrderedDict, inProgress: Set<PyObject>): string {
	if (od.entries.size === 0) return `${od.cls.name}()`;
	noteReprEnter(vm);
	if (inProgress.has(od)) return "...";
	inProgress.add(od);
	const pairs = vm.list([], od.entries.size);
	vm.heap.adopt(pairs, PAIRS);
	try {
		for (const { key } of [...od.entries.values()]) {
			const k = dictFind(vm, od, key);
			if (k === undefined) throw vm.keyError(key);
			pairs.items.push(vm.tuple([vm.incref(key), vm.incref(od.entries.get(k)!.value)]));
			vm.heap.observer?.itemsAppended(pairs, pairs.items.length - 1);
		}
		return `${od.cls.name}(${repr(vm, pairs)})`;
	} finally {
		vm.heap.release(pairs, PAIRS);
		inProgress.delete(od);
	}
}

/** odict_richcompare for ==: dict equality, and the same key order when both are OrderedDicts. */
export function odictEquals(vm: VM, a: PyDict, b: PyDict, dictsEqual: boolean): boolean {
	if (!dictsEqual || !(a instanceof PyOrderedDict) || !(b instanceof PyOrderedDict)) return dictsEqual;
	const ka = [...a.entries.values()];
	const kb = [...b.entries.values()];
	return ka.every((e, i) => e.key === kb[i]!.key || compareValues(vm, e.key, kb[i]!.key, "Eq"));
}

/** odict_copy: a new OrderedDict, each node's key and value set in order. */
function odictCopy(vm: VM, od: PyOrderedDict): PyOrderedDict {
	const copy = newOrderedDict(vm, [], null);
	return vm.heap.build(copy, "OrderedDict being built", () => {
		for (const e of [...od.entries.values()]) odictSetItem(vm, copy, e.key, e.value);
	});
}

const odict = (self: PyObject | null) => self as PyOrderedDict;
const none = (vm: VM) => vm.incref(vm.None);

function view(kind: "keys" | "values" | "items"): NativeImpl {
	return (vm, _args, _kw, self) => vm.heap.register(new PyODictView(kind, vm.incref(odict(self))));
}

const ODICT_METHODS: Record<string, NativeImpl> = {
	move_to_end: (vm, args, kw, self) => {
		const od = odict(self);
		const key = args[0] ?? kw?.get("key");
		if (!key) return vm.raise("TypeError", "move_to_end() missing required argument 'key' (pos 1)");
		const last = args[1] ?? kw?.get("last");
		const k = dictFind(vm, od, key);
		if (k === undefined) throw vm.keyError(key);
		if (od.entries.size > 1) {
			relink(od, k, last === undefined || isTruthy(vm, last));
			od.state++;
			changed(vm, od);
		}
		return none(vm);
	},
	popitem: (vm, args, kw, self) => {
		const od = odict(self);
		const last = args[0] ?? kw?.get("last");
		if (od.entries.size === 0) {
			const message = vm.str("dictionary is empty");
			try {
				throw vm.keyError(message);
			} finally {
				vm.decref(message);
			}
		}
		// The first key is the Map's first; the last, a walk (not a spread of every key into an array at each call).
		const k = last === undefined || isTruthy(vm, last) ? od.lastKey()! : od.entries.keys().next().value!;
		const key = vm.incref(od.entries.get(k)!.key);
		const value = removeNode(vm, od, k);
		return vm.tuple([key, value]);
	},
	pop: (vm, args, kw, self) => {
		const od = odict(self);
		const key = args[0] ?? kw?.get("key");
		const fallback = args[1] ?? kw?.get("default");
		if (!key) return vm.raise("TypeError", "pop() missing required argument 'key' (pos 1)");
		const k = dictFind(vm, od, key);
		if (k === undefined) {
			if (fallback) return vm.incref(fallback);
			throw vm.keyError(key);
		}
		return removeNode(vm, od, k);
	},
	setdefault: (vm, args, kw, self) => {
		const od = odict(self);
		const key = args[0] ?? kw?.get("key");
		if (!key) return vm.raise("TypeError", "setdefault() missing required argument 'key' (pos 1)");
		const k = dictFind(vm, od, key);
		if (k !== undefined) return vm.incref(od.entries.get(k)!.value);
		const value = args[1] ?? kw?.get("default") ?? vm.None;
		odictSetItem(vm, od, key, value);
		return vm.incref(value);
	},
	update: (vm, args, kw, self) => {
		if (args.length > 1) vm.raise("TypeError", `update() takes at most 1 positional argument (${args.length} given)`);
		odictUpdate(vm, odict(self), args, kw);
		return none(vm);
	},
	clear: (vm, _args, _kw, self) => {
		const od = odict(self);
		od.state++;
		const entries = od.takeAllEntries();
		changed(vm, od);
		// odict_clear: PyDict_Clear's entries, then the nodes' keys.
		vm.heap.releaseAll(od, "removed from", [...entries.flatMap((e) => [e.key, e.value]), ...entries.map((e) => e.key)]);
		return none(vm);
	},
	copy: (vm, _args, _kw, self) => odictCopy(vm, odict(self)),
	__copy__: (vm, _args, _kw, self) => odictCopy(vm, odict(self)),
	keys: view("keys"),
	values: view("values"),
	items: view("items"),
	__reversed__: (vm, _args, _kw, self) => odictIterator(vm, odict(self), "keys", true),
};

export function installOrderedDictMethods(): void {
	defineMethods(T.OrderedDict, ODICT_METHODS);
}
