// Traceback and frame objects. CPython 3.11 makes a frame object only when something asks for one; a
// raised exception does, for every frame it passes (PyTraceBack_Here). While its function runs, the frame
// object only points at the interpreter's frame, which owns the locals. If the frame object is still held
// when the function returns (by a traceback, say), it takes the locals over (take_ownership): a saved
// exception keeps the raising frames, and everything in them, alive.
import { PyObject, HeapKind, setHeapKind, type Reference } from "./object";
import { T, type PyClass } from "./classes";
import type { Frame } from "../vm/frame";

export class PyFrameObject extends PyObject {
	/** Set once the function returned while this object was held: it now owns the frame's references. */
	owner = false;
	/** f_back: the caller's frame object, linked when this one takes the frame over. */
	back: PyFrameObject | null = null;
	/** f_code of a module or class body, which has no function to hold its code object. */
	codeConstant: PyObject | null = null;

	constructor(readonly frame: Frame) {
		super();
	}
	get cls(): PyClass {
		return T.frame;
	}
	/** Allocated by the GC allocator (heap.isGcType) but tracked only once it owns its frame (_PyFrame_New_NoTrack). */
	static {
		setHeapKind(this, HeapKind.Frame);
	}
	override references(): Reference[] {
		// frame_traverse: f_back, then the frame's contents only when the object owns them.
		const refs: Reference[] = this.back ? [{ label: "f_back", target: this.back }] : [];
		if (!this.owner) return refs;
		const fLocals = this.frame.fLocals;
		if (fLocals) refs.push({ label: "f_locals", target: fLocals });
		return [...refs, ...this.frame.references()];
	}
	/** frame_tp_clear: the locals and the stack, when owned. */
	clearLocals(): PyObject[] {
		if (!this.owner) return [];
		const frame = this.frame;
		const out = frame.locals.filter((v): v is PyObject => v !== null);
		frame.locals.fill(null);
		out.push(...frame.stack.splice(0));
		return out;
	}
	override releaseReferences(): PyObject[] {
		// frame_dealloc: the function, f_locals, the locals and stack, then f_back.
		const out: PyObject[] = this.owner && this.frame.func ? [this.frame.func] : [];
		const fLocals = this.owner ? this.frame.fLocals : null;
		if (fLocals) out.push(fLocals);
		if (this.owner) this.frame.localsDict = null;
		out.push(...this.clearLocals());
		this.owner = false;
		if (this.back) out.push(this.back);
		this.back = null;
		return out;
	}
}

export class PyTraceback extends PyObject {
	constructor(
		public next: PyObject | null,
		public frameObject: PyFrameObject | null,
		readonly lineno: number,
	) {
		super();
	}
	get cls(): PyClass {
		return T.traceback;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		const refs: Reference[] = [];
		if (this.next) refs.push({ label: "tb_next", target: this.next });
		if (this.frameObject) refs.push({ label: "tb_frame", target: this.frameObject });
		return refs;
	}
	override releaseReferences(): PyObject[] {
		const out = [this.next, this.frameObject].filter((o): o is PyObject => o !== null);
		this.next = this.frameObject = null;
		return out;
	}
}
