// locals() and vars() inside a function, as 3.11's PyEval_GetLocals does it (_PyFrame_FastToLocalsWithError, no
// frame object): the frame's f_locals dict is filled from the fast locals, the cells' contents and the free
// variables. Each call updates the same dict (an unbound name is deleted from it, a KeyError when it is not
// there), which the frame holds until it is cleared, so every value locals() saw keeps one more reference meanwhile.
import { PyCell } from "../heap/callables";
import type { PyObject } from "../heap/object";
import type { PyDict } from "../heap/containers";
import { dictDel, dictSet } from "./dicts";
import type { Frame } from "./frame";
import type { PyFrameObject } from "../heap/tracebacks";
import { fLocalsLabel } from "./frame-stack";
import type { VM } from "./vm";

/**
 * What locals() and frame.f_locals give (PyFrame_GetLocals): a module's namespace, a class body's with its cells
 * written into it, or a function frame's f_locals dict (see functionLocals for `owner`).
 */
export function frameLocals(vm: VM, frame: Frame, owner: PyFrameObject | null = null): PyObject {
	if (!frame.namespace) return functionLocals(vm, frame, owner);
	return frame.code.kind === "class" ? namespaceLocals(vm, frame) : vm.incref(frame.namespace);
}

/**
 * `owner`: the frame object that took the frame over when its function returned (frame.f_locals read
 * through a traceback): the dict is then that object's, not the running frame's.
 */
export function functionLocals(vm: VM, frame: Frame, owner: PyFrameObject | null = null): PyObject {
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
		syncLocal(vm, dict, frame.slotName(slot), value);
	}
	return vm.incref(dict);
}

/** One name of _PyFrame_FastToLocalsWithError: its value written, or the name taken out while it has none. */
function syncLocal(vm: VM, dict: PyDict, slotName: string, value: PyObject | null): void {
	const name = vm.intern(slotName);
	if (value) dictSet(vm, dict, name, value);
	// PyObject_DelItem of a name the dict lacks raises KeyError (its args tuple made), which is then cleared.
	else if (!dictDel(vm, dict, name)) vm.dropRaised(vm.keyErrorRaised(name));
}

/**
 * The same for a class body, whose locals are its namespace: only its cells (the `__class__` cell once the class
 * exists) are written into the namespace, or taken out while empty; free variables are not.
 */
function namespaceLocals(vm: VM, frame: Frame): PyObject {
	const namespace = frame.namespace!;
	const code = frame.code;
	for (let k = 0; k < code.cellvars.length; k++) {
		const cell = frame.locals[code.derefSlots[k]!];
		syncLocal(vm, namespace, code.cellvars[k]!, cell instanceof PyCell ? cell.ref : null);
	}
	return vm.incref(namespace);
}
