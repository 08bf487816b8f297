// The plugin's settings: their defaults, the one description of each (which Obsidian 1.13's settings search,
// the older settings tab and the check of data.json all read), and who is told when they change.
import type { SettingDefinition } from "obsidian";
import type { PythonProfile } from "./sim/trace/types";
import { groupThousands } from "./sim/runtime/thousands";
import type { BlockLayout } from "./ui/block/types";

export interface PymemSettings {
	pythonProfile: PythonProfile;
	stepLimit: number;
	defaultLayout: BlockLayout;
	/** Steps per second while playing. */
	animationSpeed: number;
}

export type SettingKey = keyof PymemSettings;

export const DEFAULT_SETTINGS: PymemSettings = {
	pythonProfile: "3.11",
	stepLimit: 100_000,
	defaultLayout: "horizontal",
	animationSpeed: 4,
};

/** The most steps a block may run, by the setting or by its own `#| max-steps:`. */
export const MAX_STEP_LIMIT = 10_000_000;

/** The interpreter versions a block can simulate, with their names in the settings. */
export const PYTHON_PROFILES: Readonly<Record<PythonProfile, string>> = { "3.11": "CPython 3.11" };

function stepLimitProblem(value: number): string | undefined {
	if (Number.isInteger(value) && value >= 1 && value <= MAX_STEP_LIMIT) return undefined;
	return `Enter a whole number of lines from 1 to ${groupThousands(MAX_STEP_LIMIT)}.`;
}

export const SETTING_DEFINITIONS = [
	{
		name: "Python profile",
		desc: "The interpreter version whose memory behaviour blocks reproduce by default.",
		control: { type: "dropdown", key: "pythonProfile", options: PYTHON_PROFILES },
	},
	{
		name: "Step limit",
		desc: "A block stops after this many executed lines, so an endless loop cannot hang the app.",
		aliases: ["infinite loop", "maximum steps"],
		control: { type: "number", key: "stepLimit", min: 1, max: MAX_STEP_LIMIT, step: 1, validate: stepLimitProblem },
	},
	{
		name: "Default layout",
		desc: "Where the heap sits relative to the source in a block.",
		control: { type: "dropdown", key: "defaultLayout", options: { horizontal: "Side by side", vertical: "Stacked" } satisfies Record<BlockLayout, string> },
	},
	{
		name: "Animation speed",
		desc: "Steps per second when a block plays.",
		control: { type: "slider", key: "animationSpeed", min: 1, max: 20, step: 1, displayFormat: (value: number) => `${value} steps/s` },
	},
] as const satisfies readonly SettingDefinition<SettingKey>[];

export type PymemSettingDefinition = (typeof SETTING_DEFINITIONS)[number];

/** Whether `value` is one the setting's control could have saved. */
export function acceptsValue(control: PymemSettingDefinition["control"], value: unknown): boolean {
	switch (control.type) {
		case "dropdown":
			return typeof value === "string" && Object.hasOwn(control.options, value);
		case "number":
			return typeof value === "number" && control.validate(value) === undefined;
		case "slider":
			return typeof value === "number" && Number.isInteger(value) && value >= control.min && value <= control.max;
	}
}

/**
 * The settings data.json holds, each value checked: one that is missing, or that no control could have saved
 * (an older version's, a hand edit's), falls back to its default rather than reaching a block.
 */
export function settingsFrom(data: unknown): PymemSettings {
	const settings: PymemSettings = { ...DEFAULT_SETTINGS };
	if (typeof data !== "object" || data === null) return settings;
	const stored = data as Partial<Record<SettingKey, unknown>>;
	for (const { control } of SETTING_DEFINITIONS) {
		const value = stored[control.key];
		if (acceptsValue(control, value)) (settings as Record<SettingKey, unknown>)[control.key] = value;
	}
	return settings;
}

/** Tells what is already on screen (rendered blocks) that the settings were saved. */
export class SettingsChanges {
	private readonly listeners = new Set<() => void>();

	/** Returns the unsubscribe function, ready for `this.register`. */
	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	notify(): void {
		for (const listener of this.listeners) listener();
	}
}
