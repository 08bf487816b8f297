// sys.last_type, sys.last_value and sys.last_traceback before pymem has made the sys module. CPython's sys
// exists from startup; pymem makes it at the program's first `import sys`, and making it only to keep an
// uncaught exception would show its start-up objects (sys.argv...) as new at the program's end. So the
// interpreter holds the three itself, under the labels the attributes' references carry, and hands them to
// sys if the program imports it later (a finalizer at exit may), or lets go of them when shutdown clears sys.
import type { PyObject } from "../heap/object";
import type { VM } from "./vm";

const LAST_EXCEPTION_NAMES = ["last_type", "last_value", "last_traceback"] as const;
const held = new WeakMap<VM, PyObject[]>();

const label = (name: string) => `module attribute sys.${name}`;

export function holdLastException(vm: VM, values: readonly [PyObject, PyObject, PyObject]): void {
	releaseLastException(vm);
	values.forEach((value, i) => vm.heap.hold(value, label(LAST_EXCEPTION_NAMES[i]!)));
	held.set(vm, [...values]);
}

/** The values for sys's dict, as [name, value]; the interpreter's own references go with them. */
export function takeLastException(vm: VM, put: (name: string, value: PyObject) => void): void {
	const values = held.get(vm);
	if (!values) return;
	held.delete(vm);
	values.forEach((value, i) => {
		put(LAST_EXCEPTION_NAMES[i]!, value);
		vm.heap.release(value, label(LAST_EXCEPTION_NAMES[i]!));
	});
}

/** finalize_modules' clearing of sys, for a program that never made it: type, value, then traceback. */
export function releaseLastException(vm: VM): void {
	const values = held.get(vm);
	if (!values) return;
	held.delete(vm);
	values.forEach((value, i) => vm.heap.release(value, label(LAST_EXCEPTION_NAMES[i]!)));
}
