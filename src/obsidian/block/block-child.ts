// The render child of one pymem block: parses the options header, runs the simulation in slices, mounts
// the Svelte diagram and takes all of it down in onunload.
import { MarkdownRenderChild } from "obsidian";
import type { RunOptions, Simulation } from "../../sim/trace/types";
import { mountBlock, type MountedBlock } from "../../ui/block/mount";
import { ALL_PANELS, type BlockLayout, type BlockViewConfig } from "../../ui/block/types";
import { parseBlockHeader } from "./options";
import { SimulationRunner } from "./simulation-runner";

export type SimulationFactory = (source: string, options: RunOptions) => Simulation;

/** What a block needs from the plugin: its settings, the simulator, and where steps are remembered. */
export interface BlockEnvironment {
	settings: { pythonProfile: "3.11"; stepLimit: number; defaultLayout: BlockLayout; animationSpeed: number };
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
		const { options, problems, headerLines } = parseBlockHeader(this.source);
		const { settings } = this.environment;
		const config: BlockViewConfig = {
			title: options.title ?? null,
			panels: options.panels ?? ALL_PANELS,
			layout: options.layout ?? settings.defaultLayout,
			start: options.start ?? 0,
			autoplay: options.autoplay ?? false,
			speed: settings.animationSpeed,
		};
		const host = this.containerEl.createDiv({ cls: "pymem-block" });
		this.host = host;
		this.block = mountBlock(host, {
			source: this.source,
			config,
			problems,
			headerLines,
			run: { kind: "running", steps: 0 },
			initialStep: this.environment.rememberedStep(this.placeKey),
			onStep: (step) => this.environment.rememberStep(this.placeKey, step),
		});

		let simulation: Simulation;
		try {
			simulation = this.environment.createSimulation(this.source, {
				profile: options.python ?? settings.pythonProfile,
				maxSteps: options.maxSteps ?? settings.stepLimit,
				record: true,
			});
		} catch (error) {
			this.block.setRun({ kind: "failed", message: `The simulator failed: ${error instanceof Error ? error.message : String(error)}` });
			return;
		}
		this.runner = new SimulationRunner(
			simulation,
			{
				schedule: (callback) => {
					const timer = window.setTimeout(() => {
						this.timers.delete(timer);
						callback();
					}, 0);
					this.timers.add(timer);
					return timer;
				},
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
