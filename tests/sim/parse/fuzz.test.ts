// Whatever the input, parseModule returns a Module or throws PythonSyntaxError / UnsupportedSyntaxError:
// never a JavaScript TypeError or RangeError. Inputs are corpus programs mutated by a seeded generator, token
// soup and raw characters, so failures reproduce.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dumpAst, parseModule, PythonSyntaxError, UnsupportedSyntaxError } from "../../../src/sim/parse/index";

function mulberry32(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function corpusSources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return corpusSources(path);
		return name.endsWith(".py") ? [readFileSync(path, "utf8")] : [];
	});
}

const FRAGMENTS = [
	"(", ")", "[", "]", "{", "}", ":", ";", ",", ".", "=", "==", ":=", "+", "-", "*", "**", "/", "//", "'", '"', "'''",
	"\\", "\\\n", "#", "@", " ", "\n", "\t", "    ", "\r", "x", "1", "0x", "1e", "1_", "9.", "f'{", "}", "{{", "!r", "rb'",
	"if ", "elif ", "else:", "def ", "class ", "lambda ", "for ", " in ", "not ", "and ", "or ", "is ", "yield ",
	"return ", "async ", "await ", "match x:\n    case 1:\n        pass\n", "1j", "é", "€", "\u00a0", "\0", "😀",
	"global x", "nonlocal x", "del ", "with ", " as ", "try:", "except", "finally:", "raise ", "from ", "import ", "*a",
];

function mutate(source: string, random: () => number): string {
	let s = source;
	const edits = 1 + Math.floor(random() * 4);
	for (let k = 0; k < edits; k++) {
		const at = Math.floor(random() * (s.length + 1));
		const choice = random();
		if (choice < 0.35) s = s.slice(0, at) + s.slice(at + 1);
		else if (choice < 0.8) s = s.slice(0, at) + FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]! + s.slice(at);
		else {
			const other = Math.floor(random() * (s.length + 1));
			s = s.slice(0, Math.min(at, other)) + s.slice(Math.max(at, other));
		}
	}
	return s;
}

function checkNoHostError(source: string): void {
	try {
		dumpAst(parseModule(source));
	} catch (e) {
		if (e instanceof PythonSyntaxError || e instanceof UnsupportedSyntaxError) {
			expect(Number.isInteger(e.lineno) && e.lineno >= 1).toBe(true);
			return;
		}
		throw new Error(`host error ${String(e)} for input ${JSON.stringify(source)}`);
	}
}

describe("no input escapes as a JavaScript error", () => {
	const sources = corpusSources(join(__dirname, "corpus")).filter((s) => s.length > 0);

	it("survives mutated corpus programs", () => {
		const random = mulberry32(20261123);
		for (let n = 0; n < 4000; n++) checkNoHostError(mutate(sources[n % sources.length]!, random));
	});

	it("survives token soup", () => {
		const random = mulberry32(42);
		for (let n = 0; n < 2000; n++) {
			let s = "";
			const length = Math.floor(random() * 30);
			for (let k = 0; k < length; k++) s += FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!;
			checkNoHostError(s);
		}
	});

	it("survives raw characters", () => {
		const random = mulberry32(7);
		for (let n = 0; n < 2000; n++) {
			let s = "";
			const length = Math.floor(random() * 40);
			for (let k = 0; k < length; k++) s += String.fromCharCode(Math.floor(random() * 128));
			checkNoHostError(s);
		}
	});

	it("survives deep nesting", () => {
		checkNoHostError("(".repeat(250) + "1" + ")".repeat(250));
		checkNoHostError("-".repeat(100_000) + "1");
		checkNoHostError("not ".repeat(20_000) + "x");
		checkNoHostError("x" + ".a".repeat(10_000));
		checkNoHostError("x = " + "a + ".repeat(5_000) + "1");
		checkNoHostError("if x:\n".repeat(150).split("\n").map((line, i) => " ".repeat(i) + line).join("\n") + "pass\n");
		checkNoHostError("f'{" .repeat(50) + "x" + "}'".repeat(50));
	});
});
