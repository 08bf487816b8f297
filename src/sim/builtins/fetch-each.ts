// What builtins such as zip() and itertools.product() do before they build their object: make one object
// from each argument (an iterator, a pool tuple), while Python code may run for the next one.
import type { PyObject } from "../heap/object";
import type { VM } from "../vm/vm";

/**
 * One object from each source, in order. Those made so far show under `label` while the next is made
 * (its __iter__ may run Python code), and are released if making one fails.
 */
export function fetchEach<T extends PyObject>(vm: VM, sources: readonly PyObject[], fetch: (source: PyObject) => T, label: string): T[] {
	const fetched: T[] = [];
	try {
		for (const source of sources) {
			const made = fetch(source);
			vm.heap.adopt(made, label);
			fetched.push(made);
		}
	} catch (e) {
		fetched.forEach((o) => vm.heap.release(o, label));
		throw e;
	}
	fetched.forEach((o) => vm.heap.disown(o, label));
	return fetched;
}
