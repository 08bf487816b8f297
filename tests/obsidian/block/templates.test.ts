import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseBlockHeader } from "../../../src/obsidian/block/options";
import { BLOCK_TEMPLATES, fencedBlock } from "../../../src/obsidian/block/templates";

describe("block templates", () => {
	it("offers the six templates the issue names", () => {
		expect(BLOCK_TEMPLATES.map((template) => template.name)).toEqual([
			"Reference counting",
			"Reference cycle with gc.collect()",
			"Closure cell",
			"__del__ order",
			"Weakref callback",
			"Generations with automatic collection",
		]);
	});

	it.each(BLOCK_TEMPLATES.map((template) => [template.name, template] as const))("%s has a valid header and runs under python3", (_, template) => {
		expect(parseBlockHeader(template.body).problems).toEqual([]);
		const run = spawnSync("python3", ["-c", template.body], { encoding: "utf8" });
		expect(run.stderr).toBe("");
		expect(run.status).toBe(0);
		expect(run.stdout.length).toBeGreaterThan(0);
	});

	it("fences a template as a pymem block", () => {
		const first = BLOCK_TEMPLATES[0];
		if (!first) throw new Error("no templates");
		expect(fencedBlock(first)).toBe("```pymem\n" + first.body + "\n```\n");
	});
});
