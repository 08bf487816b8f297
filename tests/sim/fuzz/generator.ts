// The fuzz corpus: case `index` of a run with `seed` is always the same program, so a failure printed with its
// seed and index can be replayed alone. Most cases are well-formed programs; about a third are mutated ones,
// and the first few are fixed edge inputs.
import { mutate } from "./mutate";
import { caseSeed, Rng } from "./rng";
import { wellFormedProgram } from "./statements";

export type FuzzKind = "edge" | "well-formed" | "mutated";

export interface FuzzCase {
	index: number;
	kind: FuzzKind;
	source: string;
}

export const EDGE_INPUTS: readonly string[] = [
	"",
	"\n",
	"   ",
	"\t\n\t",
	"\uFEFFprint('bom')\n",
	"x = 1\r\ny = 2\r\nprint(x + y)\r\n",
	"print('no newline at end')",
	"(",
	")",
	"'''",
	'"unterminated',
	"def",
	"class A(",
	"if True:\nprint(1)\n",
	"if True:\n    x = 1\n  y = 2\n",
	"\\",
	"x = (" + "(".repeat(150) + "1" + ")".repeat(151) + "\nprint(x)\n",
	"[".repeat(1000),
	"x = " + "-".repeat(500) + "1\nprint(x)\n",
	"x = " + "not ".repeat(300) + "True\nprint(x)\n",
	"x = 1" + " + 1".repeat(2000) + "\nprint(x)\n",
	"print(" + "'a', ".repeat(300) + ")\n",
	"if True:\n" + Array.from({ length: 60 }, (_, i) => "    ".repeat(i + 1) + "if True:").join("\n") + "\n" + "    ".repeat(61) + "print('deep')\n",
	"async def f():\n    await g()\n",
	"import os\nprint(os.getcwd())\n",
	"match x:\n    case 1:\n        pass\n",
	"x = 10**10**10\n",
	"def f():\n    return f()\nf()\n",
	"while True:\n    pass\n",
	"items = []\nwhile True:\n    items.append(items)\n",
	"big = [0] * 10**12\n",
	"print('\\N{GREEK SMALL LETTER ALPHA}', '\\x41', '\\u00e9')\n",
	"x = '\u0000'\nprint(repr(x))\n",
	"del undefined\n",
	"return 5\n",
	"yield 1\n",
	"break\n",
	"nonlocal x\n",
	"print(*[], **{})\n",
	"lambda: (yield)\n",
	"global x\nx = 1\nprint(x)\n",
	"class C:\n    def __del__(self):\n        raise RuntimeError('del')\nc = C()\ndel c\n",
	"import gc\nclass N: pass\nfor i in range(3000):\n    a = N(); a.me = a\nprint(gc.collect())\n",
];

export function fuzzCase(seed: number, index: number): FuzzCase {
	const edge = EDGE_INPUTS[index];
	if (edge !== undefined) return { index, kind: "edge", source: edge };
	const rng = new Rng(caseSeed(seed, index));
	const program = wellFormedProgram(rng);
	if (rng.chance(0.35)) return { index, kind: "mutated", source: mutate(rng, program) };
	return { index, kind: "well-formed", source: program };
}
