import { describe, expect, it } from "vitest";
import { runCli, USAGE } from "../../src/cli/cli";

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

describe("pymem CLI", () => {
	it("lists run, trace and graph in --help", async () => {
		const { io, out } = capture();
		expect(await runCli(["--help"], io)).toBe(0);
		expect(out.join("")).toBe(USAGE);
		for (const command of ["run", "trace", "graph"]) expect(USAGE).toMatch(new RegExp(`^  ${command} `, "m"));
	});

	it("rejects an unknown command with usage and status 2", async () => {
		const { io, err } = capture();
		expect(await runCli(["frobnicate"], io)).toBe(2);
		expect(err.join("")).toContain("unknown command 'frobnicate'");
	});
});
