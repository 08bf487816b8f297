// set_clear_internal, shared by set.clear, set.__init__ of a filled set and `s -= s` / `s ^= s`.
import type { PySet } from "../heap/containers";
import type { VM } from "./vm";

/** set_clear_internal: back to the 8-slot small table, then the items are released. */
export function clearSet(vm: VM, s: PySet): void {
	const items = [...s.entries.values()];
	s.entries.clear();
	s.table = null;
	s.tableSize = 8;
	vm.heap.observer?.contentChanged(s);
	vm.heap.releaseAll(s, "removed from", items);
}
