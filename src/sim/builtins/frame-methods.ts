// frame.clear() (frameobject.c frame_clear, 3.11): drop what a finished frame still holds, close a suspended
// generator's frame, and refuse a frame that is running.
import type { PyFrameObject } from "../heap/tracebacks";
import { T } from "../heap/classes";
import type { NativeImpl } from "../heap/callables";
import { defineMethods } from "./types";

const FRAME_METHODS: Record<string, NativeImpl> = {
	clear: (vm, _args, _kw, self) => {
		const frameObject = self as PyFrameObject;
		const frame = frameObject.frame;
		// FRAME_OWNED_BY_FRAME_OBJECT: frame_tp_clear drops the locals and the value stack, but not f_locals.
		if (frameObject.owner) {
			vm.heap.clearObject(frameObject);
			return vm.incref(vm.None);
		}
		const gen = frame.generator;
		// FRAME_OWNED_BY_GENERATOR, suspended: _PyGen_Finalize closes it, reporting an error as unraisable.
		if (gen && !gen.running && !gen.delegating && !vm.frames.includes(frame)) {
			vm.heap.finalizers?.runDel(gen);
			return vm.incref(vm.None);
		}
		return vm.raise("RuntimeError", "cannot clear an executing frame");
	},
};

export function installFrameMethods(): void {
	defineMethods(T.frame, FRAME_METHODS);
}
