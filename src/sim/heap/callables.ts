// Functions, methods, cells, descriptors, super objects and modules. Iterators and generators live in
// iterators.ts, weak references in weakrefs.ts.
import { PyObject, HeapKind, setHeapKind, present, refsOf, type Reference } from "./object";
import { T, type PyClass } from "./classes";
import type { CodeObject } from "../compile/code";
import type { PyDict, PyTuple } from "./containers";
import type { VM } from "../vm/vm";

export class PyFunction extends PyObject {
	name: string;
	qualname: string;
	defaults: PyTuple | null = null;
	kwdefaults: PyDict | null = null;
	closure: PyTuple | null = null;
	/** func_dict: made when an attribute is first set or `__dict__` first read (PyObject_GenericGetDict). */
	dict: PyDict | null = null;
	/**
	 * func_annotations: MAKE_FUNCTION's tuple of names and values, made a dict the first time `__annotations__`
	 * is read (an empty one without annotations; functools_wraps reads it).
	 */
	annotations: PyTuple | PyDict | null = null;
	/**
	 * func_name and func_qualname once a program assigned them (the str held); null while they are still the code's.
	 * `name` and `qualname` always have their text, which the messages, repr and new generators use.
	 */
	nameObject: PyObject | null = null;
	qualnameObject: PyObject | null = null;
	/** func_doc and func_module once assigned ({ value }) or deleted ({ value: null }, read as None); null while still the code's docstring and `__main__`. */
	assignedDoc: { value: PyObject | null } | null = null;
	assignedModule: { value: PyObject | null } | null = null;
	/**
	 * A function of a library's Python code that pymem runs natively (functools' `_gt_from_lt`...): calls run
	 * this instead of a frame of `code`, which only describes the function. Null for every function of the program.
	 */
	nativeBody: LibraryFunctionBody | null = null;
	/**
	 * How often func_version was reset (`__defaults__` or `__kwdefaults__` assigned or deleted): an instruction
	 * specialized for the function learned the count and misses once it changes (vm/subscript-sites.ts).
	 */
	versionResets = 0;
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
		// func_traverse's order (the collector moves what it reaches in this order).
		// __main__'s globals are interpreter-wide until shutdown, when the collector reclaims them.
		const globals = this.holdsGlobals && !this.globals.shared ? this.globals : null;
		return refsOf([
			["__globals__", globals],
			["__module__", this.assignedModule?.value ?? null],
			["__defaults__", this.defaults],
			["__kwdefaults__", this.kwdefaults],
			["__doc__", this.assignedDoc?.value ?? null],
			["__name__", this.nameObject],
			["__dict__", this.dict],
			["__closure__", this.closure],
			["__annotations__", this.annotations],
			["__qualname__", this.qualnameObject],
		]);
	}
	override releaseReferences(): PyObject[] {
		// func_clear order: globals, builtins, module, defaults, kwdefaults, doc, dict, closure, annotations; then
		// func_dealloc's name and qualname (func_clear swaps them for the empty str).
		const globals = this.holdsGlobals && !this.globals.shared ? this.globals : null;
		this.holdsGlobals = false;
		const module = this.assignedModule?.value ?? null;
		const doc = this.assignedDoc?.value ?? null;
		if (this.assignedModule) this.assignedModule.value = null;
		if (this.assignedDoc) this.assignedDoc.value = null;
		const out = present([globals, module, this.defaults, this.kwdefaults, doc, this.dict, this.closure, this.annotations, this.nameObject, this.qualnameObject]);
		this.defaults = this.kwdefaults = this.dict = this.closure = this.annotations = this.nameObject = this.qualnameObject = null;
		return out;
	}
}

