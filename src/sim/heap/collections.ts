// collections.deque and collections.defaultdict, the C types of Modules/_collectionsmodule.c (3.11).
// A deque keeps its items in a doubly-linked list of 64-slot blocks; pymem keeps the items in one array and
// follows only what the blocks decide: the left index within the first block, from which the number of
// blocks (and so sys.getsizeof) follows exactly as deque_sizeof computes it.
import { PyObject, HeapKind, setHeapKind, indexLabel, type Reference } from "./object";
import { T, type PyClass } from "./classes";
import { PyDict } from "./containers";

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
	/** defdict_traverse: the factory, then the dict's entries. */
	override references(): Reference[] {
		const own: Reference[] = this.defaultFactory ? [{ label: "default_factory", target: this.defaultFactory }] : [];
		return own.concat(super.references());
	}
	/** defdict_dealloc and defdict_tp_clear: Py_CLEAR(default_factory), then dict's own. */
	override releaseReferences(): PyObject[] {
		const factory = this.defaultFactory;
		this.defaultFactory = null;
		const entries = super.releaseReferences();
		return factory ? [factory, ...entries] : entries;
	}
}
