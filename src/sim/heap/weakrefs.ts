// Weak references and weakref.finalize: objects that refer to another without keeping it alive; and what an
// object's death does to the weak references around it (CPython's PyObject_ClearWeakRefs, and type_dealloc's
// remove_all_subclasses for the weak references in its bases' tp_subclasses).
import { PyObject, HeapKind, setHeapKind, present, refsOf, type Reference } from "./object";
import { T, subclassesLabel, type PyClass } from "./classes";
import { PyDict, PyTuple, type HashKey } from "./containers";
import type { Heap } from "./heap";
import { WEAKREF_CALLBACK_HOLDER } from "../trace/types";

export class PyWeakref extends PyObject {
	/** The referent's hash, cached on first use (weakref's wr->hash). */
	hashKey: HashKey | null = null;
	/** hash(ref): the referent's hash, cached on first use, so a dead ref still finds its dict entry. */
	hashValue: bigint | null = null;
	/** The cached hash came from a referent whose __hash__ or __eq__ runs Python code (dicts probe such refs). */
	probed = false;
	constructor(
		public referent: PyObject | null,
		public callback: PyObject | null,
	) {
		super();
	}
	get cls(): PyClass {
		return T.weakref;
	}
	/** tp_name of the C type, which messages show; a Python subclass (KeyedRef) shows its own name. */
	override get typeName(): string {
		return this.cls === T.weakref ? "weakref.ReferenceType" : this.cls.name;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		return refsOf([["__callback__", this.callback]]);
	}
	override releaseReferences(): PyObject[] {
		// weakref_dealloc unlinks the ref from its referent's list.
		const list = this.referent?.weakrefs;
		if (list) {
			const i = list.indexOf(this);
			if (i >= 0) list.splice(i, 1);
		}
		this.referent = null;
		const out = present([this.callback]);
		this.callback = null;
		return out;
	}
}

/**
 * weakref.finalize: calls func(*args, **kwargs) once, when its object dies or when called first. What
 * Lib/weakref.py keeps in its _Info record (the weakref, whose callback is this object, and the call) is
 * held here; the class-level registry that keeps a live finalizer alive is an interpreter reference.
 */
export class PyFinalize extends PyObject {
	constructor(
		public weakref: PyWeakref | null,
		public func: PyObject | null,
		public args: PyObject | null,
		public kwargs: PyObject | null,
	) {
		super();
	}
	/** _Info.atexit: whether finalize._exitfunc calls it at exit (a program may set it False). */
	atexit = true;
	get cls(): PyClass {
		return T.finalize;
	}
	get alive(): boolean {
		return this.func !== null;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		return refsOf([["weakref", this.weakref], ["func", this.func], ["args", this.args], ["kwargs", this.kwargs]]);
	}
	override releaseReferences(): PyObject[] {
		const out = present([this.weakref, this.func, this.args, this.kwargs]);
		this.weakref = this.func = this.args = this.kwargs = null;
		return out;
	}
}

/**
 * A weak proxy (weakref.proxy): a weak reference that stands for its referent in attribute access, operators,
 * calls... (vm/weak-proxy-ops.ts forwards them). Its type depends on whether the referent was callable when
 * the proxy was made: CallableProxyType or ProxyType.
 */
export class PyWeakProxy extends PyWeakref {
	constructor(
		referent: PyObject,
		callback: PyObject | null,
		readonly callable: boolean,
	) {
		super(referent, callback);
	}
	override get cls(): PyClass {
		return this.callable ? T.CallableProxyType : T.ProxyType;
	}
	/** tp_name, which messages show: "weakref.ProxyType". */
	override get typeName(): string {
		return `weakref.${this.cls.name}`;
	}
}

/** A "basic" ref: an exact weakref.ref without callback, the one weakref.ref(x) hands out again. */
export function isBasicRef(r: PyObject | undefined): r is PyWeakref {
	return r instanceof PyWeakref && !r.callback && r.cls === T.weakref;
}

/** A basic proxy: a proxy without callback, the one weakref.proxy(x) hands out again. */
export function isBasicProxy(r: PyObject | undefined): r is PyWeakProxy {
	return r instanceof PyWeakProxy && !r.callback;
}

/** How many basic refs lead the list (get_basic_refs: a basic ref first, then a basic proxy). */
function basicCount(list: readonly PyObject[]): number {
	let n = isBasicRef(list[0]) ? 1 : 0;
	if (isBasicProxy(list[n])) n++;
	return n;
}

