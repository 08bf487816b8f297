// The expected files are what `npm run conformance:update` writes from python3, and nothing else: each matches
// its program's current source, none is orphaned, the vault extraction matches example-vault, and the known-gaps
// list names real programs.
import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { extractPymemBlocks, noteSlug } from "../../scripts/pymem-blocks.mjs";
import {
	conformanceDir,
	exampleVaultDir,
	filesUnder,
	listPrograms,
	readExpected,
	readKnownGaps,
	repoName,
	sha256,
	syntaxProgramsDir,
	vaultProgramsDir,
} from "./programs";

const UPDATE = "run npm run conformance:update";
const programs = listPrograms();

describe("conformance expected files", () => {
	it("has at least 220 hand-written programs besides the vault blocks", () => {
		const handWritten = programs.filter((program) => !program.path.startsWith(vaultProgramsDir + sep));
		expect(handWritten.length).toBeGreaterThanOrEqual(220);
	});

	it.each(programs.map((program) => [program.name, program] as const))("%s is up to date", (name, program) => {
		const expected = readExpected(program);
		expect(expected, `${name} has no expected file: ${UPDATE}`).not.toBeNull();
		expect(expected!.sourceSha256, `${name} changed since its expected file was written: ${UPDATE}`).toBe(
			sha256(program.source),
		);
		expect(typeof expected!.stdout).toBe("string");
		expect(Number.isInteger(expected!.exitCode)).toBe(true);
		expect(expected!.stderrLastLine === null || typeof expected!.stderrLastLine === "string").toBe(true);
		expect(typeof expected!.stderr, `${name} has no stderr: ${UPDATE}`).toBe("string");
		if (program.path.startsWith(syntaxProgramsDir + sep)) {
			expect(expected!.ast, `${name} is under syntax/ but python3 parsed it`).toBeNull();
			expect(expected!.stackSizes).toBeNull();
		} else {
			expect(typeof expected!.ast).toBe("string");
			expect(Array.isArray(expected!.stackSizes), `${name} has no stackSizes: ${UPDATE}`).toBe(true);
		}
	});

	it("has no expected file without its program", () => {
		const orphans = filesUnder(conformanceDir, ".expected.json")
			.filter((path) => !existsSync(path.replace(/\.expected\.json$/, ".py")))
			.map(repoName);
		expect(orphans, UPDATE).toEqual([]);
	});
});

describe("vault extraction", () => {
	it("matches every pymem block of example-vault", () => {
		const wanted = new Map<string, string>();
		for (const note of filesUnder(exampleVaultDir, ".md")) {
			const notePath = relative(exampleVaultDir, note).split(sep).join("/");
			extractPymemBlocks(readFileSync(note, "utf8")).forEach((block, index) => {
				wanted.set(`${noteSlug(notePath)}-${index + 1}.py`, block.source);
			});
		}
		const extracted = new Map(
			filesUnder(vaultProgramsDir, ".py").map((path) => [relative(vaultProgramsDir, path), readFileSync(path, "utf8")]),
		);
		expect(wanted.size).toBeGreaterThan(0);
		expect([...extracted.keys()].sort(), UPDATE).toEqual([...wanted.keys()].sort());
		for (const [file, source] of wanted) expect(extracted.get(file), `${file}: ${UPDATE}`).toBe(source);
	});
});

describe("known gaps", () => {
	it("names only existing programs, each with a one-line reason", () => {
		const names = new Set(programs.map((program) => program.name));
		for (const [name, reason] of Object.entries(readKnownGaps())) {
			expect(names.has(name), `known-gaps.json names ${name}, which is not a program`).toBe(true);
			expect(reason.trim() !== "" && !reason.includes("\n"), `${name}: the reason must be one line`).toBe(true);
		}
	});

	it("lives next to the programs", () => {
		expect(existsSync(join(conformanceDir, "known-gaps.json"))).toBe(true);
	});
});