/** The body of a library function written in Python that pymem runs natively; arguments borrowed, a new reference returned. */
export type LibraryFunctionBody = (vm: VM, func: PyFunction, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject;

/**
 * A function implemented by the simulator (len, list.append...). Receives its arguments borrowed and
 * returns a new reference. Natives are shared by every VM, so the VM is passed in, never captured.
 */
export type NativeImpl = (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null, self: PyObject | null) => PyObject;

/**
 * The methods that are METH_VARARGS in CPython. Bound (`f = view.__exit__`), such a method has no vectorcall:
 * cfunction_call refuses keywords naming the bare method, where the method descriptor names its type too.
 */
export const VARARGS_IMPLS = new WeakSet<NativeImpl>();

/**
 * Builtins that 3.11 calls through tp_call with their arguments packed in a tuple (and keywords in a dict), never
 * a vectorcall: METH_VARARGS functions, with or without METH_KEYWORDS (min, dict.update, str.format...). A call
 * with `**kwargs` hands them its own tuple and dict, where a vectorcall builtin gets a names tuple made for it.
 */
const TUPLE_CALLED_IMPLS = new WeakSet<NativeImpl>();

/** Mark `impl` as a builtin called through tp_call (see TUPLE_CALLED_IMPLS). */
export function calledWithTuple(impl: NativeImpl): NativeImpl {
	TUPLE_CALLED_IMPLS.add(impl);
	return impl;
}

/**
 * Natives standing in for a library's Python function (copy.copy, copy.deepcopy): CPython's CALL moves the caller's
 * references to the arguments into that function's frame, which releases them as it is cleared, before the call
 * returns. Such an impl receives every argument (positional and keyword values) as a reference of its own, shown as
 * MOVED_ARGUMENT, and must release each once; a call from native code adds those references first.
 */
const ARGUMENT_TAKING_IMPLS = new WeakSet<NativeImpl>();

export const MOVED_ARGUMENT = "argument moved into the callee's frame";

/** Mark `impl` as taking over its arguments (see ARGUMENT_TAKING_IMPLS). */
export function takesItsArguments(impl: NativeImpl): NativeImpl {
	ARGUMENT_TAKING_IMPLS.add(impl);
	return impl;
}

/** Whether calling `f` hands it the references to its arguments (a plain function of a module, marked takesItsArguments). */
export function isArgumentTaking(f: PyBuiltinFunction): boolean {
	return !f.self && !f.owner && ARGUMENT_TAKING_IMPLS.has(f.impl);
}

/** Whether `impl` was marked calledWithTuple (a wrapper around it is marked too). */
export function isCalledWithTuple(impl: NativeImpl): boolean {
	return TUPLE_CALLED_IMPLS.has(impl) || VARARGS_IMPLS.has(impl);
}

/** Whether CPython calls this builtin function or method with a vectorcall (_PyStack_UnpackDict for `**kwargs`). */
export function hasVectorcall(f: PyBuiltinFunction): boolean {
	return !(f instanceof PySlotWrapper) && !isCalledWithTuple(f.impl);
}

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
	/** METH_STATIC: bound to its type for the repr and `__qualname__`, while `__self__` reads None. */
	isStatic = false;
	get cls(): PyClass {
		// A type's method unbound is its method_descriptor; bound (`[].append`), or a function, a builtin.
		return this.owner && !this.self ? T.method_descriptor : T.builtin_function_or_method;
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

/**
 * A slot wrapper (`list.__setitem__`, a wrapper_descriptor): called unbound, CPython packs every argument in a
 * tuple (no vectorcall) before the wrapper slices off the instance; calls.ts models that outer tuple.
 */
export class PySlotWrapper extends PyBuiltinFunction {
	/**
	 * The type's slot function itself, as the interpreter calls it (`o.__hash__` behind hash(o)): no method-wrapper
	 * and no argument tuple; only a call written in Python (`object.__hash__(o)`) packs one.
	 */
	slotFunction: NativeImpl | null = null;
	override get cls(): PyClass {
		return this.self ? T["method-wrapper"] : T.wrapper_descriptor;
	}
}

export class PyBoundMethod extends PyObject {
	constructor(
		public func: PyObject | null,
		public self: PyObject | null,
		/** Made by types.MethodType (method_new), which is a method whatever it binds. */
		readonly madeByMethodType = false,
	) {
		super();
	}
	get cls(): PyClass {
		// A builtin classmethod bound to its class (dict.fromkeys) is a builtin method in CPython.
		return this.func instanceof PyBuiltinFunction && !this.madeByMethodType ? T.builtin_function_or_method : T.method;
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
	/** A staticmethod's or classmethod's __dict__ (sm_dict), which staticmethod(f) fills from f (functools_wraps). */
	dict: PyDict | null = null;
	/** The subclass it is an instance of (abc's abstractclassmethod, abstractstaticmethod, abstractproperty). */
	subtype: PyClass | null = null;
	/** A property's prop_name: the name its class statement last gave it (property_set_name), for its errors. */
	propName: PyObject | null = null;
	/** A property's prop_doc: the doc given, else its getter's __doc__ (then getterDoc, so copies look it up again). */
	doc: PyObject | null = null;
	getterDoc = false;
	get cls(): PyClass {
		return this.subtype ?? T[this.kind];
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		const labels = this.kind === "property" ? ["fget", "fset", "fdel"] : ["__func__"];
		const parts = this.parts.map((p, i): [string, PyObject | null] => [labels[i] ?? `[${i}]`, p]);
		return refsOf([...parts, ["__doc__", this.doc], ["__name__", this.propName], ["__dict__", this.dict]]);
	}
	override releaseReferences(): PyObject[] {
		// sm_clear: the callable, then the dict; property_dealloc: the accessors, doc and name.
		const out = present([...this.parts, this.doc, this.propName, this.dict]);
		this.parts = [];
		this.doc = this.propName = this.dict = null;
		return out;
	}
}

export class PyModule extends PyObject {
	/** Names the program deleted: a later miss is CPython's AttributeError, never an attribute pymem lacks. */
	deletedNames: Set<string> | null = null;
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

export class PySuper extends PyObject {
	constructor(
		public thisClass: PyClass | null,
		public obj: PyObject | null,
		/** obj_type, its own reference: obj itself when obj is a subclass of thisClass, else obj's type. */
		public objType: PyClass | null,
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
		// super_traverse's order: obj, type, obj_type.
		return refsOf([["__self__", this.obj], ["__thisclass__", this.thisClass], ["__self_class__", this.objType]]);
	}
	override releaseReferences(): PyObject[] {
		// super_dealloc's order.
		const out = present([this.obj, this.thisClass, this.objType]);
		this.obj = this.thisClass = this.objType = null;
		return out;
	}
}
