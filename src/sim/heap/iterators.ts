// Builtin iterators and generators: objects that hand out one item at a time and hold what they iterate
// (a generator holds its suspended frame).
import { PyObject, HeapKind, setHeapKind, present, refsOf, type Reference } from "./object";
import { T, iteratorTypes, type PyClass } from "./classes";
import type { Frame } from "../vm/frame";

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
	/**
	 * The tuple dict item iterators, enumerate and zip hand out and refill while nothing else holds it
	 * (di_result, en_result, zip's result): it keeps the last items alive until the next ones replace them.
	 */
	result: PyObject | null = null;
	/** What a generator written in Python (the weak containers' iterators) keeps in its locals between steps. */
	held: PyObject[] | null = null;
	/**
	 * A __length_hint__ that may run Python code (reversed() over a sequence asks its __len__ again), giving null
	 * for NotImplemented (iter() of a sequence without __len__); else null.
	 */
	lengthHint: (() => number | null) | null = null;
	/**
	 * What is left, as the type's own __length_hint__ tells it without running Python code (listiter_len,
	 * rangeiter_len...), or null where pymem does not simulate that hint.
	 */
	remaining: (() => number | bigint) | null = null;
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
		// range_iterator holds only C longs and longrange_iterator only ints, so neither is a GC type (no allocation count).
		return this.kindName !== "range_iterator" && this.kindName !== "longrange_iterator";
	}
	override references(): Reference[] {
		const refs = refsOf([["iterable", this.source], ["result tuple", this.result]]);
		if (this.held) for (const o of this.held) refs.push({ label: "local of the generator", target: o });
		return refs;
	}
	override releaseReferences(): PyObject[] {
		const out = present([this.source, this.result, ...(this.held ?? [])]);
		this.source = null;
		this.result = null;
		this.held = null;
		return out;
	}
}

/** iter(callable, sentinel) (calliterobject): both are held until the iterator is exhausted. */
export class PyCallableIterator extends PyIterator {
	constructor(
		callable: PyObject,
		public sentinel: PyObject | null,
		advance: (it: PyIterator) => PyObject | null,
	) {
		super("callable_iterator", callable, advance);
	}
	override references(): Reference[] {
		return refsOf([["callable", this.source], ["sentinel", this.sentinel]]);
	}
	override releaseReferences(): PyObject[] {
		const out = present([this.source, this.sentinel]);
		this.source = null;
		this.sentinel = null;
		return out;
	}
}

/**
 * map and filter (mapobject, filterobject): the function beside what they pull from, map's iterators in a
 * tuple of their own, filter's one iterator. Traversal visits the iterators first; dealloc is CPython's order.
 */
export class PyFunctionIterator extends PyIterator {
	constructor(
		kindName: "map" | "filter",
		public func: PyObject | null,
		iterators: PyObject,
		advance: (it: PyIterator) => PyObject | null,
	) {
		super(kindName, iterators, advance);
	}
	override references(): Reference[] {
		return refsOf([[this.kindName === "map" ? "iterators" : "iterator", this.source], ["function", this.func]]);
	}
	override releaseReferences(): PyObject[] {
		// map_dealloc lets go of its iterators first, filter_dealloc of its function.
		const out = present(this.kindName === "map" ? [this.source, this.func] : [this.func, this.source]);
		this.source = null;
		this.func = null;
		return out;
	}
}

/**
 * A generator of library Python code that pymem runs natively (Lib/weakref.py's and _weakrefset.py's
 * iterators): a generator to the program, named by its code, sized by its frame's shape.
 */
export class PyNativeGenerator extends PyIterator {
	constructor(
		readonly qualname: string,
		/** co_nlocalsplus and co_stacksize of the library function, which gen_sizeof counts. */
		readonly nlocalsplus: number,
		readonly stacksize: number,
		source: PyObject,
		advance: (it: PyIterator) => PyObject | null,
	) {
		super("generator", source, advance);
	}
	/** Past its first step (send() then takes any value), and once closed or exhausted. */
	started = false;
	finished = false;
	override get cls(): PyClass {
		return T.generator;
	}
	get name(): string {
		return this.qualname.slice(this.qualname.lastIndexOf(".") + 1);
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
		this.nlocalsplus = frame?.code.nlocalsplus ?? 0;
		this.stacksize = frame?.code.stacksize ?? 0;
	}
	/** The shape of the frame it embeds, which gen_sizeof counts, still known once the frame is gone. */
	readonly nlocalsplus: number;
	readonly stacksize: number;
	running = false;
	/** Executing a throw() or close() that it passes on to the iterator of its `yield from`. */
	delegating = false;
	/**
	 * gi_exc_state: the exception its frame is handling while suspended (it yielded inside an `except`).
	 * While it runs, the interpreter's handled exception is this one and the caller's waits outside.
	 */
	excState: PyObject | null = null;
	get cls(): PyClass {
		return T.generator;
	}
	static {
		setHeapKind(this, HeapKind.Generator);
	}
	override references(): Reference[] {
		// While it runs, its frame is on the frame stack and shows its own locals.
		const refs = this.frame && !this.running ? this.frame.references() : [];
		return this.excState ? [...refs, { label: "gi_exc_state", target: this.excState }] : refs;
	}
	/**
	 * gen_traverse's _PyFrame_Traverse visits a suspended frame's frame object and f_locals first: pymem's frame
	 * holds those as internal holders, which the collector would otherwise count as references from outside (a
	 * cycle through a generator that called locals() was never collected).
	 */
	override collectorReferences(): Reference[] {
		const frame = this.frame;
		if (!frame || this.running || (!frame.frameObject && !frame.localsDict)) return this.references();
		const held: Reference[] = [];
		if (frame.frameObject) held.push({ label: "frame object", target: frame.frameObject });
		if (frame.localsDict) held.push({ label: "f_locals", target: frame.localsDict });
		return [...held, ...this.references()];
	}
	override releaseReferences(): PyObject[] {
		// The parked frame is cleared like any frame: locals in slot order, the stack, then the function;
		// gen_dealloc clears the exception state last.
		const excState = this.excState;
		this.excState = null;
		const frame = this.frame;
		if (!frame) return excState ? [excState] : [];
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
		if (excState) out.push(excState);
		return out;
	}
}
