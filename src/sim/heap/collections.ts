// collections.deque and collections.defaultdict, the C types of Modules/_collectionsmodule.c (3.11).
// A deque keeps its items in a doubly-linked list of 64-slot blocks; pymem keeps the items in one array and
// follows only what the blocks decide: the left index within the first block, from which the number of
// blocks (and so sys.getsizeof) follows exactly as deque_sizeof computes it.
import { PyObject, HeapKind, setHeapKind, indexLabel, type Reference } from "./object";
import { T, type PyClass } from "./classes";
import { PyDict } from "./containers";
import { PyDictView } from "./views";

export const BLOCKLEN = 64;
/** Where an empty deque's indices sit: leftindex CENTER + 1, rightindex CENTER. */
export const CENTER = (BLOCKLEN - 1) >> 1;

export class PyDeque extends PyObject {
	items: PyObject[] = [];
	/** deque->leftindex: the first item's slot in the leftmost block (0 <= leftIndex < BLOCKLEN). */
	leftIndex = CENTER + 1;
	/** -1 when unbounded. */
	maxlen = -1;
	/** deque->state: bumped whenever the indices move, so iterators notice a mutation. */
	state = 0;
	get cls(): PyClass {
		return T.deque;
	}
	/** tp_name, which CPython's messages use ("unhashable type: 'collections.deque'"). */
	override get typeName(): string {
		return "collections.deque";
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	/** The blocks deque_sizeof counts. */
	get blocks(): number {
		return Math.floor((this.leftIndex + this.items.length + BLOCKLEN - 1) / BLOCKLEN);
	}
	/** deque_traverse: left to right. */
	override references(): Reference[] {
		return this.items.map((target, i) => ({ label: indexLabel(i), target }));
	}
	/** deque_clear (from deque_dealloc and tp_clear): empty and re-centred first, then the items left to right. */
	override releaseReferences(): PyObject[] {
		const out = this.items;
		this.items = [];
		this.leftIndex = CENTER + 1;
		this.state++;
		return out;
	}
}

export class PyDefaultDict extends PyDict {
	defaultFactory: PyObject | null = null;
	override get cls(): PyClass {
		return T.defaultdict;
	}
	override get typeName(): string {
		return "collections.defaultdict";
	}
	// dict_new tracks every dict subclass at birth; dict_dealloc's free list takes exact dicts only.
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override shownHeader(): Reference[] {
		return this.defaultFactory ? [{ label: "default_factory", target: this.defaultFactory }] : [];
	}
	/** defdict_traverse: the factory, then the dict's entries. */
	override references(): Reference[] {
		return this.shownHeader().concat(super.references());
	}
	/** defdict_dealloc and defdict_tp_clear: Py_CLEAR(default_factory), then dict's own. */
	override releaseReferences(): PyObject[] {
		const factory = this.defaultFactory;
		this.defaultFactory = null;
		const entries = super.releaseReferences();
		return factory ? [factory, ...entries] : entries;
	}
}

/**
 * collections.OrderedDict (Objects/odictobject.c): a dict plus a linked list of nodes, one per key, each
 * holding a reference to its key, and an instance __dict__ made with the object. Pymem keeps the dict's
 * entries in the nodes' order, so the nodes are the entries' keys.
 */
export class PyOrderedDict extends PyDict {
	/** od_inst_dict. */
	instDict: PyObject | null = null;
	/** od_state: bumped whenever a node is added, removed or moved, so iterators notice. */
	state = 0;
	override get cls(): PyClass {
		return T.OrderedDict;
	}
	override get typeName(): string {
		return "collections.OrderedDict";
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	/** odict_traverse: the instance dict, each node's key, then the dict's entries. */
	override references(): Reference[] {
		const own = this.shownHeader();
		for (const e of this.entries.values()) own.push({ label: "node key", target: e.key });
		return own.concat(super.references());
	}
	override shownHeader(): Reference[] {
		return this.instDict ? [{ label: "__dict__", target: this.instDict }] : [];
	}
	/**
	 * What the trace draws: each node's key beside its entry, so that a card reads entry by entry and a change at
	 * one entry (a popitem, a new key) leaves the others' slots where they were.
	 */
	override shownReferences(): Reference[] {
		const own = this.shownHeader();
		for (const e of this.entries.values()) own.push({ label: "node key", target: e.key }, { label: "key", target: e.key }, { label: "value", target: e.value });
		return own;
	}
	/** odict_dealloc: the instance dict, the nodes' keys (first to last), then dict_dealloc's entries. */
	override releaseReferences(): PyObject[] {
		const out: PyObject[] = this.instDict ? [this.instDict] : [];
		this.instDict = null;
		for (const e of this.entries.values()) out.push(e.key);
		this.state++;
		return out.concat(super.releaseReferences());
	}
	/** odict_tp_clear: the instance dict, PyDict_Clear's entries, then the nodes' keys. */
	clearReferences(): PyObject[] {
		const out: PyObject[] = this.instDict ? [this.instDict] : [];
		this.instDict = null;
		const keys = [...this.entries.values()].map((e) => e.key);
		this.state++;
		return out.concat(super.releaseReferences(), keys);
	}
}

/** odict_keys, odict_values, odict_items: dict views of an OrderedDict, with their own types. */
export class PyODictView extends PyDictView {
	override get cls(): PyClass {
		return T[`odict_${this.kind}`];
	}
}
