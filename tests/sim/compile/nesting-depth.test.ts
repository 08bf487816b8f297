// How deeply a program may nest. python3 3.11's AST optimizer counts statements and expressions and gives up past
// 3,000 levels; pymem's own compiler passes stop at 1,000. Each python3 outcome below is from running the program
// as a file with python3 3.11.7.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import { checkNestingDepth, CompileRecursionError, CPYTHON_COMPILE_DEPTH, PYMEM_COMPILE_DEPTH } from "../../../src/sim/compile/nesting-depth";
import { parseModule } from "../../../src/sim/parse/index";

const RECURSION = "RecursionError: maximum recursion depth exceeded during compilation\n";
/** `print(1)`, then `x = ---...1` with `minuses` unary minuses: the assignment, the operators and the constant nest. */
const minuses = (count: number, indent = "") => `${indent}print(1)\n${indent}x = ${"-".repeat(count)}1\n`;
const nestedIfs = (count: number, statement: string) =>
	Array.from({ length: count }, (_, level) => `${"    ".repeat(level)}if True:\n`).join("") + `${"    ".repeat(count)}${statement}\n`;

describe("nesting depth", () => {
	it("gives python3's RecursionError, with no output and no traceback, where its optimizer gives up", () => {
		// python3: 2,998 minuses compile (1 + 2,998 + 1 = 3,000 levels), 2,999 do not; the print never runs.
		const result = runProgram(minuses(2999));
		expect(result).toMatchObject({ status: "syntax-error", exitCode: 1, stdout: "", stderr: RECURSION });
		expect(result.error).toEqual({ type: "RecursionError", message: "RecursionError: maximum recursion depth exceeded during compilation (line 2)", line: 2 });
	});

	it("counts each statement the expression is in, as ast_opt does", () => {
		// python3: in a function 2,997 minuses compile and 2,998 do not; under five ifs 2,993 compile and 2,994 do not.
		expect(runProgram(`def f():\n${minuses(2998, "    ")}`).stderr).toBe(RECURSION);
		expect(runProgram(`def f():\n${minuses(2997, "    ")}`).stderr).not.toBe(RECURSION);
		expect(runProgram(nestedIfs(5, `x = ${"-".repeat(2994)}1`)).stderr).toBe(RECURSION);
		expect(runProgram(nestedIfs(5, `x = ${"-".repeat(2993)}1`)).stderr).not.toBe(RECURSION);
		// python3: `print(--...1)` with 2,997 compiles, 2,998 does not (the call is a level too).
		expect(runProgram(`print(${"-".repeat(2998)}1)\n`).stderr).toBe(RECURSION);
	});

	it("refuses, naming the line, what python3 compiles but pymem's compiler could not walk", () => {
		const result = runProgram(minuses(2998));
		expect(result.status).toBe("unsupported");
		expect(result.error).toEqual({ type: "Unsupported", message: "pymem does not support expressions nested this deeply yet (line 2)", line: 2 });
		// Up to the limit, it runs: python3 prints 1 and binds x to -1 (an even count of minuses less one).
		const deepest = runProgram(`x = ${"-".repeat(PYMEM_COMPILE_DEPTH - 2)}1\nprint(x)\n`);
		expect(deepest.stdout).toBe("1\n");
		expect(() => checkNestingDepth(parseModule(`x = ${"-".repeat(PYMEM_COMPILE_DEPTH - 1)}1\n`))).toThrow(/nested this deeply yet \(line 1\)/);
		expect(() => checkNestingDepth(parseModule(`x = ${"-".repeat(CPYTHON_COMPILE_DEPTH - 1)}1\n`))).toThrow(CompileRecursionError);
	});

	it("names the line when the parser itself runs out of host stack", () => {
		// python3 gives MemoryError here (its parser's stack overflows); pymem's runs out of the host's first.
		const result = runProgram(`print(1)\nx = ${"-".repeat(50_000)}1\n`);
		expect(result.status).toBe("unsupported");
		expect(result.error?.line).toBe(2);
	});
});

/** `print(1)` then `loops` nested for loops around `inner` (its lines indented to the innermost body). */
function insideLoops(loops: number, inner: readonly string[]): string {
	const header = Array.from({ length: loops }, (_, level) => `${"    ".repeat(level)}for i${level} in range(1):\n`).join("");
	return `print(1)\n${header}${inner.map((line) => `${"    ".repeat(loops)}${line}\n`).join("")}`;
}

describe("statically nested blocks", () => {
	// Each python3 3.11.7 report, file name aside: compile.c allows 20 blocks open at once (CO_MAXBLOCKS).
	const report = (line: number, text: string) => `  File "main.py", line ${line}\n    ${text}\n    ${"^".repeat(text.length)}\nSyntaxError: too many statically nested blocks\n`;

	it.each([
		["a 21st loop", insideLoops(20, ["while False:", "    pass"]), report(22, "while False:")],
		["a with as the 21st block", insideLoops(20, ["with open('x') as f:", "    pass"]), report(22, "with open('x') as f:")],
		["a try as the 21st block", insideLoops(20, ["try:", "    pass", "except ValueError:", "    pass"]), report(22, "try:")],
		// The except clause's body is two blocks in (the handler's, then the clause's cleanup).
		["an except clause's body as the 21st", insideLoops(19, ["try:", "    pass", "except ValueError as e:", "    pass"]), report(23, "except ValueError as e:")],
		["an except* clause's body as the 21st", insideLoops(19, ["try:", "    pass", "except* ValueError:", "    pass"]), report(23, "except* ValueError:")],
	])("stops %s with python3's SyntaxError, before anything runs", (_name, source, stderr) => {
		const result = runProgram(source);
		expect(result).toMatchObject({ status: "syntax-error", stdout: "", stderr, exitCode: 1 });
	});

	it.each([
		["20 loops", insideLoops(20, ["pass"])],
		["a finally block inside 19 loops (its body and its exceptional copy are one block in)", insideLoops(19, ["try:", "    pass", "finally:", "    pass"])],
		["an except clause inside 18 loops", insideLoops(18, ["try:", "    pass", "except ValueError:", "    pass"])],
		["a function's own loops, which start again from none", insideLoops(20, ["def f():", "    for j in range(1):", "        pass"])],
		["21 nested ifs, which are no blocks", `print(1)\n${Array.from({ length: 21 }, (_, level) => `${"    ".repeat(level)}if True:\n`).join("")}${"    ".repeat(21)}pass\n`],
	])("runs %s, as python3 does", (_name, source) => {
		expect(runProgram(source)).toMatchObject({ status: "finished", stdout: "1\n" });
	});
});
