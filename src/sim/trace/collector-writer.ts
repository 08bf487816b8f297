// Collector records for the trace: the collector's counts and thresholds (Rec.GcState) whenever a step changed
// them, and each phase of a collection (Rec.GcPhase) with the gc_refs of every object it looks at.
import type { PyObject } from "../heap/object";
import type { VM } from "../vm/vm";
import type { GcCause, GcPhase } from "./types";
import { DONE_PHASE, encodeGcCause, GC_PHASES, MERGE_PHASE } from "./gc-records";
import { Rec, type VarintLog } from "./log";
import type { RecordedModel } from "./recorded-model";

export class CollectorWriter {
	/** What the last GcState record said: enabled, the three counts, the three thresholds. */
	private readonly lastState: number[] = [-1, -1, -1, -1, -1, -1, -1];

	constructor(
		private readonly vm: VM,
		private readonly log: VarintLog,
		private readonly model: RecordedModel,
	) {}

	/** Rec.GcState when it changed: the counts change at most allocations, so compared without an array. */
	writeState(): void {
		const { collector, heap } = this.vm;
		const last = this.lastState;
		const counts = heap.counts;
		const thresholds = collector.thresholds;
		const enabled = collector.enabled ? 1 : 0;
		if (last[0] === enabled && last[1] === counts[0] && last[2] === counts[1] && last[3] === counts[2] && last[4] === thresholds[0] && last[5] === thresholds[1] && last[6] === thresholds[2]) return;
		this.writeChangedState(enabled, counts, thresholds);
	}

	/** writeState's record, in a method of its own: the check above runs at every step, and a short function is optimized sooner. */
	private writeChangedState(enabled: number, counts: readonly [number, number, number], thresholds: readonly [number, number, number]): void {
		const last = this.lastState;
		last[0] = enabled;
		last[1] = counts[0];
		last[2] = counts[1];
		last[3] = counts[2];
		last[4] = thresholds[0];
		last[5] = thresholds[1];
		last[6] = thresholds[2];
		const log = this.log;
		log.record(Rec.GcState);
		for (let i = 0; i < 7; i++) log.push(last[i]!);
		this.model.gcState(last);
	}

	/**
	 * Rec.GcPhase: the phase and each object's gc_refs as the collection leaves them. The first phase (merge)
	 * also says what started the collection; the later ones share it, so they do not repeat it. The last one
	 * (done) ends with how many objects the collection found unreachable.
	 */
	writePhase(generation: 0 | 1 | 2, phase: GcPhase, objects: readonly PyObject[], cause: GcCause, collected: number): void {
		const phaseIndex = GC_PHASES.indexOf(phase);
		const gcRefs = new Map<number, number>();
		const log = this.log;
		log.record(Rec.GcPhase);
		log.push(generation);
		log.push(phaseIndex);
		let causeNumbers: number[] | null = null;
		if (phaseIndex === MERGE_PHASE) {
			causeNumbers = encodeGcCause(cause);
			for (const n of causeNumbers) log.push(n);
		}
		log.push(objects.length);
		for (const o of objects) {
			log.push(o.id);
			log.push(o.gcRefs);
			gcRefs.set(o.id, o.gcRefs);
		}
		if (phaseIndex === DONE_PHASE) log.push(collected);
		this.model.gcPhase(generation, phaseIndex, gcRefs, causeNumbers, collected);
	}
}
