import { describe, expect, it } from "vitest";
import { parseBlockHeader } from "../../../src/obsidian/block/options";

describe("parseBlockHeader", () => {
	it("reads every documented option", () => {
		const source = [
			"#| title: Two names, one list",
			"#| python: 3.11",
			"#| max-steps: 5_000",
			"#| start: 12",
			"#| autoplay: true",
			"#| panels: source, frames, heap gc",
			"#| layout: vertical",
			"#| stdin: Ann\\n42\\ttab\\\\n",
			"x = [1]",
		].join("\n");
		expect(parseBlockHeader(source)).toEqual({
			options: {
				title: "Two names, one list",
				python: "3.11",
				maxSteps: 5000,
				start: 12,
				autoplay: true,
				panels: ["source", "frames", "heap", "gc"],
				layout: "vertical",
				stdin: "Ann\n42\ttab\\n",
			},
			problems: [],
			headerLines: 8,
		});
	});

	it("accepts start: end and stops at the first line that is not a header line", () => {
		const parsed = parseBlockHeader("#| start: end\nx = 1\n#| title: too late");
		expect(parsed.options).toEqual({ start: "end" });
		expect(parsed.headerLines).toBe(1);
	});

	it("gives a source without a header no options", () => {
		expect(parseBlockHeader("# a plain comment\nx = 1")).toEqual({ options: {}, problems: [], headerLines: 0 });
	});

	it("names the line of each bad option and keeps the good ones", () => {
		const source = [
			"#| title: Fine",
			"#| python: 2.7",
			"#| max-steps: lots",
			"#| start: middle",
			"#| autoplay: maybe",
			"#| panels: source, stack",
			"#| layout: diagonal",
			"#| colour: blue",
			"#| no colon here",
			"#| title: Again",
			"#| max-steps: 0",
		].join("\n");
		const parsed = parseBlockHeader(source);
		expect(parsed.options).toEqual({ title: "Fine" });
		expect(parsed.problems.map((problem) => problem.message)).toEqual([
			'Line 2: python must be one of 3.11 (got "2.7")',
			'Line 3: max-steps must be a whole number (got "lots")',
			'Line 4: start must be a step number or "end" (got "middle")',
			'Line 5: autoplay must be true or false (got "maybe")',
			'Line 6: unknown panel "stack"; panels are source, frames, heap, gc, output, log',
			'Line 7: layout must be horizontal or vertical (got "diagonal")',
			'Line 8: unknown option "colour"; options are title, python, max-steps, start, autoplay, panels, layout, stdin',
			'Line 9: expected "#| name: value", got "#| no colon here"',
			"Line 10: title is set twice; the first value is kept",
			"Line 11: max-steps must be between 1 and 10,000,000",
		]);
		expect(parsed.problems.map((problem) => problem.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
	});
});