/**
 * Link a new weak reference into its referent's list where CPython's insert_head / insert_after put it: a basic
 * ref at the head, a basic proxy after it, every other (with a callback, or of a subclass) right after the
 * basic ones, so those come newest first.
 */
export function insertWeakref(target: PyObject, ref: PyWeakref): void {
	const list = (target.weakrefs ??= []);
	const at = isBasicRef(ref) ? 0 : isBasicProxy(ref) ? (isBasicRef(list[0]) ? 1 : 0) : basicCount(list);
	list.splice(at, 0, ref);
}

/** The weak reference's referent is dying: it reads None from now on, and its preview says it is dead. */
export function clearReferent(heap: Heap, ref: PyWeakref): void {
	ref.referent = null;
	heap.observer?.contentChanged(ref);
}

/**
 * PyObject_ClearWeakRefs: clear every weak reference to `o` and call their callbacks in list order (newest
 * first). The basic ref and proxy at the head are cleared first; when one weakref remains its callback runs
 * alone and is released right after; several wait in a tuple (with their weakrefs) that is freed, last item
 * first, after the last call. Each weakref gives up its callback first (`__callback__` reads None inside it).
 */
export function clearWeakrefs(heap: Heap, o: PyObject, callCallbacks = true): void {
	const refs = o.weakrefs;
	if (!refs) return;
	o.weakrefs = null;
	for (const r of refs) clearReferent(heap, r as PyWeakref);
	if (!callCallbacks) return;
	const finalizers = heap.finalizers;
	const rest = refs.slice(basicCount(refs));
	if (rest.length === 1) {
		const ref = rest[0] as PyWeakref;
		const callback = detachCallback(heap, ref);
		if (!callback) return;
		finalizers?.runWeakrefCallback(ref, callback);
		heap.release(callback, WEAKREF_CALLBACK_HOLDER);
		return;
	}
	const pairs: PyObject[] = [];
	for (const r of rest) {
		const ref = r as PyWeakref;
		const callback = detachCallback(heap, ref);
		if (!callback) continue;
		heap.hold(ref, CALLBACK_PAIR);
		pairs.push(ref, callback);
	}
	if (pairs.length === 0) return;
	// Allocating the tuple can start a collection: until it holds them, the pairs show as the interpreter's.
	const tuple = heap.register(new PyTuple(pairs), true);
	for (let i = 0; i < pairs.length; i += 2) {
		heap.disown(pairs[i]!, CALLBACK_PAIR);
		heap.disown(pairs[i + 1]!, WEAKREF_CALLBACK_HOLDER);
	}
	heap.adopt(tuple, CALLBACK_TUPLE);
	for (let i = 0; i < pairs.length; i += 2) finalizers?.runWeakrefCallback(pairs[i] as PyWeakref, pairs[i + 1]!);
	heap.release(tuple, CALLBACK_TUPLE);
}

const CALLBACK_PAIR = "weak reference whose callback is due";
const CALLBACK_TUPLE = "weak references and callbacks being called (PyObject_ClearWeakRefs)";

/** The weakref's callback, which the interpreter now holds instead of it. */
function detachCallback(heap: Heap, ref: PyWeakref): PyObject | null {
	const callback = ref.callback;
	if (callback) {
		ref.callback = null;
		heap.adopt(callback, WEAKREF_CALLBACK_HOLDER);
		heap.observer?.contentChanged(ref);
	}
	return callback;
}

/**
 * type_dealloc's remove_all_subclasses: each base drops its weak reference to the dying class (a user
 * base's tp_subclasses dict goes once empty).
 */
export function removeFromBases(heap: Heap, cls: PyClass): void {
	const ref = cls.subclassRef!;
	cls.subclassRef = null;
	for (const base of cls.subclassOf.splice(0)) {
		const dict = base.subclasses;
		if (!(dict instanceof PyDict)) {
			heap.release(ref, subclassesLabel(base));
			continue;
		}
		for (const [k, entry] of dict.entries) {
			if (entry.value !== ref) continue;
			dict.entries.delete(k);
			heap.decref(entry.key);
			if (dict.shared) heap.release(ref, subclassesLabel(base));
			else heap.decref(ref);
			break;
		}
		if (dict.entries.size === 0 && !dict.shared) {
			base.subclasses = null;
			heap.decref(dict);
		}
	}
}
