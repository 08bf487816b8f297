// The objects every run shares (builtin types and functions, made once per process: builtins/types.ts's
// globalShared) keep their weak references per run. A run's weak reference to `list` (an ABC's cache holds one) is an
// object of that run's heap: another run, or a later one, must neither see it (weakref.getweakrefcount(list)) nor
// reuse it as the plain weak reference, and it must not outlive its run on an object that lives on.
import type { PyObject } from "./object";

export type RunWeakrefs = Map<PyObject, PyObject[] | null>;

let active: RunWeakrefs | null = null;

/** The table the running run's weak references to shared objects go in: set when its heap is made and at each slice. */
export function activateRunWeakrefs(table: RunWeakrefs): void {
	active = table;
}

/** `o.weakrefs` reads and writes the active run's list for `o`. */
export function keepWeakrefsPerRun(o: PyObject): void {
	Object.defineProperty(o, "weakrefs", {
		get: () => active?.get(o) ?? null,
		set: (list: PyObject[] | null) => active?.set(o, list),
		configurable: true,
		enumerable: true,
	});
}
