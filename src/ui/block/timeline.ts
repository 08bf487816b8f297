// The timeline's marks and the "step by line" moves, from the trace alone.
import type { StepMark, Trace } from "../../sim/trace/types";

export interface TimelineMark {
	step: number;
	/** Position along the slider, 0..100. */
	percent: number;
	kind: StepMark;
}

/**
 * One mark per step and kind; a collection outranks frees and allocations, which would hide it under them.
 * Capped at `limit` marks per kind (evenly kept) so a long run still draws in one pass.
 */
export function timelineMarks(trace: Pick<Trace, "stepsMarked" | "stepCount">, limit = 400): TimelineMark[] {
	return sectionMarks(trace, 0, trace.stepCount - 1, limit);
}

/** The marks of steps `first` to `last`, placed along a slider that runs from the one to the other. */
export function sectionMarks(trace: Pick<Trace, "stepsMarked">, first: number, last: number, limit = 400): TimelineMark[] {
	const span = Math.max(1, last - first);
	const result: TimelineMark[] = [];
	for (const kind of ["alloc", "free", "gc"] as const) {
		const steps = trace.stepsMarked(kind).filter((step) => step >= first && step <= last);
		const every = Math.max(1, Math.ceil(steps.length / limit));
		for (let index = 0; index < steps.length; index += every) {
			result.push({ step: steps[index]!, percent: ((steps[index]! - first) / span) * 100, kind });
		}
	}
	return result;
}

/**
 * The timeline's two parts: the program's own steps, and the interpreter's exit after them (its
 * finalizers and two collections), which in a short program would otherwise take most of the slider.
 */
export interface TimelineSections {
	/** The last step of the program: its last line run, its names still shown. */
	programLast: number;
	exit: { first: number; last: number } | null;
}

export function timelineSections(stepCount: number, exitStep: number | null): TimelineSections {
	const last = Math.max(0, stepCount - 1);
	if (exitStep === null || exitStep <= 0 || exitStep > last) return { programLast: last, exit: null };
	return { programLast: exitStep - 1, exit: { first: exitStep, last } };
}

/**
 * Where End (and the last-step button) goes: to the end of the program, and from there (or from inside the
 * exit) to the end of the run.
 */
export function endStep(sections: TimelineSections, step: number): number {
	return step < sections.programLast ? sections.programLast : (sections.exit?.last ?? sections.programLast);
}

/**
 * Where each kind's marks run, from top to bottom of the 8 high box: allocations and frees each in a lane of
 * their own, since a long run allocates and frees at nearly every step and one kind drawn over the other hid
 * it; a collection spans both, drawn last, so it shows across the busiest stretch.
 */
const LANES: Record<StepMark, [number, number]> = { alloc: [0, 3.5], free: [4.5, 8], gc: [0, 8] };

/**
 * The marks of each kind as one SVG path in a 0..100 wide, 8 high box: a vertical line per mark in its
 * kind's lane. Three paths draw in one go where a thousand elements took milliseconds.
 */
export function markPaths(marks: readonly TimelineMark[]): { kind: StepMark; d: string }[] {
	const kinds: StepMark[] = ["alloc", "free", "gc"];
	return kinds.map((kind) => {
		const [top, bottom] = LANES[kind];
		return {
			kind,
			d: marks
				.filter((mark) => mark.kind === kind)
				.map((mark) => `M${mark.percent.toFixed(2)} ${top}V${bottom}`)
				.join(""),
		};
	});
}

/**
 * The next (direction 1) or previous (-1) step that starts a new source line, or the ends of the run: the
 * phases of a collection that a line started are steps of that line, so all but the first are passed over.
 */
export function lineStep(trace: Pick<Trace, "stepCount" | "isCollectorPhase">, from: number, direction: 1 | -1): number {
	const last = trace.stepCount - 1;
	for (let step = from + direction; step >= 0 && step <= last; step += direction) {
		if (step === 0 || !trace.isCollectorPhase(step) || !trace.isCollectorPhase(step - 1)) return step;
	}
	return direction === 1 ? last : 0;
}

/** How far PageUp and PageDown move: a tenth of the run (or of the section being shown), at least one step. */
export function pageSize(stepCount: number): number {
	return Math.max(1, Math.round(stepCount / 10));
}

/** The step to show first: a number from the options clamped into the run, or the last one. */
export function startStep(start: number | "end", stepCount: number): number {
	if (stepCount <= 0) return 0;
	if (start === "end") return stepCount - 1;
	return Math.min(Math.max(0, start), stepCount - 1);
}
