// Every node's (lineno, col_offset, end_lineno, end_col_offset) must equal CPython's: the compiler takes line
// numbers from them and the UI highlights source with them. Columns are UTF-8 byte offsets, as in CPython.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { FIELDS } from "../../../src/sim/parse/dump";
import { parseModule } from "../../../src/sim/parse/index";

type Row = [string, number, number, number, number];

function positions(node: unknown, out: Row[]): Row[] {
	if (Array.isArray(node)) {
		for (const item of node) positions(item, out);
	} else if (node !== null && typeof node === "object" && "kind" in node && typeof node.kind === "string") {
		const record = node as Record<string, unknown> & { kind: string };
		if (typeof record.lineno === "number") {
			out.push([record.kind, record.lineno, record.col_offset as number, record.end_lineno as number, record.end_col_offset as number]);
		}
		for (const spec of FIELDS[record.kind] ?? []) {
			const name = spec.replace("?", "");
			if (name !== "kind") positions(record[name], out);
		}
	}
	return out;
}

function corpus(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return corpus(path);
		return name.endsWith(".py") && existsSync(path.replace(/\.py$/, ".positions.json")) ? [path] : [];
	});
}

const root = join(__dirname, "..", "..", "..");
const programs = corpus(join(__dirname, "corpus"));

describe("node positions equal CPython 3.11's", () => {
	it.each(programs.map((py) => [relative(root, py), py]))("%s", (_name, py) => {
		const expected = JSON.parse(readFileSync(py.replace(/\.py$/, ".positions.json"), "utf8")) as Row[];
		expect(positions(parseModule(readFileSync(py, "utf8")), [])).toEqual(expected);
	});
});
