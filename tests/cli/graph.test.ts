import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli";
import { FIXTURE_VAULT } from "../graph/vault";

async function run(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli(["graph", ...args], { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
	return { code, out: out.join(""), err: err.join("") };
}

describe("pymem graph", () => {
	it("prints counts of notes, links, unresolved concepts and hubs, then the warnings", async () => {
		const { code, out, err } = await run(FIXTURE_VAULT);
		expect(err).toBe("");
		expect(code).toBe(0);
		expect(out).toBe(
			[
				"Notes: 8",
				"Links: 24",
				"Unresolved concepts: 1",
				"Hubs: 1 (Python 1 Home: 6 children)",
				"Warnings: 2",
				"  Closures.md:3: '[[' at column 47 is not closed before the next '[['; only the inner link counts",
				"  Closures.md:3: '[[' at column 82 is never closed on this line",
				"",
			].join("\n"),
		);
	});

	it("prints nodes and edges as JSON with the fields the issue names", async () => {
		const { code, out } = await run(FIXTURE_VAULT, "--json");
		expect(code).toBe(0);
		const json = JSON.parse(out) as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
		expect(json.nodes.find((node) => node.id === "Thread Safety")).toMatchObject({ resolved: false });
		expect(json.nodes.find((node) => node.id === "Runtime/Garbage Collection")).toMatchObject({
			resolved: true,
			path: "Runtime/Garbage Collection.md",
			aliases: ["GC"],
			parents: ["Python 1 Home"],
		});
		expect(json.edges).toHaveLength(24);
		expect(json.edges).toContainEqual({
			source: "Memory Management",
			target: "Functions",
			relation: "Nested functions can create reference cycles that only the collector reclaims.",
			kind: "related",
			file: "Memory Management.md",
			line: 20,
			heading: "Related Python Concepts",
			viaAlias: false,
			embed: false,
		});
	});

	it("prints the shortest path with the relation of each link", async () => {
		const { code, out } = await run(FIXTURE_VAULT, "--from", "thread safety", "--to", "Functions");
		expect(code).toBe(0);
		expect(out).toBe(
			[
				"Thread Safety to Functions: 2 links",
				"  Thread Safety -> Memory Management  (by Memory Management's link to Thread Safety)",
				"      Threads that share objects must agree on who frees them.  (Memory Management.md:23, related)",
				"  Memory Management -> Functions",
				"      Nested functions can create reference cycles that only the collector reclaims.  (Memory Management.md:20, related)",
				"",
			].join("\n"),
		);
	});

	it("says a bare list item with no heading above it is listed without a description", async () => {
		const vault = mkdtempSync(path.join(tmpdir(), "pymem-graph-bare-"));
		try {
			writeFileSync(path.join(vault, "A.md"), "- [[B]]\n");
			writeFileSync(path.join(vault, "B.md"), "b\n");
			const { out } = await run(vault, "--from", "A", "--to", "B");
			expect(out).toBe("A to B: 1 link\n  A -> B\n      listed without a description  (A.md:1, related)\n");
		} finally {
			rmSync(vault, { recursive: true, force: true });
		}
	});

	it("names a bare list item's heading when it has no relation text, and prints paths as JSON", async () => {
		const { out } = await run(FIXTURE_VAULT, "--from", "Python 1 Home", "--to", "Reference Counting");
		expect(out).toContain('listed under "Concepts"');
		const json = JSON.parse((await run(FIXTURE_VAULT, "--json", "--from", "GC", "--to", "Orphan")).out) as unknown;
		expect(json).toEqual({ from: "Runtime/Garbage Collection", to: "Orphan", path: null });
	});

	it("says when there is no path, with status 1", async () => {
		const { code, out } = await run(FIXTURE_VAULT, "--from", "Orphan", "--to", "Closures");
		expect([code, out]).toEqual([1, "No path between Orphan and Closures.\n"]);
	});

	it("gives clear errors for a missing directory, a file, unknown concepts and bad options", async () => {
		expect(await run("/no/such/vault")).toEqual({ code: 2, out: "", err: "pymem graph: no such directory: /no/such/vault\n" });
		const dir = mkdtempSync(path.join(tmpdir(), "pymem-cli-"));
		try {
			const file = path.join(dir, "note.md");
			writeFileSync(file, "x");
			expect((await run(file)).err).toBe(`pymem graph: not a directory: ${file}\n`);
			expect((await run(dir)).out).toBe("Notes: 1\nLinks: 0\nUnresolved concepts: 0\nHubs: 0\nWarnings: 0\n");
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		expect((await run(FIXTURE_VAULT, "--from", "Nope", "--to", "Closures")).err).toBe("pymem graph: no note or concept named 'Nope'\n");
		expect((await run()).err).toMatch(/^pymem graph: missing VAULT_DIR\n/);
		expect((await run(FIXTURE_VAULT, "--from", "A")).err).toMatch(/^pymem graph: --from and --to go together/);
		expect((await run(FIXTURE_VAULT, "--frm")).err).toMatch(/^pymem graph: unknown option '--frm'/);
		expect((await run(FIXTURE_VAULT, "--to")).code).toBe(2);
		expect((await run("--help")).code).toBe(0);
	});
});
