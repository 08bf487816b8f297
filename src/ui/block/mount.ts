// Mounts a block into a container and lets the host push the simulation's progress into it.
import { mount, unmount } from "svelte";
import Block from "./Block.svelte";
import { BlockInput } from "./block-input.svelte";
import type { BlockProps, RunPhase } from "./types";

export interface MountedBlock {
	setRun(run: RunPhase): void;
	destroy(): void;
}

export function mountBlock(target: HTMLElement, props: BlockProps): MountedBlock {
	const input = new BlockInput(props.run);
	const component = mount(Block, {
		target,
		props: {
			...props,
			get run() {
				return input.run;
			},
		},
	});
	let mounted = true;
	return {
		setRun(run) {
			input.run = run;
		},
		destroy() {
			if (!mounted) return;
			mounted = false;
			void unmount(component);
		},
	};
}
