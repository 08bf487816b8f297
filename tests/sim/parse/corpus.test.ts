// CPython 3.11 is the oracle: every corpus and conformance program must dump exactly as ast.dump() printed it,
// and every error program must fail with the same error class, message and line (the symtable's errors too).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { dumpAst, parseModule, PythonSyntaxError } from "../../../src/sim/parse/index";
import { KNOWN_MESSAGE_DIFFERENCES } from "../../../src/sim/parse/known-differences";
import { buildScopes } from "../../../src/sim/compile/scope";

const root = join(__dirname, "..", "..", "..");

function pythonFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return pythonFiles(path);
		return name.endsWith(".py") ? [path] : [];
	});
}

function expectedFor(py: string): Record<string, unknown> | null {
	const path = py.replace(/\.py$/, ".expected.json");
	return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>) : null;
}

const astPrograms = [
	...pythonFiles(join(root, "tests/sim/parse/corpus")),
	...pythonFiles(join(root, "tests/conformance")),
].filter((py) => typeof expectedFor(py)?.ast === "string");

describe("ast.dump equality with CPython 3.11", () => {
	it("has a corpus", () => {
		expect(astPrograms.length).toBeGreaterThanOrEqual(60);
	});
	it.each(astPrograms.map((py) => [relative(root, py), py]))("%s", (_name, py) => {
		const source = readFileSync(py, "utf8");
		expect(dumpAst(parseModule(source))).toBe(expectedFor(py)!.ast);
	});
});

interface ExpectedSyntaxError {
	type: "SyntaxError" | "IndentationError" | "TabError";
	msg: string;
	lineno: number;
}

const errorPrograms = pythonFiles(join(root, "tests/sim/parse/errors"));

describe("syntax errors match CPython 3.11", () => {
	it("has error programs", () => {
		expect(errorPrograms.length).toBeGreaterThanOrEqual(25);
	});
	it.each(errorPrograms.map((py) => [relative(root, py), py]))("%s", (_name, py) => {
		const expected = (expectedFor(py) as { syntaxError: ExpectedSyntaxError } | null)?.syntaxError;
		expect(expected, "run python3 tests/sim/parse/generate-expected.py").toBeDefined();
		let thrown: unknown = null;
		// What CPython raises before any bytecode: the parser's errors, then its symtable's, then its compiler's.
		const symtable = (module: Parameters<typeof buildScopes>[0]) => void buildScopes(module);
		try {
			symtable(parseModule(readFileSync(py, "utf8"), symtable));
		} catch (e) {
			thrown = e;
		}
		expect(thrown).toBeInstanceOf(PythonSyntaxError);
		const error = thrown as PythonSyntaxError;
		const actual: ExpectedSyntaxError = { type: error.kind, msg: error.msg, lineno: error.lineno };
		if (KNOWN_MESSAGE_DIFFERENCES.some((d) => d.cpython === expected!.msg)) {
			expect({ type: actual.type, lineno: actual.lineno }).toEqual({ type: expected!.type, lineno: expected!.lineno });
		} else {
			expect(actual).toEqual(expected);
		}
	});
});
