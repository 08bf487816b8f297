// Mounts a block into a container and lets the host push the simulation's progress into it.
import { mount, unmount } from "svelte";
import Block from "./Block.svelte";
import { BlockInput } from "./block-input.svelte";
import type { BlockProps, BlockViewConfig, RunPhase } from "./types";

export interface MountedBlock {
	setRun(run: RunPhase): void;
	/** New settings: the config, and the step to show once the next run is done. */
	setConfig(config: BlockViewConfig): void;
	setInitialStep(step: number | null): void;
	destroy(): void;
}

export function mountBlock(target: HTMLElement, props: BlockProps): MountedBlock {
	const input = new BlockInput(props.run, props.config, props.initialStep ?? null);
	const component = mount(Block, {
		target,
		props: {
			...props,
			get run() {
				return input.run;
			},
			get config() {
				return input.config;
			},
			get initialStep() {
				return input.initialStep;
			},
		},
	});
	let mounted = true;
	return {
		setRun(run) {
			input.run = run;
		},
		setConfig(config) {
			input.config = config;
		},
		setInitialStep(step) {
			input.initialStep = step;
		},
		destroy() {
			if (!mounted) return;
			mounted = false;
			void unmount(component);
		},
	};
}
