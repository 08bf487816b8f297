// A closure cell's contents replaced or emptied (STORE_DEREF, DELETE_DEREF, cell_set_contents, __classcell__):
// the cell shows its new contents before the old value is released, so a __del__ that the release runs sees
// the cell already changed, and a trace never shows a cell holding a freed object.
import type { PyCell } from "../heap/callables";
import type { PyObject } from "../heap/object";
import type { VM } from "./vm";

/** `value` is a reference the cell takes over (null empties it). */
export function setCellContents(vm: VM, cell: PyCell, value: PyObject | null): void {
	const old = cell.ref;
	cell.ref = value;
	vm.heap.observer?.contentChanged(cell);
	if (old) vm.decref(old);
}
