// Py_ssize_t, CPython's index-sized integer: what fits in one, an argument that must, and the IndexError of a subscript
// that does not.
import type { PyObject } from "../heap/object";
import type { VM } from "./vm";
import { SSIZE_MAX, SSIZE_MIN } from "../runtime/c-limits";

export { SSIZE_MAX, SSIZE_MIN };

export function fitsSsize(n: bigint): boolean {
	return n >= SSIZE_MIN && n <= SSIZE_MAX;
}

/** An Argument Clinic Py_ssize_t parameter: an integer (or __index__) that fits, else OverflowError. */
export function ssize(vm: VM, o: PyObject): number {
	return Number(exactSsize(vm, o));
}

/** ssize() as an exact bigint, for arithmetic past 2**53 (a rotation's remainder). */
export function exactSsize(vm: VM, o: PyObject): bigint {
	const value = vm.intValueBig(o);
	if (!fitsSsize(value)) vm.raise("OverflowError", "Python int too large to convert to C ssize_t");
	return value;
}

/** PyNumber_AsSsize_t(key, PyExc_IndexError): a subscript past a Py_ssize_t, named by the key's type. */
export function requireIndexSized(vm: VM, index: bigint, key: PyObject): void {
	if (!fitsSsize(index)) vm.raise("IndexError", `cannot fit '${key.typeName}' into an index-sized integer`);
}
