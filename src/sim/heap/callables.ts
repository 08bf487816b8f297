// Functions, methods, cells, descriptors, modules, iterators, generators and weak references.
import { PyObject, HeapKind, setHeapKind, attributeLabel, type Reference } from "./object";
import { T, iteratorTypes, type PyClass } from "./classes";
import type { CodeObject } from "../compile/code";
import type { HashKey, PyDict, PyTuple } from "./containers";
import type { Frame } from "../vm/frame";
import type { VM } from "../vm/vm";

export function refsOf(pairs: [string, PyObject | null][]): Reference[] {
	const out: Reference[] = [];
	for (const [label, target] of pairs) if (target) out.push({ label, target });
	return out;
}

export function present(objs: (PyObject | null)[]): PyObject[] {
	return objs.filter((o): o is PyObject => o !== null);
}

export class PyFunction extends PyObject {
	name: string;
	qualname: string;
	defaults: PyTuple | null = null;
	kwdefaults: PyDict | null = null;
	closure: PyTuple | null = null;
	/** Set by a dict when attributes are assigned to the function (rare). */
	attrs = new Map<string, PyObject>();
	/** Until func_clear: the reference to `globals`, counted once those are an ordinary dict (at shutdown). */
	private holdsGlobals = true;
	constructor(
		readonly code: CodeObject,
		readonly globals: PyDict,
		/** The code constant MAKE_FUNCTION loaded: what __code__ returns (shared by every function made from it). */
		readonly codeConstant: PyObject | null = null,
	) {
		super();
		this.name = code.name;
		this.qualname = code.qualname;
	}
	get cls(): PyClass {
		return T.function;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		const refs = refsOf([
			["__defaults__", this.defaults],
			["__kwdefaults__", this.kwdefaults],
			["__closure__", this.closure],
		]);
		for (const [k, v] of this.attrs) refs.push({ label: attributeLabel(k), target: v });
		// __main__'s globals are interpreter-wide until shutdown, when the collector reclaims them.
		if (this.holdsGlobals && !this.globals.shared) refs.push({ label: "__globals__", target: this.globals });
		return refs;
	}
	override releaseReferences(): PyObject[] {
		// func_clear order: globals, ..., defaults, kwdefaults, ..., dict, closure.
		const globals = this.holdsGlobals && !this.globals.shared ? this.globals : null;
		this.holdsGlobals = false;
		const out = present([globals, this.defaults, this.kwdefaults, ...this.attrs.values(), this.closure]);
		this.defaults = this.kwdefaults = this.closure = null;
		this.attrs.clear();
		return out;
	}
}

/**
 * A function implemented by the simulator (len, list.append...). Receives its arguments borrowed and
 * returns a new reference. Natives are shared by every VM, so the VM is passed in, never captured.
 */
export type NativeImpl = (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null, self: PyObject | null) => PyObject;

export class PyBuiltinFunction extends PyObject {
	constructor(
		readonly name: string,
		readonly impl: NativeImpl,
		/** The bound receiver of a builtin method (`[].append`); the object holds a reference to it. */
		public self: PyObject | null = null,
		/** Type the method belongs to, for its repr. */
		readonly owner: PyClass | null = null,
	) {
		super();
	}
	get cls(): PyClass {
		return T.builtin_function_or_method;
	}
	static {
		setHeapKind(this, HeapKind.ByObject);
	}
	override get gcKind(): boolean {
		return this.self !== null;
	}
	override references(): Reference[] {
		return refsOf([["__self__", this.self]]);
	}
	override releaseReferences(): PyObject[] {
		const out = present([this.self]);
		this.self = null;
		return out;
	}
}

export class PyBoundMethod extends PyObject {
	constructor(
		public func: PyObject | null,
		public self: PyObject | null,
	) {
		super();
	}
	get cls(): PyClass {
		return T.method;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		return refsOf([
			["__func__", this.func],
			["__self__", this.self],
		]);
	}
	override releaseReferences(): PyObject[] {
		// method_dealloc: im_func, then im_self.
		const out = present([this.func, this.self]);
		this.func = this.self = null;
		return out;
	}
}

