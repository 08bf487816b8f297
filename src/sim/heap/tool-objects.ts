// The objects of functools' C types (partial, _lru_cache_wrapper, KeyWrapper) and the links of a bounded lru
// cache: named slots (the struct's PyObject fields) the trace shows and the object releases, an optional
// instance __dict__, and natives the functools module gives them (calling, repr).
import { PyObject, HeapKind, setHeapKind, type Reference } from "./object";
import type { PyClass } from "./classes";
import type { PyDict } from "./containers";
import type { Frame } from "../vm/frame";

export class PyToolObject extends PyObject {
	constructor(
		readonly type: PyClass,
		/** The struct's object fields in tp_traverse order, as the trace labels them. */
		readonly labels: readonly string[],
		/** Their values (null for NULL); the object owns one reference to each. */
		readonly slots: (PyObject | null)[],
		/** tp_basicsize without the GC header. */
		readonly structSize: number,
	) {
		super();
	}
	/** The instance __dict__ (partial's and the lru wrapper's), made when first needed; traversed last. */
	dict: PyDict | null = null;
	/** Whether the type has a __dict__ slot (tp_dictoffset): partial and the lru wrapper do, KeyWrapper not. */
	hasDict = false;
	/** `__dict__` is a read-only member (SimpleNamespace's ns_dict): it cannot be replaced or deleted. */
	dictIsReadonly = false;
	/** tp_richcompare when the type has one (KeyWrapper's): a new reference, the comparison's result. */
	richCompare: ((other: PyObject, op: string) => PyObject) | null = null;
	/** tp_hash is PyObject_HashNotImplemented (KeyWrapper). */
	unhashable = false;
	/** Whether the type has tp_descr_get binding it as a method (the lru wrapper's lru_cache_descr_get). */
	bindsAsMethod = false;
	/** Read-only member descriptors (partial.func, KeyWrapper.obj): attribute name -> slot index. */
	members: Readonly<Record<string, number>> = {};
	/**
	 * CALL of the object with positional arguments at `frame`'s stack from `first` (the callable below, then
	 * `base`), run in the interpreter's own loop when it can be (an lru_cache wrapper's miss runs its function as a
	 * frame of the loop): true when it did, false to call it natively.
	 */
	startInLoop: ((frame: Frame, base: number, first: number) => boolean) | null = null;
	/**
	 * Whether a CALL of the object counts a C level of its own: _PyObject_MakeTpCall's, for a type with tp_call and
	 * no vectorcall (3.11's methodcaller, lru wrapper and KeyWrapper), or partial's fallback when it stores keywords.
	 */
	callCountsLevel: () => boolean = () => false;
	/** tp_call, or null for an object that cannot be called (a KeyWrapper made by K(obj)). */
	call: ((args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject) | null = null;
	/** tp_repr when the type has one of its own (partial's); otherwise `<module.name object at ...>`. */
	describe: (() => string) | null = null;
	/**
	 * A bounded lru cache's list of links, least recently used first: the wrapper holds one reference to each
	 * (the cache dict the other). Its tp_traverse visits each link's key and result instead (links are no GC
	 * type), so the collector sees those; the trace shows the links.
	 */
	links: PyLruLink[] | null = null;
	/** tp_traverse visits the type after the slots (operator's attrgetter and methodcaller), not before. */
	typeVisitedLast = false;
	get cls(): PyClass {
		return this.type;
	}
	override get typeName(): string {
		return `${this.type.module}.${this.type.name}`;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		// _functools' types are heap types in 3.11: their tp_traverse visits the type first (and each link's).
		const type: Reference = { label: "type", target: this.type };
		if (this.typeVisitedLast) return [...this.ownReferences([]), type];
		const refs: Reference[] = [type];
		for (const link of this.links ?? []) refs.push(...link.references(), { label: "type", target: link.type });
		return this.ownReferences(refs);
	}
	override shownReferences(): Reference[] {
		return this.ownReferences((this.links ?? []).map((target) => ({ label: "lru list link", target })));
	}
	private ownReferences(refs: Reference[]): Reference[] {
		this.slots.forEach((target, i) => {
			if (target) refs.push({ label: this.labels[i]!, target });
		});
		if (this.dict) refs.push({ label: "__dict__", target: this.dict });
		return refs;
	}
	/** tp_clear and tp_dealloc: the slots in order, then the __dict__, then what the type adds. */
	override releaseReferences(): PyObject[] {
		const out: PyObject[] = [];
		for (let i = 0; i < this.slots.length; i++) {
			const o = this.slots[i];
			if (o) out.push(o);
			this.slots[i] = null;
		}
		if (this.dict) out.push(this.dict);
		this.dict = null;
		if (this.links) out.push(...this.links.splice(0));
		return out;
	}
}

/** A bounded lru cache's lru_list_elem: not a GC type; the cache dict and the wrapper's list each hold it. */
export class PyLruLink extends PyObject {
	constructor(
		readonly type: PyClass,
		public key: PyObject | null,
		public result: PyObject | null,
		/** lru_list_elem's hash of its key, computed once by the call that stored it (undefined: a key hashed natively). */
		public hash: bigint | undefined = undefined,
	) {
		super();
	}
	get cls(): PyClass {
		return this.type;
	}
	override get typeName(): string {
		return "_lru_list_elem";
	}
	override references(): Reference[] {
		const refs: Reference[] = [];
		if (this.key) refs.push({ label: "key", target: this.key });
		if (this.result) refs.push({ label: "result", target: this.result });
		return refs;
	}
	override releaseReferences(): PyObject[] {
		const out = [this.key, this.result].filter((o): o is PyObject => o !== null);
		this.key = null;
		this.result = null;
		return out;
	}
}
