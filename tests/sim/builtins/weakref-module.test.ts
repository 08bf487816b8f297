// weakref.finalize at interpreter exit. finalize._exitfunc is library code whose frames pymem does not print
// (docs/supported-python.md), so its reports are compared with python3's without them.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

const RAISING_AT_EXIT = `import weakref
class Resource:
    pass
def close(name):
    raise RuntimeError("cannot close " + name)
a = Resource()
b = Resource()
weakref.finalize(a, close, "a")
weakref.finalize(b, print, "b closed")
print("end of program")
`;

describe("weakref.finalize at exit", () => {
	it("reports a raising callback as sys.excepthook does, with the callback's frames, and goes on with the next", () => {
		const result = runProgram(RAISING_AT_EXIT);
		expect(result.stdout).toBe("end of program\nb closed\n");
		// python3 3.11 prints, besides two frames of weakref.py (_exitfunc, then finalize.__call__):
		expect(result.stderr).toBe(
			["Traceback (most recent call last):", '  File "main.py", line 5, in close', '    raise RuntimeError("cannot close " + name)', "RuntimeError: cannot close a", ""].join("\n"),
		);
		expect(result.exitCode).toBe(0);
	});

	it("still heads the report with the traceback when the callback is a builtin and has no frame of its own", () => {
		const result = runProgram("import weakref\nclass R:\n    pass\nr = R()\nweakref.finalize(r, int, 'x')\n");
		expect(result.stderr).toBe("Traceback (most recent call last):\nValueError: invalid literal for int() with base 10: 'x'\n");
	});
});
