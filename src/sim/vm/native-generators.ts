// Generators that Lib/ writes in Python but pymem runs natively (weakref's and _weakrefset's loops over a
// snapshot of entries): each is a generator object with its frame's shape, whose locals hold what its step does.
import type { PyObject } from "../heap/object";
import { PyNativeGenerator, type PyIterator } from "../heap/iterators";
import { registerIterator, releaseSource } from "./iteration";
import type { VM } from "./vm";

/** The library function whose generator a snapshotGenerator stands for: its qualname and frame shape. */
export interface GeneratorCode {
	readonly qualname: string;
	readonly nlocalsplus: number;
	readonly stacksize: number;
}

/**
 * A generator written in Python (Lib/weakref.py's, _weakrefset.py's) over a snapshot of entries: `step` looks
 * at one (leaving the generator's locals as that step does) and returns what it yields, or null to go on. Once
 * the snapshot is done (or the generator is closed) it finishes, and its frame lets go of `source`.
 */
export function snapshotGenerator<E>(vm: VM, source: PyObject, code: GeneratorCode, snapshot: readonly E[], step: (it: PyIterator, entry: E) => PyObject | null): PyIterator {
	return registerIterator(
		vm,
		new PyNativeGenerator(code.qualname, code.nlocalsplus, code.stacksize, source, (it) => {
			const gen = it as PyNativeGenerator;
			gen.started = true;
			while (!gen.finished && it.index < snapshot.length) {
				const yielded = step(it, snapshot[it.index++]!);
				if (yielded) return yielded;
			}
			finishNativeGenerator(vm, gen);
			return null;
		}),
	);
}

/** A natively run generator returns or is closed: its frame goes, letting go of its locals. */
export function finishNativeGenerator(vm: VM, gen: PyNativeGenerator): void {
	gen.finished = true;
	releaseSource(vm, gen);
}
