import { describe, expect, it } from "vitest";
import { StandardInput, textAsStdin } from "../../../src/sim/runtime/standardInput";

/** Standard input given in these chunks, counting how many were asked for. */
function chunked(...chunks: string[]): { input: StandardInput; asked: () => number } {
	let asked = 0;
	const input = new StandardInput(() => {
		asked++;
		return chunks.shift() ?? null;
	});
	return { input, asked: () => asked };
}

describe("StandardInput", () => {
	it("reads a line at a time across chunks, asking for a chunk only when the line is not complete", () => {
		const { input, asked } = chunked("ab", "c\nde", "f\n", "g");
		expect(input.readLine(-1)).toBe("abc\n");
		expect(asked()).toBe(2);
		expect(input.readLine(-1)).toBe("def\n");
		expect(input.readLine(-1)).toBe("g");
		expect(input.readLine(-1)).toBe("");
		expect(input.read(-1)).toBe("");
	});

	it("counts sizes in code points, a character outside the BMP as one", () => {
		const input = new StandardInput(textAsStdin("😀é😀x\nrest"));
		expect(input.read(2)).toBe("😀é");
		expect(input.readLine(1)).toBe("😀");
		expect(input.readLine(0)).toBe("");
		expect(input.readLine(5)).toBe("x\n");
		expect(input.read(-1)).toBe("rest");
	});

	it("ends only \\n lines, as Linux's sys.stdin does", () => {
		const input = new StandardInput(textAsStdin("a\r\nb\rc"));
		expect(input.readLine(-1)).toBe("a\r\n");
		expect(input.readLine(-1)).toBe("b\rc");
	});

	it("is empty without a source", () => {
		const input = new StandardInput(null);
		expect(input.readLine(-1)).toBe("");
		expect(input.read(3)).toBe("");
	});
});
