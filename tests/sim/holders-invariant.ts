// The holders invariant: at every step, each object that is not shared has exactly as many holders in the trace
// (names, slots, value-stack entries, interpreter-held references) as its reference count. A count of zero is
// seen only while the object is being deallocated (its weakref callbacks run then): at the last step, when
// nothing is, an object shown with no references is one the trace failed to free. Shared by the
// conformance invariant test, the fuzz test, scripts/gaps-report.ts and scripts/fuzz-invariant.ts, so they all
// judge a trace the same way.
import { runProgram, type Trace } from "../../src/sim/index";

/** Up to `limit` mismatches, earliest step first, each naming the step, line, object and the holders shown. */
export function traceHolderMismatches(trace: Trace, limit = 5): string[] {
	const mismatches: string[] = [];
	for (let step = 0; step < trace.stepCount && mismatches.length < limit; step++) {
		const state = trace.state(step);
		for (const object of state.objects) {
			if (object.shared) continue;
			const holders = state.holders.get(object.id) ?? [];
			const unfreed = object.refcount === 0 && step === trace.stepCount - 1;
			if ((holders.length !== object.refcount || unfreed) && mismatches.length < limit) {
				mismatches.push(
					`step ${step} line ${state.line}: ${object.label} (${object.preview}) refcount ${object.refcount} but ${holders.length} holders ${JSON.stringify(holders)}`,
				);
			}
		}
	}
	return mismatches;
}

/** Runs `source` recorded and checks its trace (a conformance program always records one). */
export function holderMismatches(source: string, limit = 5): string[] {
	const trace = runProgram(source, { record: true }).trace;
	if (trace === null) return ["no trace recorded"];
	return traceHolderMismatches(trace, limit);
}
