// locals() and vars() inside a function, as 3.11's PyEval_GetLocals does it: the frame gets a frame object,
// and its f_locals dict is filled from the fast locals, the cells' contents and the free variables. Each
// call updates the same dict (a name unbound since is removed), which the frame holds until it is cleared,
// so every value locals() saw keeps one more reference meanwhile.
import { PyCell } from "../heap/callables";
import type { PyObject } from "../heap/object";
import { dictDel, dictSet } from "./dicts";
import type { Frame } from "./frame";
import type { PyFrameObject } from "../heap/tracebacks";
import { fLocalsLabel } from "./frame-stack";
import type { VM } from "./vm";

/**
 * `owner`: the frame object that took the frame over when its function returned (frame.f_locals read
 * through a traceback): the dict is then that object's, not the running frame's.
 */
export function functionLocals(vm: VM, frame: Frame, owner: PyFrameObject | null = null): PyObject {
	if (!owner) vm.frameObjectOf(frame);
	let dict = frame.localsDict;
	if (!dict) {
		dict = vm.dict();
		frame.localsDict = dict;
		if (owner) vm.heap.observer?.contentChanged(owner);
		else vm.heap.adopt(dict, fLocalsLabel(frame.code));
	}
	const derefSlots = new Set(frame.code.derefSlots);
	for (let slot = 0; slot < frame.code.nlocalsplus; slot++) {
		const raw = frame.locals[slot] ?? null;
		const value = derefSlots.has(slot) && raw instanceof PyCell ? raw.ref : raw;
		const name = vm.intern(frame.slotName(slot));
		if (value) dictSet(vm, dict, name, value);
		else dictDel(vm, dict, name);
	}
	return vm.incref(dict);
}
