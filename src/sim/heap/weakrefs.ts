// Weak references and weakref.finalize: objects that refer to another without keeping it alive.
import { PyObject, HeapKind, setHeapKind, present, refsOf, type Reference } from "./object";
import { T, type PyClass } from "./classes";
import type { HashKey } from "./containers";

export class PyWeakref extends PyObject {
	/** The referent's hash, cached on first use (weakref's wr->hash). */
	hashKey: HashKey | null = null;
	constructor(
		public referent: PyObject | null,
		public callback: PyObject | null,
	) {
		super();
	}
	get cls(): PyClass {
		return T.weakref;
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
