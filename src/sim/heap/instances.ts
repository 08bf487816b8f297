// Instances of user classes, and exception instances, which add args, traceback and chaining.
import { PyObject, HeapKind, setHeapKind, type Reference } from "./object";
import type { PyClass } from "./classes";
import { instanceAttributeReferences, pushInstanceValuesInOrder } from "./shared-keys";
import { CLASS_SLOT } from "../trace/types";

/** An instance of a user class. 3.11 keeps attributes inline (no dict object) until __dict__ is asked for. */
export class PyInstance extends PyObject {
	readonly attrs = new Map<string, PyObject>();
	/** The __dict__ once it was asked for: from then on the attributes live there (attrs stays empty). */
	dict: PyObject | null = null;
	/** The reference to ob_type a user class's instances hold (the creator increfs it); null for a builtin class. */
	klass: PyClass | null;
	/** ob_type; `__class__ = C` changes it (vm/class-assignment.ts). */
	type: PyClass;
	constructor(klass: PyClass) {
		super();
		this.type = klass;
		this.klass = klass.shared ? null : klass;
	}
	get cls(): PyClass {
		return this.type;
	}
	static {
		setHeapKind(this, HeapKind.Instance);
	}
	/** subtype_traverse: the attributes, then the class (a heap type). */
	override references(): Reference[] {
		const refs = this.attributeReferences();
		if (this.klass) refs.push({ label: CLASS_SLOT, target: this.klass });
		return refs;
	}
	/** Slots, then the values in the class's keys order or the __dict__ holding them (see instanceAttributeReferences). */
	protected attributeReferences(): Reference[] {
		const refs = instanceAttributeReferences(this.type, this.attrs);
		if (this.dict) refs.push({ label: "__dict__", target: this.dict });
		return refs;
	}
	/** subtype_dealloc: the attributes (tp_clear's references), then the class last. */
	override releaseReferences(): PyObject[] {
		const out = this.clearReferences();
		if (this.klass) out.push(this.klass);
		this.klass = null;
		return out;
	}
	/** tp_clear (subtype_clear): slots, then values or the __dict__; the class stays until dealloc. */
	clearReferences(): PyObject[] {
		const out: PyObject[] = [];
		// Map.clear allocates a fresh table even for an empty map: most instances die with no attributes left.
		if (this.attrs.size !== 0) {
			pushInstanceValuesInOrder(this.type, this.attrs, out);
			this.attrs.clear();
		}
		if (this.dict) out.push(this.dict);
		this.dict = null;
		return out;
	}
}

/** `object()`: PyBaseObject_Type is no GC type, so its instances are neither counted nor tracked. */
export class PyBareObject extends PyInstance {
	static {
		setHeapKind(this, HeapKind.Plain);
	}
}

/** An exception instance: args, traceback and chaining live beside ordinary attributes. */
export class PyExceptionObject extends PyInstance {
	/**
	 * Set while the exception is an error C code raised outside any handler and nobody has needed it yet
	 * (3.11's _PyErr_SetObject keeps the type and message until _PyErr_NormalizeException): it is then no object
	 * of the heap, and this makes it one, with its args tuple.
	 */
	normalize: (() => void) | null = null;
	/** Meanwhile, the arguments it will be made with (the message), which the raiser handed over. */
	pendingArgs: PyObject[] | null = null;
	/** Whether pendingArgs holds the args tuple itself (a KeyError's), not the arguments to pack. */
	pendingArgsPacked = false;
	args: PyObject | null = null;
	/** __traceback__; while the exception is in flight, the newest of the thread state's entries (curexc_traceback). */
	traceback: PyObject | null = null;
	/**
	 * __traceback__ as Python code last set it or a handler last caught it with (PyException_SetTraceback): in
	 * flight, `traceback` runs ahead of it, and C code that clears the error (getattr's default, a for loop's
	 * StopIteration) leaves the exception with this one.
	 */
	visibleTraceback: PyObject | null = null;
	cause: PyObject | null = null;
	context: PyObject | null = null;
	suppressContext = false;
	/**
	 * A NameError raised where CPython runs an eval that pymem does not (typing's ForwardRef): the global names of
	 * that eval's frame, the innermost of CPython's traceback, where its suggestion looks.
	 */
	evalFrameGlobals: readonly string[] | null = null;
	/** subtype_traverse visits a heap type before BaseException_traverse's fields. */
	override references(): Reference[] {
		const refs: Reference[] = this.klass ? [{ label: CLASS_SLOT, target: this.klass }] : [];
		refs.push(...this.attributeReferences());
		if (this.args) refs.push({ label: "args", target: this.args });
		if (this.traceback) refs.push({ label: "__traceback__", target: this.traceback });
		if (this.context) refs.push({ label: "__context__", target: this.context });
		if (this.cause) refs.push({ label: "__cause__", target: this.cause });
		return refs;
	}
	override clearReferences(): PyObject[] {
		// BaseException_clear order: dict, args, notes, traceback, cause, context.
		const out = super.clearReferences();
		for (const r of [this.args, this.traceback, this.cause, this.context]) if (r) out.push(r);
		this.args = this.traceback = this.visibleTraceback = this.cause = this.context = null;
		return out;
	}
}
