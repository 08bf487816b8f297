// Plain data the block components receive from their host (the Obsidian render child, a test, the bench).
import type { ObjectId, RunResult } from "../../sim/trace/types";
import type { TimelineMark, TimelineSections } from "./timeline";

export type PanelName = "source" | "frames" | "heap" | "gc" | "output" | "log";
export const ALL_PANELS: readonly PanelName[] = ["source", "frames", "heap", "gc", "output", "log"];

export type BlockLayout = "horizontal" | "vertical";

/** How one block looks and starts, after its options header has been merged with the settings. */
export interface BlockViewConfig {
	title: string | null;
	panels: readonly PanelName[];
	layout: BlockLayout;
	/** A step index, or "end" for the last step. */
	start: number | "end";
	autoplay: boolean;
	/** Steps per second while playing. */
	speed: number;
}

/** A problem in the options header, shown inline while the block still renders. */
export interface OptionProblem {
	/** 1-based line inside the block. */
	line: number;
	message: string;
}

/** Where the simulation is: still running in slices, done, or broken by an internal error. */
export type RunPhase =
	| { kind: "running"; steps: number }
	| { kind: "done"; result: RunResult }
	| { kind: "failed"; message: string };

export interface BlockProps {
	source: string;
	config: BlockViewConfig;
	problems: readonly OptionProblem[];
	/** Lines of the options header, dimmed in the source pane. */
	headerLines: number;
	run: RunPhase;
	/** Overrides config.start, e.g. the step the block showed before its source was edited. */
	initialStep?: number | null;
	/** Told whenever the shown step changes. */
	onStep?: StepHandler;
	/**
	 * Mount the panes below the diagram (output, event log) a task after the rest once a run is
	 * done: a note renders many blocks, and one block's whole first render in one task stalled the page.
	 */
	staged?: boolean;
}

/** Callbacks of the controls bar; props of Controls.svelte. */
export interface ControlsProps {
	step: number;
	stepCount: number;
	playing: boolean;
	/** Multiplier of the settings' speed. */
	speedFactor: number;
	byLine: boolean;
	/** The program's steps and the interpreter's exit after them, each a slider of its own. */
	sections: TimelineSections;
	/** Marks along the program's slider, and along the exit's. */
	marks: readonly TimelineMark[];
	exitMarks: readonly TimelineMark[];
	onFirst: () => void;
	onPrevious: () => void;
	onNext: () => void;
	/** To the end of the program, or from there to the end of the run (as End). */
	onLast: () => void;
	onTogglePlay: () => void;
	onSeek: StepHandler;
	onSpeed: (factor: number) => void;
	onByLine: (byLine: boolean) => void;
}

/** Told when a person starts (looking true) or stops looking at an object's card, by pointer or keyboard focus. */
export type LookHandler = (id: ObjectId, how: "hover" | "focus", looking: boolean) => void;

/** Called with a step to show. */
export type StepHandler = (step: number) => void;
