// What each step did, for the timeline: bits the recorder sets as it writes a step and the reader reads back.
import type { StepMark } from "./types";

export const MARK_ALLOC = 1;
export const MARK_FREE = 2;
export const MARK_GC = 4;

export const MARK_BITS: Readonly<Record<StepMark, number>> = { alloc: MARK_ALLOC, free: MARK_FREE, gc: MARK_GC };
