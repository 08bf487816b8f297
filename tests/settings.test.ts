import { describe, expect, it } from "vitest";
import { acceptsValue, DEFAULT_SETTINGS, SETTING_DEFINITIONS, settingsFrom, type PymemSettingDefinition, type SettingKey } from "../src/settings";

type ControlOf<K extends SettingKey> = Extract<PymemSettingDefinition["control"], { key: K }>;

function control<K extends SettingKey>(key: K): ControlOf<K> {
	return SETTING_DEFINITIONS.find((definition) => definition.control.key === key)!.control as ControlOf<K>;
}

describe("the settings' definitions", () => {
	it("describe every setting once, and accept each default", () => {
		const keys = SETTING_DEFINITIONS.map((definition) => definition.control.key);
		expect([...keys].sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
		for (const key of keys) expect(acceptsValue(control(key), DEFAULT_SETTINGS[key])).toBe(true);
	});

	it("accept a step limit only as a whole number of lines within range, and say so", () => {
		const stepLimit = control("stepLimit");
		expect(stepLimit.validate(1)).toBeUndefined();
		expect(stepLimit.validate(10_000_000)).toBeUndefined();
		for (const bad of [0, -5, 2.5, Number.NaN, 10_000_001]) expect(stepLimit.validate(bad)).toBe("Enter a whole number of lines from 1 to 10,000,000.");
		expect(acceptsValue(stepLimit, "500")).toBe(false);
	});

	it("accept a dropdown's own options and a slider's steps within its limits", () => {
		expect(acceptsValue(control("defaultLayout"), "vertical")).toBe(true);
		expect(acceptsValue(control("defaultLayout"), "diagonal")).toBe(false);
		expect(acceptsValue(control("defaultLayout"), "toString")).toBe(false);
		expect(acceptsValue(control("pythonProfile"), "3.12")).toBe(false);
		expect(acceptsValue(control("animationSpeed"), 20)).toBe(true);
		expect(acceptsValue(control("animationSpeed"), 21)).toBe(false);
		expect(acceptsValue(control("animationSpeed"), 2.5)).toBe(false);
	});
});

describe("settingsFrom", () => {
	it("gives the defaults for no data or data that is not an object", () => {
		for (const data of [null, undefined, "text", 42]) expect(settingsFrom(data)).toEqual(DEFAULT_SETTINGS);
	});

	it("keeps each valid stored value and puts the default in place of each invalid or unknown one", () => {
		const settings = settingsFrom({ stepLimit: 500, defaultLayout: "vertical", animationSpeed: 0, pythonProfile: 3.11, retired: true });
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, stepLimit: 500, defaultLayout: "vertical" });
	});

	it("never returns the defaults object itself, which a later change would alter", () => {
		expect(settingsFrom(null)).not.toBe(DEFAULT_SETTINGS);
	});
});
