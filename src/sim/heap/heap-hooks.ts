// The heap's side of its contracts: what it tells the trace recorder (HeapObserver), what it asks of the VM
// when objects die (Finalizers), and the releases in progress that the trace reads (PendingRelease).
import type { PyObject } from "./object";
import type { PyWeakref } from "./weakrefs";
import type { DictEntry } from "./containers";

/** Which item of a container took a new value: a list's or deque's index, or a dict's entry. */
export type ReplacedItem = number | DictEntry;

/**
 * A set's item taken between the others (`item`), or one let go (`item` null), at `position` in the order the set
 * iterates; or a dict's entry let go (`item` null) at `position`, or, where `position` is -1, the entry of the key
 * whose id is `removedKey`, which the recorder finds in the dict's last record. The others keep their order.
 */
export interface ItemTakenOrLetGo {
	readonly item: PyObject | null;
	readonly position: number;
	readonly removedKey?: number;
}

/** What the heap tells an observer (the trace recorder). */
export interface HeapObserver {
	alloc(o: PyObject): void;
	refChanged(o: PyObject): void;
	/** What the object holds (items, attributes, size, tracking) changed. */
	contentChanged(o: PyObject): void;
	/**
	 * A list, deque, dict or set grew at its end (in the order it iterates): its items before `from` are the ones it
	 * had; a dict's new entry is `entry`.
	 * contentChanged with a hint, so that a container that grows by one a step is not compared item by item each
	 * time.
	 */
	itemsAppended(container: PyObject, from: number, entry?: DictEntry): void;
	/**
	 * One item took a new value: a list's or deque's at an index (`x[i] = v`), or a dict entry's (`d[k] = v` for a
	 * key it has). contentChanged with a hint, so that a step that changes one item of a large container
	 * (`counts[word] += 1`) is not compared item by item.
	 */
	itemReplaced(container: PyObject, item: ReplacedItem): void;
	/**
	 * A set took a new item between the ones it had, which keep their order (a str lands anywhere in its table).
	 * contentChanged with a hint, so that a set of strings that grows by one a step is not compared item by item.
	 */
	itemInserted(container: PyObject, inserted: ItemTakenOrLetGo & { item: PyObject }): void;
	/**
	 * A set let go of the item at `position` in the order it iterates (`discard`, `remove`, `pop`), or a dict of the
	 * entry there (`popitem`); the others keep their order. contentChanged with a hint, as itemInserted is.
	 */
	itemRemoved(container: PyObject, position: number): void;
	/**
	 * A dict let go of the entry of `key` (`del d[k]`, `pop`): itemRemoved, its place left to the recorder, which
	 * reads it from the dict's last record (finding it in the dict itself cost a walk of V8's Map, through every
	 * entry deleted since the Map last shrank).
	 */
	entryRemoved(container: PyObject, key: PyObject): void;
	free(o: PyObject): void;
}

export interface Finalizers {
	/** Run `__del__` of a user object whose count reached zero (PEP 442 tp_finalize). */
	runDel(o: PyObject): void;
	/** Call a weakref's callback (which the caller holds) with the (now dead) weakref. */
	runWeakrefCallback(ref: PyWeakref, callback: PyObject): void;
	/** Whether dealloc must call runDel first (__del__, or a suspended generator to close). */
	hasFinalizer(o: PyObject): boolean;
}

/**
 * References an object being freed (or a frame being cleared) still holds while it releases them one by
 * one: a __del__ that runs in between sees the rest still held, and the trace shows them so.
 */
export interface PendingRelease {
	/** The object that held them (the trace names it after `label`), or null when `label` says it all. */
	readonly owner: PyObject | null;
	/** "references of freed" (list#3), "removed from" (dict#7), "frame of f being cleared". */
	readonly label: string;
	readonly refs: readonly PyObject[];
	/** Index of the next reference to release; earlier ones are gone. */
	next: number;
}
