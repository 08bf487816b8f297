// The render child of one pymem block: parses the options header, runs the simulation in slices, mounts
// the Svelte diagram, follows settings changes and takes all of it down in onunload.
import { MarkdownRenderChild } from "obsidian";
import type { RunOptions, Simulation } from "../../sim/trace/types";
import { textAsStdin } from "../../sim/runtime/standardInput";
import { mountBlock, type MountedBlock } from "../../ui/block/mount";
import { ALL_PANELS, type BlockLayout, type BlockViewConfig } from "../../ui/block/types";
import { parseBlockHeader, type BlockOptions } from "./options";
import { SimulationRunner } from "./simulation-runner";

export type SimulationFactory = (source: string, options: RunOptions) => Simulation;

export interface BlockSettings {
	pythonProfile: "3.11";
	stepLimit: number;
	defaultLayout: BlockLayout;
	animationSpeed: number;
}

/** What a block needs from the plugin: its settings, the simulator, and where steps are remembered. */
export interface BlockEnvironment {
	/** Read again whenever applySettings() is called. */
	settings: BlockSettings;
	createSimulation: SimulationFactory;
	/** The step a block at the same place showed before its source was edited. */
	rememberedStep(key: string): number | null;
	rememberStep(key: string, step: number): void;
}

export class PymemBlockChild extends MarkdownRenderChild {
	private block: MountedBlock | null = null;
	private runner: SimulationRunner | null = null;
	private readonly timers = new Set<number>();
	private host: HTMLElement | null = null;
	private options: BlockOptions = {};
	private runOptions: RunOptions | null = null;

	constructor(
		containerEl: HTMLElement,
		private readonly source: string,
		private readonly environment: BlockEnvironment,
		/** Identifies the block's place in its note, so an edit keeps the step. */
		private readonly placeKey: string,
	) {
		super(containerEl);
	}

	override onload(): void {
		// A note loads all its blocks in the one task that renders it: each block mounts in a task of its
		// own, so a note with many blocks never stalls the app for their sum.
		this.schedule(() => this.render());
	}

	private render(): void {
		const { options, problems, headerLines } = parseBlockHeader(this.source);
		this.options = options;
		const host = this.containerEl.createDiv({ cls: "pymem-block" });
		this.host = host;
		this.block = mountBlock(host, {
			source: this.source,
			config: this.viewConfig(),
			problems,
			headerLines,
			run: { kind: "running", steps: 0 },
			initialStep: this.environment.rememberedStep(this.placeKey),
			onStep: (step) => this.environment.rememberStep(this.placeKey, step),
			staged: true,
		});
		// Parsing and compiling is a task of its own too, after the block has shown that it is running.
		this.schedule(() => this.simulate(this.currentRunOptions()));
	}

	/**
	 * The settings changed: the view follows at once; when the block's run depends on what changed (the
	 * profile or step limit it does not set itself), it runs again and comes back at the step it showed.
	 */
	applySettings(): void {
		if (!this.block) return;
		this.block.setConfig(this.viewConfig());
		const runOptions = this.currentRunOptions();
		if (this.runOptions && runOptions.profile === this.runOptions.profile && runOptions.maxSteps === this.runOptions.maxSteps) return;
		this.block.setInitialStep(this.environment.rememberedStep(this.placeKey));
		this.simulate(runOptions);
	}

	private viewConfig(): BlockViewConfig {
		const { options } = this;
		const { settings } = this.environment;
		return {
			title: options.title ?? null,
			panels: options.panels ?? ALL_PANELS,
			layout: options.layout ?? settings.defaultLayout,
			start: options.start ?? 0,
			autoplay: options.autoplay ?? false,
			speed: settings.animationSpeed,
		};
	}

	private currentRunOptions(): RunOptions {
		const { settings } = this.environment;
		const { stdin } = this.options;
		return {
			profile: this.options.python ?? settings.pythonProfile,
			maxSteps: this.options.maxSteps ?? settings.stepLimit,
			record: true,
			// Each run reads the option's text afresh.
			...(stdin === undefined ? {} : { readStdin: textAsStdin(stdin) }),
		};
	}

	private simulate(runOptions: RunOptions): void {
		const block = this.block;
		if (!block) return;
		this.runner?.stop();
		this.runner = null;
		this.runOptions = runOptions;
		block.setRun({ kind: "running", steps: 0 });
		let simulation: Simulation;
		try {
			simulation = this.environment.createSimulation(this.source, runOptions);
		} catch (error) {
			block.setRun({ kind: "failed", message: `The simulator failed: ${error instanceof Error ? error.message : String(error)}` });
			return;
		}
		this.runner = new SimulationRunner(
			simulation,
			{
				schedule: (callback) => this.schedule(callback),
				cancel: (timer) => {
					window.clearTimeout(timer);
					this.timers.delete(timer);
				},
				now: () => performance.now(),
			},
			{
				progress: (steps) => this.block?.setRun({ kind: "running", steps }),
				done: (result) => this.block?.setRun({ kind: "done", result }),
				failed: (message) => this.block?.setRun({ kind: "failed", message }),
			},
		);
		this.runner.start();
	}

	/** A timer that onunload clears if it has not fired. */
	private schedule(callback: () => void): number {
		const timer = window.setTimeout(() => {
			this.timers.delete(timer);
			callback();
		}, 0);
		this.timers.add(timer);
		return timer;
	}

	override onunload(): void {
		this.runner?.stop();
		this.runner = null;
		for (const timer of this.timers) window.clearTimeout(timer);
		this.timers.clear();
		this.block?.destroy();
		this.block = null;
		this.host?.remove();
		this.host = null;
	}
}