export class PyCell extends PyObject {
	constructor(public ref: PyObject | null) {
		super();
	}
	get cls(): PyClass {
		return T.cell;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		return refsOf([["cell contents", this.ref]]);
	}
	override releaseReferences(): PyObject[] {
		const out = present([this.ref]);
		this.ref = null;
		return out;
	}
}

/** staticmethod, classmethod and property: descriptors wrapping callables. */
export class PyDescriptor extends PyObject {
	constructor(
		readonly kind: "staticmethod" | "classmethod" | "property",
		public parts: (PyObject | null)[],
	) {
		super();
	}
	get cls(): PyClass {
		return T[this.kind];
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		const labels = this.kind === "property" ? ["fget", "fset", "fdel"] : ["__func__"];
		return refsOf(this.parts.map((p, i) => [labels[i] ?? `[${i}]`, p]));
	}
	override releaseReferences(): PyObject[] {
		const out = present(this.parts);
		this.parts = [];
		return out;
	}
}

export class PyModule extends PyObject {
	constructor(
		readonly name: string,
		readonly dict: PyDict,
	) {
		super();
		this.shared = true;
	}
	get cls(): PyClass {
		return T.module;
	}
}

/** A builtin iterator: `advance` returns the next item as a new reference, or null when exhausted. */
export class PyIterator extends PyObject {
	constructor(
		readonly kindName: string,
		/** The iterated object; iterators hold it until exhausted (listiter's it_seq). */
		public source: PyObject | null,
		readonly advance: (it: PyIterator) => PyObject | null,
		public index = 0,
	) {
		super();
	}
	get cls(): PyClass {
		return iteratorTypes.get(this.kindName) ?? T.iterator;
	}
	override get typeName(): string {
		return this.kindName;
	}
	static {
		setHeapKind(this, HeapKind.ByObject);
	}
	override get gcKind(): boolean {
		// range_iterator holds only C longs, so CPython does not make it a GC type (no allocation count).
		return this.kindName !== "range_iterator";
	}
	override references(): Reference[] {
		return refsOf([["iterable", this.source]]);
	}
	override releaseReferences(): PyObject[] {
		const out = present([this.source]);
		this.source = null;
		return out;
	}
}

export class PyGenerator extends PyObject {
	constructor(
		public frame: Frame | null,
		readonly name: string,
		readonly qualname: string,
		/** gi_code: its function's code object (a shared constant), still there once the frame is gone. */
		readonly codeConstant: PyObject,
	) {
		super();
	}
	running = false;
	get cls(): PyClass {
		return T.generator;
	}
	static {
		setHeapKind(this, HeapKind.Generator);
	}
	override references(): Reference[] {
		// While it runs, its frame is on the frame stack and shows its own locals.
		return this.frame && !this.running ? this.frame.references() : [];
	}
	override releaseReferences(): PyObject[] {
		// The parked frame is cleared like any frame: locals in slot order, the stack, then the function.
		const frame = this.frame;
		if (!frame) return [];
		this.frame = null;
		frame.generator = null;
		const out: PyObject[] = [];
		for (let i = 0; i < frame.locals.length; i++) {
			const v = frame.locals[i];
			if (v) out.push(v);
			frame.locals[i] = null;
		}
		out.push(...frame.stack.splice(0));
		if (frame.func) out.push(frame.func);
		return out;
	}
}

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

export class PySuper extends PyObject {
	constructor(
		public thisClass: PyClass | null,
		public obj: PyObject | null,
	) {
		super();
	}
	get cls(): PyClass {
		return T.super;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		return refsOf([["__thisclass__", this.thisClass], ["__self__", this.obj]]);
	}
	override releaseReferences(): PyObject[] {
		const out = present([this.obj, this.thisClass]);
		this.obj = this.thisClass = null;
		return out;
	}
}
