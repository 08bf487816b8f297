// Focused checks of the parser's tricky spots. Expected dumps below were printed by CPython 3.11's ast.dump.
import { describe, expect, it } from "vitest";
import type * as ast from "../../../src/sim/parse/ast";
import { dumpAst, parseModule, PythonSyntaxError, UnsupportedSyntaxError } from "../../../src/sim/parse/index";

function dumpExpr(src: string): string {
	const stmt = parseModule(src).body[0]!;
	if (stmt.kind !== "Expr") throw new Error("not an expression statement");
	return dumpAst(stmt.value);
}

function firstExpr(src: string): ast.Expr {
	const stmt = parseModule(src).body[0]!;
	if (stmt.kind !== "Expr") throw new Error("not an expression statement");
	return stmt.value;
}

function errorOf(src: string): unknown {
	try {
		parseModule(src);
	} catch (e) {
		return e;
	}
	return null;
}

describe("operator structure", () => {
	it("binds `not` tighter than `and`", () => {
		expect(dumpExpr("not a and b")).toBe(
			"BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())])",
		);
	});
	it("keeps a chained comparison in one Compare", () => {
		expect(dumpExpr("a < b <= c")).toBe(
			"Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])",
		);
	});
	it("makes ** right-associative and tighter than unary minus on its left", () => {
		expect(dumpExpr("-2 ** -1")).toBe(
			"UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1))))",
		);
	});
});

describe("constants", () => {
	it("keeps ints beyond 2**53 exact", () => {
		const value = firstExpr("123456789012345678901234567890");
		expect(value.kind === "Constant" && value.value).toBe(123456789012345678901234567890n);
		expect(dumpExpr("0x1_0000_0000_0000_0001")).toBe("Constant(value=18446744073709551617)");
	});
	it("prints floats as Python's repr does", () => {
		expect(dumpExpr("[1e16, 1e15, 1e-5, 0.0001, 1e999, 2.5e-300, 0.1]")).toBe(
			"List(elts=[Constant(value=1e+16), Constant(value=1000000000000000.0), Constant(value=1e-05), Constant(value=0.0001), Constant(value=inf), Constant(value=2.5e-300), Constant(value=0.1)], ctx=Load())",
		);
	});
	it("reprs strings and bytes with Python's quoting", () => {
		expect(dumpExpr(`["it's", 'say "hi"', 'both \\' "', '\\x00\\x7f\\xa0', b'\\x80\\'']`)).toBe(
			`List(elts=[Constant(value="it's"), Constant(value='say "hi"'), Constant(value='both \\' "'), Constant(value='\\x00\\x7f\\xa0'), Constant(value=b"\\x80'")], ctx=Load())`,
		);
	});
});

describe("f-strings", () => {
	it("nests format specs and self-documenting fields as CPython 3.11 does", () => {
		expect(dumpExpr("f'{x=:>{w}}'")).toBe(
			"JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))])",
		);
	});
	it("places field expressions at their real columns", () => {
		const joined = firstExpr("f'ab{x+1}'");
		if (joined.kind !== "JoinedStr") throw new Error("expected JoinedStr");
		const field = joined.values[1]!;
		if (field.kind !== "FormattedValue") throw new Error("expected FormattedValue");
		expect([field.value.col_offset, field.value.end_col_offset]).toEqual([5, 8]);
	});
});

describe("positions", () => {
	it("counts columns in UTF-8 bytes", () => {
		const stmt = parseModule("s = 'é'; t = 1\n").body[1]!;
		expect([stmt.col_offset, stmt.end_col_offset]).toEqual([10, 15]);
	});
});

describe("unsupported constructs", () => {
	it.each([
		["async def f():\n    pass\n", "async functions", 1],
		["x = 1\n@dec\nasync def f():\n    pass\n", "async functions", 3],
		["def f():\n    async for x in y:\n        pass\n", "async for loops", 2],
		["def f():\n    async with x:\n        pass\n", "async with statements", 2],
		// python3 runs this: a function never evaluates its variables' annotations, and the await makes it async.
		["def f():\n    x: await g() = 1\n", "await expressions", 2],
		["x = (j async for j in y)\n", "async comprehensions", 1],
		// An async list comprehension makes the generator expression that holds it asynchronous, as in CPython.
		["x = ([j async for j in i]\n     for i in y)\n", "async comprehensions", 1],
		["x = sum(len([j async for j in i])\n        for i in y)\n", "async comprehensions", 1],
		["s = '\\N{EM DASH}'\n", "\\N{...} escapes in strings", 1],
		// An f-string's literal part: the escape's braces hold its name, not a replacement field.
		["x = 1\ns = f'{x} \\N{EM DASH} {{x}}'\n", "\\N{...} escapes in strings", 2],
	])("%j is rejected clearly", (src, construct, line) => {
		const error = errorOf(src);
		expect(error).toBeInstanceOf(UnsupportedSyntaxError);
		expect((error as UnsupportedSyntaxError).construct).toBe(construct);
		expect((error as UnsupportedSyntaxError).lineno).toBe(line);
		expect((error as Error).message).toBe(`pymem does not support ${construct} yet (line ${line})`);
	});
	it("still parses `match` used as a name", () => {
		expect(() => parseModule("match = 1\nmatch(x)\nmatch.y = [match]\n")).not.toThrow();
	});
	it("reports a real syntax error before an unsupported construct later on", () => {
		const error = errorOf("x = (\nasync def f(): pass\n");
		expect(error).toBeInstanceOf(PythonSyntaxError);
	});
});
