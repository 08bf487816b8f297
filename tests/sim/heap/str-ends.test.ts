// A str joined by `+` keeps its first characters and its last code unit from its parts, so a trace's preview and a
// join's measure never copy the rope a loop grows; what they read must be the str's own.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

describe("a long str's ends", () => {
	it("previews a str grown at either end, or both, by its own first characters", () => {
		// t joins an astral character to s; u is s copied by join, a flat str, shown as any str is.
		const source = "s = 'x' * 5000\nfor i in range(30):\n    s += str(i)\n    s = chr(65 + i) + s\nt = s + '\\U0001f600'\nu = ''.join(list(s))\nprint(len(s), s[:5], len(t), t[-2:] == s[-1] + '\\U0001f600')\n";
		const run = runProgram(source, { record: true });
		expect(run.stdout).toBe("5080 ^]\\[Z 5081 True\n");
		const trace = run.trace!;
		// The last step of the program, before shutdown frees its names.
		const last = trace.state(trace.exitStep! - 1);
		const previews = last.objects.filter((o) => o.type === "str" && o.preview?.startsWith("'^]") && o.preview.length > 10).map((o) => o.preview);
		expect(previews).toHaveLength(3);
		expect(new Set(previews).size).toBe(1);
		expect(previews[0]).toContain("ZYXWVUTSRQPONMLKJIHGFEDCBAxxx");
	});
});
