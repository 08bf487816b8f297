import { describe, expect, it } from "vitest";
import { highlightPython } from "../../../src/ui/block/highlight";

describe("highlightPython", () => {
	it("classes keywords, definitions, builtins, strings, numbers and comments", () => {
		const [line] = highlightPython("def f(n=1.5e3): return print('a#b')  # note");
		expect(line?.filter((token) => token.cls !== "plain")).toEqual([
			{ text: "def", cls: "keyword" },
			{ text: "f", cls: "definition" },
			{ text: "1.5e3", cls: "number" },
			{ text: "return", cls: "keyword" },
			{ text: "print", cls: "builtin" },
			{ text: "'a#b'", cls: "string" },
			{ text: "# note", cls: "comment" },
		]);
	});

	it("keeps every character, in order, on every line", () => {
		const source = 'x = f"{a}"\n@deco\nclass C:\n    s = """one\ntwo""" + r\'\\d\'\n';
		const lines = highlightPython(source);
		expect(lines.map((tokens) => tokens.map((token) => token.text).join(""))).toEqual(source.split("\n"));
		expect(lines[1]).toEqual([{ text: "@deco", cls: "decorator" }]);
		expect(lines[3]?.at(-1)).toEqual({ text: '"""one', cls: "string" });
		expect(lines[4]?.[0]).toEqual({ text: 'two"""', cls: "string" });
	});

	it("handles escaped quotes and an unterminated string", () => {
		const [line] = highlightPython("s = 'it\\'s' + 'open");
		expect(line?.filter((token) => token.cls === "string").map((token) => token.text)).toEqual(["'it\\'s'", "'open"]);
	});
});
