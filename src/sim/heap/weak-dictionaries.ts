// weakref.WeakValueDictionary and weakref.WeakKeyDictionary, with the objects Lib/weakref.py builds for
// them, and weakref.WeakSet with Lib/_weakrefset.py's (a `data` set of weak references). CPython's containers are Python classes: an instance whose attributes are a `data` dict, a
// `_remove` closure, a `_pending_removals` list and an `_iterating` set. Each entry's weak side is a weak
// reference whose callback is `_remove` (a KeyedRef, holding its key, for WeakValueDictionary), and
// `_remove` reaches the container only through a weak reference in its defaults, so entries never keep
// the container alive. The same objects exist here, so reference counts and collections come out as in
// CPython; only the Python code of the methods runs natively.
import { PyObject, HeapKind, setHeapKind, type Reference, present, refsOf } from "./object";
import { T, type PyClass } from "./classes";
import { PyWeakref } from "./weakrefs";

export class PyWeakDictionary extends PyObject {
	constructor(
		/** WeakKeyDictionary when true: keys are weak. Otherwise values are. */
		readonly weakKeys: boolean,
		public data: PyObject | null = null,
		public remove: PyObject | null = null,
		public pendingRemovals: PyObject | null = null,
		public iterating: PyObject | null = null,
		/** WeakKeyDictionary's `_dirty_len` (always False: removals are never deferred here). */
		public dirtyLen: PyObject | null = null,
	) {
		super();
	}
	get cls(): PyClass {
		return this.weakKeys ? T.WeakKeyDictionary : T.WeakValueDictionary;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	/** The instance's attributes in the order __init__ assigns them. */
	private attributes(): [string, PyObject | null][] {
		const { data, remove, pendingRemovals, iterating } = this;
		return this.weakKeys
			? [["data", data], ["_remove", remove], ["_pending_removals", pendingRemovals], ["_iterating", iterating], ["_dirty_len", this.dirtyLen]]
			: [["_remove", remove], ["_pending_removals", pendingRemovals], ["_iterating", iterating], ["data", data]];
	}
	override references(): Reference[] {
		return refsOf(this.attributes().map(([name, value]) => [`.${name}`, value]));
	}
	override releaseReferences(): PyObject[] {
		const out = present(this.attributes().map(([, value]) => value));
		this.data = this.remove = this.pendingRemovals = this.iterating = this.dirtyLen = null;
		return out;
	}
}

/**
 * WeakSet as Lib/_weakrefset.py's __init__ makes it: `data` (a set of weak references whose callback is
 * `_remove`), `_remove`, `_pending_removals` and `_iterating`.
 */
export class PyWeakSet extends PyObject {
	data: PyObject | null = null;
	remove: PyObject | null = null;
	pendingRemovals: PyObject | null = null;
	iterating: PyObject | null = null;
	get cls(): PyClass {
		return T.WeakSet;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	private attributes(): [string, PyObject | null][] {
		return [["data", this.data], ["_remove", this.remove], ["_pending_removals", this.pendingRemovals], ["_iterating", this.iterating]];
	}
	override references(): Reference[] {
		return refsOf(this.attributes().map(([name, value]) => [`.${name}`, value]));
	}
	override releaseReferences(): PyObject[] {
		const out = present(this.attributes().map(([, value]) => value));
		this.data = this.remove = this.pendingRemovals = this.iterating = null;
		return out;
	}
}

/**
 * The `remove` closure of a weak container's __init__ (`_remove` for WeakSet): a function whose defaults
 * hold a weak reference to the container (and, for WeakValueDictionary, the builtin _remove_dead_weakref).
 */
export class PyWeakDictRemover extends PyObject {
	constructor(
		readonly ownerName: string,
		public defaults: PyObject | null,
		readonly name = "remove",
	) {
		super();
	}
	get cls(): PyClass {
		return T.function;
	}
	get qualname(): string {
		return `${this.ownerName}.__init__.<locals>.${this.name}`;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		return refsOf([["__defaults__", this.defaults]]);
	}
	override releaseReferences(): PyObject[] {
		const out = present([this.defaults]);
		this.defaults = null;
		return out;
	}
}

/** weakref.KeyedRef: a weak reference to a WeakValueDictionary's value that remembers its key. */
export class PyKeyedRef extends PyWeakref {
	constructor(
		referent: PyObject,
		callback: PyObject | null,
		public key: PyObject | null,
	) {
		super(referent, callback);
	}
	override get cls(): PyClass {
		return T.KeyedRef;
	}
	// subtype_traverse and subtype_dealloc handle the __slots__ member before the weakref's own fields.
	override references(): Reference[] {
		return [...refsOf([["key", this.key]]), ...super.references()];
	}
	override releaseReferences(): PyObject[] {
		const out = present([this.key]);
		this.key = null;
		return [...out, ...super.releaseReferences()];
	}
}

/**
 * weakref.WeakMethod (Lib/weakref.py): a weak reference to a bound method's instance whose slots hold a weak
 * reference to its function (`_func_ref`), the method type (`_meth_type`) and `_alive`. Its callback is the
 * `_cb` closure of __new__, which both weak references share. It has a __weakref__ slot: `_cb` reaches it
 * through `self_wr`, a plain weak reference, so nothing it makes keeps it alive.
 */
export class PyWeakMethod extends PyWeakref {
	funcRef: PyObject | null = null;
	methType: PyObject | null = null;
	alive: PyObject | null = null;
	override get cls(): PyClass {
		return T.WeakMethod;
	}
	/** Its __slots__ in the order type_new sorts them (and subtype_dealloc clears them). */
	slotValues(): [string, PyObject | null][] {
		return [["_alive", this.alive], ["_func_ref", this.funcRef], ["_meth_type", this.methType]];
	}
	override references(): Reference[] {
		return [...refsOf(this.slotValues()), ...super.references()];
	}
	override releaseReferences(): PyObject[] {
		const out = present(this.slotValues().map(([, value]) => value));
		this.alive = this.funcRef = this.methType = null;
		return [...out, ...super.releaseReferences()];
	}
}

/** WeakMethod.__new__'s `_cb(arg)`: a function whose closure holds the cells of `callback` and `self_wr`. */
export class PyWeakMethodCallback extends PyObject {
	constructor(public closure: PyObject | null) {
		super();
	}
	get cls(): PyClass {
		return T.function;
	}
	readonly qualname = "WeakMethod.__new__.<locals>._cb";
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		return refsOf([["__closure__", this.closure]]);
	}
	override releaseReferences(): PyObject[] {
		const out = present([this.closure]);
		this.closure = null;
		return out;
	}
}
