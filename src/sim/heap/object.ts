// The base of every simulated Python object. Concrete kinds live in values.ts, containers.ts, callables.ts,
// iterators.ts, weakrefs.ts and classes.ts; the heap (heap.ts) owns identities, reference counts, deallocation
// and GC tracking.
import type { PyClass } from "./classes";

/** One outgoing strong reference, labelled the way the UI names it ("[0]", ".x", "key 'a'"). */
export interface Reference {
	label: string;
	target: PyObject;
}

/**
 * The same label string for the same slot every time: a trace stores each label once and looks it up at
 * every write, and a string seen before is found without hashing it again.
 */
const indexLabels: string[] = [];
const attributeLabels = new Map<string, string>();

export function indexLabel(i: number): string {
	return (indexLabels[i] ??= `[${i}]`);
}

export function attributeLabel(name: string): string {
	let label = attributeLabels.get(name);
	if (label === undefined) attributeLabels.set(name, (label = `.${name}`));
	return label;
}

/**
 * How the heap's allocation and deallocation paths treat a kind of object. Each class keeps its kind on its
 * prototype (setHeapKind), so one property load answers what would otherwise take instanceof chains and a
 * getter call on every allocation and deallocation.
 */
export const enum HeapKind {
	/** Not a GC type (no allocation count): range, code... */
	Plain,
	/** Not a GC type and holds no references (int, float, str, None...): its dealloc releases nothing. */
	Atom,
	/** A GC type tracked from birth: set, function, cell... */
	Tracked,
	/** A GC type that starts untracked until it holds something the collector tracks; it has a free list. */
	Dict,
	/** A GC type tracked only once it owns its frame (_PyFrame_New_NoTrack). */
	Frame,
	/** Tracked from birth, with a free list. */
	List,
	/** Tracked from birth; one freed object is kept for reuse (the interpreter's slice cache). */
	Slice,
	/** Its gcKind says (the empty tuple is no GC type); free lists by length. */
	Tuple,
	/** Its gcKind getter says, object by object (a builtin method, an iterator). */
	ByObject,
	/** Tracked from birth; its class may give it a __del__. */
	Instance,
	/** Tracked from birth; a suspended one is closed at dealloc. */
	Generator,
	/** Tracked from birth; type_dealloc takes it out of its bases' subclass lists. */
	Class,
}

/** Give the objects of `cls` (and of its subclasses, unless they set their own) `kind`. */
export function setHeapKind(cls: { prototype: PyObject }, kind: HeapKind): void {
	(cls.prototype as { heapKind: HeapKind }).heapKind = kind;
}

export abstract class PyObject {
	/** What the heap does with objects of this class (see HeapKind); on the prototype, never per object. */
	declare readonly heapKind: HeapKind;

	/** Stable identity for the run (`list#3`); 0 until the heap registers the object. */
	id = 0;
	/** The id of the freed object whose fake address this one reuses (addresses.ts), or 0 for its own. */
	addressId = 0;
	/** ob_refcnt. Shared objects keep a nominal count that is never compared. */
	refcnt = 1;
	/** Small ints, None, bools, interned strings, constants: interpreter-wide counts. */
	shared = false;
	/** In a GC generation list (gcmodule.c's _PyObject_GC_IS_TRACKED). */
	tracked = false;
	generation: 0 | 1 | 2 = 0;
	/** The neighbours in the collector's list holding this object (gc-list.ts), or null in none. */
	gcPrev: PyObject | null = null;
	gcNext: PyObject | null = null;
	/** PEP 442: tp_finalize has run. */
	finalized = false;
	/** Weak references to this object, oldest first. */
	weakrefs: PyObject[] | null = null;
	/** gc_refs during a collection. */
	gcRefs = 0;
	/**
	 * The class this object is a hidden part of (its tp_dict, __mro__ or __bases__ tuple, a __dict__ or slot
	 * descriptor), or null. The trace shows what a hidden part holds as the class's internal references,
	 * until the program reaches the part itself (heap.reveal).
	 */
	internalOf: PyObject | null = null;
	/** The trace recorder's bookkeeping, kept here so queueing a changed object costs no set operation. */
	traceStep = -1;
	/** What changed in the current step (low bits), above them the count the trace last wrote (0: none yet). */
	traceDirty = 0;

	abstract get cls(): PyClass;

	/** Strong references this object holds, in tp_traverse order. */
	references(): Reference[] {
		return [];
	}

	/**
	 * What the collector traverses: its references, and for a suspended generator what its frame holds apart
	 * from them (PyGenerator's override).
	 */
	collectorReferences(): Reference[] {
		return this.references();
	}

	/** The references the trace draws from this object (a class folds its hidden parts into its own). */
	shownReferences(): Reference[] {
		return this.references();
	}

	/**
	 * Of a list, dict or set, the references the trace shows before its items or entries: none, but a subclass
	 * instance's __dict__ and class, a defaultdict's factory, an OrderedDict's __dict__. Its shown references are
	 * these, then the items or entries as the exact type shows them.
	 */
	shownHeader(): Reference[] {
		return [];
	}

	/**
	 * Drop every strong reference this object holds and return them in the order CPython's tp_dealloc
	 * releases them; the heap decrefs them in that order.
	 */
	releaseReferences(): PyObject[] {
		return [];
	}

	/** Whether a new object of this kind starts tracked by the cyclic collector. */
	get gcKind(): boolean {
		const kind = this.heapKind;
		return kind === HeapKind.Tracked || kind === HeapKind.List || kind === HeapKind.Slice || kind >= HeapKind.Instance;
	}

	get typeName(): string {
		return this.cls.name;
	}
}

setHeapKind(PyObject, HeapKind.Plain);

export function refsOf(pairs: [string, PyObject | null][]): Reference[] {
	const out: Reference[] = [];
	for (const [label, target] of pairs) if (target) out.push({ label, target });
	return out;
}

export function present(objs: (PyObject | null)[]): PyObject[] {
	return objs.filter((o): o is PyObject => o !== null);
}
