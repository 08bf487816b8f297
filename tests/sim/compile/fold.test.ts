import { describe, expect, it } from "vitest";
import { foldedConstant } from "../../../src/sim/compile/fold";
import { parseModule } from "../../../src/sim/parse/index";
import type * as ast from "../../../src/sim/parse/ast";

// Whether CPython 3.11 compiles each expression to a single LOAD_CONST, as printed by python3's dis
// (compile(src, "", "eval") gives RESUME, LOAD_CONST, RETURN_VALUE exactly when it was folded).
const CPYTHON_FOLDS: [string, boolean][] = [
	['"a"*4096', true],
	['"a"*4097', false],
	['"ab"*2049', false],
	['"x"*1000+"y"*4000', true],
	['(1,)*256', true],
	['(1,)*257', false],
	['2**64', true],
	['2**65', false],
	['2**128', false],
	['3**80', false],
	['1<<127', true],
	['1<<128', false],
	['1/2', true],
	['7//2', true],
	['-7%3', true],
	['-(-5)', true],
	['not 1', true],
	['not ()', true],
	['~5', true],
	['"abc"[1]', true],
	['"abc"[-1]', true],
	['(1,2)[0]', true],
	['"abc"[5]', false],
	['-1000', true],
	['(1, -2)', true],
	['True+1', true],
	['True&False', true],
	['1.5*2', true],
	['0.1+0.2', true],
	['2**-1', true],
	['"%s" % 1', false],
	['1/0', false],
	['7.5 // 2', true],
	['7.5 % 2', true],
	['-7 // 2.0', true],
	['2.0 ** 0.5', true],
	['10 ** -3', true],
	['2 ** 0.5', true],
	['2**100 / 3', false],
	['0.0 ** -1', false],
	['1e308 * 10', true],
	['2.0 ** 10000', false],
	['5 % 0.0', false],
	['2**64 * 1.5', true],
	['1 << 1.0', false],
	['(2**70) / (2**69)', false],
	['10**30 / 3', true],
	['1.5//2', true],
	['2.0**0.5', true],
	['x+1', false],
	['(1, [2])', false],
	['"a"*-1', false],
	['10**38', false],
	['10**39', false],
];

function expression(source: string): ast.Expr {
	const statement = parseModule(source).body[0];
	if (statement?.kind !== "Expr") throw new Error(`not an expression: ${source}`);
	return statement.value;
}

describe("constant folding", () => {
	it.each(CPYTHON_FOLDS)("%s folds as in CPython: %s", (source, folds) => {
		expect(foldedConstant(expression(source)) !== undefined).toBe(folds);
	});

	it("computes Python's values", () => {
		expect(foldedConstant(expression("-7 % 3"))).toBe(2n);
		expect(foldedConstant(expression("7 // -2"))).toBe(-4n);
		expect(foldedConstant(expression("True & True"))).toBe(true);
		expect(foldedConstant(expression("True + True"))).toBe(2n);
		expect(Object.is(foldedConstant(expression("0.0 * -1")), -0)).toBe(true);
		expect(foldedConstant(expression("-7 // 2.0"))).toBe(-4);
		expect(foldedConstant(expression("-7.5 % 2"))).toBe(0.5);
		expect(foldedConstant(expression("2 ** -2"))).toBe(0.25);
		expect(foldedConstant(expression('"ab" * 3'))).toBe("ababab");
		expect(foldedConstant(expression("(1, -2) + (3,)"))).toEqual({ tuple: [1n, -2n, 3n] });
	});
});
