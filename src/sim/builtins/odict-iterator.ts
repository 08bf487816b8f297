// OrderedDict's odict_iterator (odictiter_new, odictiter_nextkey, odictiter_iternext of odictobject.c, 3.11).
import type { PyObject } from "../heap/object";
import { PyIterator } from "../heap/iterators";
import type { PyOrderedDict } from "../heap/collections";
import type { HashKey } from "../heap/containers";
import { dictFind, dictGet } from "../vm/dicts";
import { PyRaise } from "../vm/errors";
import { clearRaised } from "../vm/protocol";
import { registerIterator } from "../vm/iteration";
import { refilledResult, giveResultTuple } from "../vm/builtin-iterators";
import type { VM } from "../vm/vm";

const KEY_BEING_READ = "key whose value the iterator reads";

/** odictiter: holds the dict until exhausted and the next key until it hands it out. */
class PyODictIterator extends PyIterator {
	current: PyObject | null = null;
	override references() {
		const refs = super.references();
		if (this.current) refs.push({ label: "next key", target: this.current });
		return refs;
	}
	override releaseReferences(): PyObject[] {
		const current = this.current;
		this.current = null;
		const out = super.releaseReferences();
		if (current) out.splice(1, 0, current);
		return out;
	}
}

/**
 * odictiter_new and odictiter_iternext for keys, values or items, forwards or reversed. Each step finds the
 * node of the key it hands out by hashing that key again (_odict_find_node), and a value or an item also reads
 * the value by the key (PyODict_GetItem): a key's own __hash__ runs once a step for keys, twice for values.
 */
export function odictIterator(vm: VM, od: PyOrderedDict, view: "keys" | "values" | "items", reverse: boolean): PyIterator {
	const state = od.state;
	let size = od.entries.size;
	const nodes = new NodeOrder(od, reverse);
	const it = new PyODictIterator("odict_iterator", od, (self) => {
		const iter = self as PyODictIterator;
		if (!iter.source) return null;
		const done = () => {
			dropCurrent(vm, iter);
			const source = iter.source;
			iter.source = null;
			vm.heap.observer?.contentChanged(iter);
			if (source) vm.decref(source);
		};
		const key = iter.current;
		if (!key) {
			done();
			return null;
		}
		if (od.state !== state) {
			done();
			vm.raise("RuntimeError", "OrderedDict mutated during iteration");
		}
		if (size !== od.entries.size) {
			// Sticky: every later step says so too, and the iterator keeps the dict.
			size = -1;
			vm.raise("RuntimeError", "OrderedDict changed size during iteration");
		}
		let found: HashKey | undefined;
		try {
			found = dictFind(vm, od, key);
		} catch (e) {
			dropCurrent(vm, iter);
			throw e;
		}
		if (found === undefined) {
			dropCurrent(vm, iter);
			throw vm.keyError(key);
		}
		const next = nodes.after(found);
		// The key's reference passes from di_current to the caller.
		iter.current = next === undefined ? null : vm.incref(od.entries.get(next)!.key);
		vm.heap.observer?.contentChanged(iter);
		if (view === "keys") return key;
		// odictiter_iternext's own reference to the key while it reads the value (a __hash__ may run).
		vm.heap.adopt(key, KEY_BEING_READ);
		let value: PyObject | undefined;
		try {
			value = valueByKey(vm, od, key);
		} finally {
			vm.heap.disown(key, KEY_BEING_READ);
		}
		if (value === undefined) {
			const error = vm.keyError(key);
			vm.decref(key);
			done();
			throw error;
		}
		if (view === "values") {
			vm.decref(key);
			return vm.incref(value);
		}
		return refilledResult(vm, iter, [key, vm.incref(value)]);
	});
	const first = nodes.first();
	if (first !== undefined) it.current = vm.incref(od.entries.get(first)!.key);
	registerIterator(vm, it);
	if (view === "items") giveResultTuple(vm, it, 2);
	return it;
}

function dropCurrent(vm: VM, iter: PyODictIterator): void {
	const current = iter.current;
	iter.current = null;
	vm.heap.observer?.contentChanged(iter);
	if (current) vm.decref(current);
}

/** PyODict_GetItem, which is PyDict_GetItem: an error while hashing or comparing is dropped (no value). */
function valueByKey(vm: VM, od: PyOrderedDict, key: PyObject): PyObject | undefined {
	try {
		return dictGet(vm, od, key);
	} catch (e) {
		if (!(e instanceof PyRaise)) throw e;
		clearRaised(vm, e);
		return undefined;
	}
}

/**
 * The nodes' order, read from the dict's entries once for each od_state: the iterator stops at any change of
 * state, so one reading serves every step of an iteration.
 */
class NodeOrder {
	private keys: HashKey[] = [];
	private positions = new Map<HashKey, number>();
	private state = -1;

	constructor(
		private readonly od: PyOrderedDict,
		private readonly reverse: boolean,
	) {}

	first(): HashKey | undefined {
		return this.read()[0];
	}

	after(key: HashKey): HashKey | undefined {
		const keys = this.read();
		const at = this.positions.get(key);
		return at === undefined ? undefined : keys[at + 1];
	}

	private read(): HashKey[] {
		if (this.state === this.od.state) return this.keys;
		this.state = this.od.state;
		this.keys = [...this.od.entries.keys()];
		if (this.reverse) this.keys.reverse();
		this.positions = new Map(this.keys.map((k, i) => [k, i]));
		return this.keys;
	}
}
