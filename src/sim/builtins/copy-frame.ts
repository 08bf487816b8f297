// The frames of library Python code (copy.py, copyreg.py, functools.py) that the natives stand in for: their
// parameters and locals are references of their own, which a __deepcopy__, __setstate__ or __getattr__ called
// meanwhile can count (sys.getrefcount) and the trace shows by name. Cleared in slot order, as CPython clears a frame.
import type { PyObject } from "../heap/object";
import { MOVED_ARGUMENT } from "../heap/callables";
import type { VM } from "../vm/vm";

/**
 * A GC object CPython makes inside copy.py that pymem only counts, never builds (a cell, an iterator, a
 * generator, a traceback): generation 0's count moves, and collections start, where CPython's do.
 */
export class Unbuilt {
	private freed = false;

	constructor(
		private readonly vm: VM,
		/** What CPython allocates here, for whoever reads or debugs this code. */
		readonly what: string,
	) {
		vm.heap.countUnbuiltAllocation();
	}

	free(): void {
		if (this.freed) return;
		this.freed = true;
		this.vm.heap.countUnbuiltFree();
	}
}

export class CopyFrame {
	private readonly slots = new Map<string, PyObject>();
	/** Objects that live as long as the frame (its cells, or a generator bound to a local), freed in order at the end. */
	private readonly unbuilt: Unbuilt[] = [];
	/** The frame object a traceback made for this frame (PyTraceBack_Here), freed before its locals. */
	private frameObject: Unbuilt | null = null;

	/**
	 * `callsBuiltinFirst`: the function's first call is to a builtin (id(x)), which enters one more recursion level
	 * before any Python frame of its own does, as CPython counts C calls too (hence that message).
	 */
	constructor(
		private readonly vm: VM,
		private readonly functionName: string,
		callsBuiltinFirst = false,
	) {
		const depth = vm.recursionDepth;
		if (depth >= vm.recursionLimit) vm.raise("RecursionError", "maximum recursion depth exceeded");
		if (callsBuiltinFirst && depth + 1 >= vm.recursionLimit) {
			vm.raise("RecursionError", "maximum recursion depth exceeded while calling a Python object");
		}
		vm.nativePythonFrames++;
	}

	/**
	 * The frame of a function whose native took over its arguments (takesItsArguments): `check` runs first, and if
	 * it or the recursion check fails the arguments are released at once, as a frame that never ran releases them;
	 * else each becomes the parameter `parameters` names (a positional one, else the keyword of that name), in slot order.
	 */
	static entered(vm: VM, functionName: string, parameters: readonly string[], args: PyObject[], kw: Map<string, PyObject> | null, check: () => void, callsBuiltinFirst = false): CopyFrame {
		let frame: CopyFrame;
		try {
			check();
			frame = new CopyFrame(vm, functionName, callsBuiltinFirst);
		} catch (e) {
			const taken = [...args, ...(kw?.values() ?? [])];
			for (const o of taken) vm.heap.disown(o, MOVED_ARGUMENT);
			vm.heap.releaseAll(null, MOVED_ARGUMENT, taken);
			throw e;
		}
		parameters.forEach((name, i) => {
			const o = i < args.length ? args[i] : kw?.get(name);
			if (!o) return;
			vm.heap.disown(o, MOVED_ARGUMENT);
			frame.own(name, o);
		});
		return frame;
	}

	private label(name: string): string {
		return `${this.functionName}'s ${name}`;
	}

	/** A parameter or a local bound to a borrowed object (the frame takes a reference). */
	hold<O extends PyObject>(name: string, o: O): O {
		this.vm.heap.hold(o, this.label(name));
		return this.bind(name, o);
	}

	/** A local bound to a new reference the frame now owns. */
	own<O extends PyObject>(name: string, o: O): O {
		this.vm.heap.adopt(o, this.label(name));
		return this.bind(name, o);
	}

	/** Hand a local's reference to the caller (a return value): the frame no longer holds it. */
	give<O extends PyObject>(name: string): O {
		const o = this.slots.get(name)!;
		this.slots.delete(name);
		this.vm.heap.disown(o, this.label(name));
		return o as O;
	}

	/** Rebinding or deleting a local: the old value is released after the new one is stored. */
	drop(name: string): void {
		const old = this.slots.get(name);
		if (!old) return;
		this.slots.delete(name);
		this.vm.heap.release(old, this.label(name));
	}

	/** An object the frame keeps until it is cleared (MAKE_CELL's cells, a generator in a local). */
	keep(what: string | Unbuilt): void {
		this.unbuilt.push(typeof what === "string" ? new Unbuilt(this.vm, what) : what);
	}

	/**
	 * An exception raised in this frame and caught by its own `except`: a traceback (and, the first time, a frame
	 * object) then the exception object exist while `handler` runs; `args` is its args tuple, freed with it.
	 */
	raiseAndCatch(args: PyObject, handler: () => void): void {
		this.vm.heap.adopt(args, "args of the exception being handled");
		this.frameObject ??= new Unbuilt(this.vm, "frame object");
		const traceback = new Unbuilt(this.vm, "traceback");
		const exception = new Unbuilt(this.vm, "exception");
		try {
			handler();
		} finally {
			exception.free();
			this.vm.heap.release(args, "args of the exception being handled");
			traceback.free();
		}
	}

	/**
	 * An exception a call in this frame raised (a new reference, already made) that the frame's own
	 * `except ...: pass` catches: PyTraceBack_Here adds a traceback (and, the first time, the frame object)
	 * while it is handled; POP_EXCEPT then frees the exception and its traceback.
	 */
	catchRaised(exc: PyObject): void {
		this.frameObject ??= new Unbuilt(this.vm, "frame object");
		const traceback = new Unbuilt(this.vm, "traceback");
		this.vm.decref(exc);
		traceback.free();
	}

	/**
	 * Run the function's body, then clear the frame: the value it returns waits in a C local meanwhile (RETURN_VALUE's),
	 * which a __del__ run by the clearing can see counted.
	 */
	run(body: () => PyObject): PyObject {
		let result: PyObject;
		try {
			result = body();
		} catch (e) {
			this.clear();
			throw e;
		}
		const label = this.label("return value");
		this.vm.heap.adopt(result, label);
		try {
			this.clear();
		} finally {
			this.vm.heap.disown(result, label);
		}
		return result;
	}

	/** The frame is cleared: its frame object, then what it still holds in slot order, then its cells. */
	clear(): void {
		this.vm.nativePythonFrames--;
		this.frameObject?.free();
		const held = [...this.slots];
		this.slots.clear();
		for (const [name, o] of held) this.vm.heap.release(o, this.label(name));
		for (const o of this.unbuilt) o.free();
	}

	private bind<O extends PyObject>(name: string, o: O): O {
		const old = this.slots.get(name);
		this.slots.set(name, o);
		// A rebound local keeps its slot (and place in the clearing order); the old value goes now.
		if (old) this.vm.heap.release(old, this.label(name));
		return o;
	}
}
