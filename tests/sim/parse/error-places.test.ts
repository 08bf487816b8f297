// Where a syntax error points, as python3 3.11.7 prints it running each program as main.py: the errors whose
// place depends on what pegen read past (the token after a `not` that no `in` follows) or on how its second pass
// reads a failed statement (an assignment's start as a named expression, which a display at its start rules out
// but a group does not, a parenthesized tuple as a whole, a starred target of `del`), or on a token it must find
// (the ':' after a return annotation, a default's value); and the compiler's errors that come before or instead of
// others (an annotated name declared global, a break that would leave an except* clause, an async comprehension
// outside an async function, of nested ones the outermost, which awaits the others, an await outside one).
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

describe("syntax error places", () => {
	it.each([
		["x = a not b\n", '  File "main.py", line 1\n    x = a not b\n              ^\nSyntaxError: invalid syntax\n'],
		["x = a not\n", '  File "main.py", line 1\n    x = a not\n             ^\nSyntaxError: invalid syntax\n'],
		["if a not b: pass\n", '  File "main.py", line 1\n    if a not b: pass\n             ^\nSyntaxError: invalid syntax\n'],
		["x = a or b = 4\n", "  File \"main.py\", line 1\n    x = a or b = 4\n    ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"],
		["a, b = c or d = 4\n", "  File \"main.py\", line 1\n    a, b = c or d = 4\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"],
		["(x) = a < b = 4\n", "  File \"main.py\", line 1\n    (x) = a < b = 4\n     ^\nSyntaxError: cannot assign to name here. Maybe you meant '==' instead of '='?\n"],
		["((a, b)) = c or d = 4\n", "  File \"main.py\", line 1\n    ((a, b)) = c or d = 4\n     ^^^^^^\nSyntaxError: cannot assign to tuple here. Maybe you meant '==' instead of '='?\n"],
		["x, ((a, b)) = c or d = 4\n", "  File \"main.py\", line 1\n    x, ((a, b)) = c or d = 4\n        ^^^^^^\nSyntaxError: cannot assign to tuple here. Maybe you meant '==' instead of '='?\n"],
		["[a][0] = c or d = 4\n", "  File \"main.py\", line 1\n    [a][0] = c or d = 4\n             ^^^^^^\nSyntaxError: cannot assign to expression\n"],
		["((x for x in y)).a = c or d = 4\n", "  File \"main.py\", line 1\n    ((x for x in y)).a = c or d = 4\n    ^^^^^^^^^^^^^^^^^^\nSyntaxError: cannot assign to attribute here. Maybe you meant '==' instead of '='?\n"],
		["(a, b): int = 1\n", '  File "main.py", line 1\n    (a, b): int = 1\n    ^^^^^^\nSyntaxError: only single target (not tuple) can be annotated\n'],
		["del a, *b\n", "  File \"main.py\", line 1\n    del a, *b\n           ^^\nSyntaxError: cannot delete starred\n"],
		["def f(a=, b): pass\n", "  File \"main.py\", line 1\n    def f(a=, b): pass\n           ^\nSyntaxError: expected default value expression\n"],
		["def f() -> : pass\n", "  File \"main.py\", line 1\n    def f() -> : pass\n            ^^\nSyntaxError: expected ':'\n"],
		["def f() -> *a: pass\n", "  File \"main.py\", line 1\n    def f() -> *a: pass\n            ^^\nSyntaxError: expected ':'\n"],
		["def f():\n    x: int\n    global x\n", "  File \"main.py\", line 3\n    global x\n    ^^^^^^^^\nSyntaxError: annotated name 'x' can't be global\n"],
		["def f():\n    global x\n    x: int = 1\n", "  File \"main.py\", line 3\n    x: int = 1\n    ^^^^^^^^^^\nSyntaxError: annotated name 'x' can't be global\n"],
		["try:\n    pass\nexcept* ValueError:\n    break\n", "  File \"main.py\", line 4\n    break\n    ^^^^^\nSyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block\n"],
		["x = [i async for i in y]\n", "  File \"main.py\", line 1\n    x = [i async for i in y]\n        ^^^^^^^^^^^^^^^^^^^^\nSyntaxError: asynchronous comprehension outside of an asynchronous function\n"],
		["x = [[j async for j in i] for i in y]\n", "  File \"main.py\", line 1\n    x = [[j async for j in i] for i in y]\n        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\nSyntaxError: asynchronous comprehension outside of an asynchronous function\n"],
		["x = [[[k async for k in j] for j in i] for i in y]\n", "  File \"main.py\", line 1\n    x = [[[k async for k in j] for j in i] for i in y]\n        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\nSyntaxError: asynchronous comprehension outside of an asynchronous function\n"],
		["x = [x for x in [j async for j in i]] + [[j async for j in i] for i in y]\n", "  File \"main.py\", line 1\n    x = [x for x in [j async for j in i]] + [[j async for j in i] for i in y]\n                    ^^^^^^^^^^^^^^^^^^^^\nSyntaxError: asynchronous comprehension outside of an asynchronous function\n"],
		["x = [lambda: [j async for j in i] for i in y]\n", "  File \"main.py\", line 1\n    x = [lambda: [j async for j in i] for i in y]\n                 ^^^^^^^^^^^^^^^^^^^^\nSyntaxError: asynchronous comprehension outside of an asynchronous function\n"],
		["x = await f()\n", "  File \"main.py\", line 1\n    x = await f()\n        ^^^^^^^^^\nSyntaxError: 'await' outside function\n"],
		["def f():\n    return await g()\n", "  File \"main.py\", line 2\n    return await g()\n           ^^^^^^^^^\nSyntaxError: 'await' outside async function\n"],
		["f = lambda: await x\n", "  File \"main.py\", line 1\n    f = lambda: await x\n                ^^^^^^^\nSyntaxError: 'await' outside async function\n"],
		["class C:\n    await x\n", "  File \"main.py\", line 2\n    await x\n    ^^^^^^^\nSyntaxError: 'await' outside function\n"],
		["x = [await y for y in z]\n", "  File \"main.py\", line 1\n    x = [await y for y in z]\n        ^^^^^^^^^^^^^^^^^^^^\nSyntaxError: asynchronous comprehension outside of an asynchronous function\n"],
		["x = [[await y for y in z] for z in w]\n", "  File \"main.py\", line 1\n    x = [[await y for y in z] for z in w]\n        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\nSyntaxError: asynchronous comprehension outside of an asynchronous function\n"],
		["x = [lambda: await y for y in z]\n", "  File \"main.py\", line 1\n    x = [lambda: await y for y in z]\n                 ^^^^^^^\nSyntaxError: 'await' outside async function\n"],
		["x = [y for y in await z]\n", "  File \"main.py\", line 1\n    x = [y for y in await z]\n                    ^^^^^^^\nSyntaxError: 'await' outside function\n"],
		["x = await y ** 2\n", "  File \"main.py\", line 1\n    x = await y ** 2\n        ^^^^^^^\nSyntaxError: 'await' outside function\n"],
		["await x = 1\n", "  File \"main.py\", line 1\n    await x = 1\n    ^^^^^^^\nSyntaxError: cannot assign to await expression here. Maybe you meant '==' instead of '='?\n"],
		["return 1\nawait x\n", "  File \"main.py\", line 1\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"],
	])("%j", (source, stderr) => {
		expect(runProgram(source)).toMatchObject({ status: "syntax-error", stderr });
	});
});
