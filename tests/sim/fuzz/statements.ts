// Random well-formed Python programs: statements of every kind the simulator supports, nested a few levels deep.
import { expression, literal, NAMES } from "./expressions";
import type { Rng } from "./rng";

const HEADER = ["import gc", "import sys", "import math", "import weakref", "import random", "random.seed(1)"];

class Writer {
	readonly lines: string[] = [];
	private level = 0;

	line(text: string): void {
		this.lines.push("    ".repeat(this.level) + text);
	}

	block(header: string, body: () => void): void {
		this.line(header);
		this.level++;
		const before = this.lines.length;
		body();
		if (this.lines.length === before) this.line("pass");
		this.level--;
	}
}

export function wellFormedProgram(rng: Rng): string {
	const out = new Writer();
	// Everything is bound first so most runs get past their opening lines; an occasional unbound name stays.
	for (const line of HEADER) out.line(line);
	for (const name of NAMES) if (rng.chance(0.95)) out.line(`${name} = ${literal(rng)}`);
	const count = rng.int(2, 14);
	for (let i = 0; i < count; i++) statement(rng, out, 0);
	return out.lines.join("\n") + "\n";
}

function statement(rng: Rng, out: Writer, depth: number): void {
	const name = () => rng.pick(NAMES);
	const expr = () => expression(rng);
	const body = (times = rng.int(1, 3)) => () => {
		for (let i = 0; i < times; i++) statement(rng, out, depth + 1);
	};
	const simpleOnly = depth >= 3;
	switch (simpleOnly ? rng.int(0, 9) : rng.int(0, 25)) {
		case 0:
		case 1:
			return out.line(`${name()} = ${expr()}`);
		case 2:
			return out.line(`print(${expr()}, ${expr()}${rng.chance(0.3) ? ', sep="-", end="!\\n"' : ""})`);
		case 3:
			return out.line(`${name()} ${rng.pick(["+=", "-=", "*=", "|=", "//="])} ${expr()}`);
		case 4:
			return out.line(`del ${rng.pick([name(), `${name()}[0]`, `${name()}.attr`, `${name()}[1:]`])}`);
		case 5:
			return out.line(`${name()}, *${name()} = ${expr()}`);
		case 6:
			return out.line(`${name()}[${rng.pick(["0", "'k'", "-1", "1:2"])}] = ${expr()}`);
		case 7:
			return out.line(rng.pick(["gc.collect()", "print(gc.collect())", "print(gc.get_count())", "gc.disable()", "gc.enable()", "gc.freeze()", "print(len(gc.garbage))", "gc.set_threshold(5, 2, 2)"]));
		case 8:
			return out.line(`print(sys.getrefcount(${name()}), sys.getsizeof(${name()}))`);
		case 9:
			return out.line(rng.pick(["pass", "assert " + expr(), `raise ValueError(${expr()})`, `${name()}.attr = ${expr()}`]));
		case 10:
			return out.block(`if ${expr()}:`, () => {
				body()();
				if (rng.chance(0.4)) out.line("pass");
			});
		case 11:
			return out.block(`for ${name()} in ${rng.pick([`range(${rng.int(0, 30)})`, name(), "'abc'", "[1, [2], (3,)]", "{'a': 1}.items()"])}:`, body());
		case 12:
			out.line(`guard = ${rng.int(0, 20)}`);
			return out.block(rng.chance(0.1) ? "while True:" : "while guard > 0:", () => {
				out.line("guard -= 1");
				body()();
				if (rng.chance(0.3)) out.line(rng.pick(["break", "continue"]));
			});
		case 13:
			return functionDef(rng, out, depth);
		case 14:
			return classDef(rng, out, depth);
		case 15:
			out.block("try:", body());
			out.block(`except ${rng.pick(["Exception", "ValueError", "(TypeError, KeyError)", "ZeroDivisionError as e"])}:`, body(1));
			if (rng.chance(0.4)) out.block("else:", body(1));
			if (rng.chance(0.4)) out.block("finally:", body(1));
			return;
		case 16:
			out.block("def gen(limit):", () => {
				out.block("for i in range(limit):", () => out.line(rng.pick(["yield i", "yield i * i", "yield from [i, i]"])));
				out.line(`return ${expr()}`);
			});
			return out.line(`${name()} = ${rng.pick(["list(gen(5))", "next(gen(3))", "sum(gen(4))", "gen(2)", "[v for v in gen(3)]"])}`);
		case 17:
			out.block("def make():", () => {
				out.line(`captured = ${expr()}`);
				out.block("def inner():", () => {
					out.line("nonlocal captured");
					out.line(`captured = ${expr()}`);
					out.line("return captured");
				});
				out.line("return inner");
			});
			return out.line(`${name()} = make()()`);
		case 18:
			out.block("class Manager:", () => {
				out.block("def __enter__(self):", () => out.line("return self"));
				out.block("def __exit__(self, *exc):", () => out.line(`return ${rng.pick(["False", "True", "None"])}`));
			});
			return out.block("with Manager() as m:", body());
		case 19:
			out.line(`ref = weakref.ref(${rng.pick(["Box()", name()])}, lambda r: print("callback"))`);
			return out.line("print(ref() is None)");
		case 20:
			return out.line(rng.pick(["big = [0] * 10**12", "deep = 'x' * 10**15", "print(sys.getrecursionlimit())"]));
		case 21:
			out.block("def down(k):", () => out.line(`return down(k + 1) if k < ${rng.int(5, 3000)} else k`));
			return out.line(`${name()} = down(0)`);
		case 22:
			return out.line(`${name()} = sorted(${rng.pick(["[3, 1, 2]", "'hello'", name()])}, key=${rng.pick(["len", "str", "abs", "lambda v: -v"])}, reverse=${rng.pick(["True", "False"])})`);
		case 23:
			return out.line(`print(${rng.pick(["enumerate", "zip", "map", "filter"])}(${rng.pick(["str", "None", "'ab'"])}, ${rng.pick(["'xyz'", "[1, 0, 2]", name()])}))`);
		case 24:
			return out.line(`${name()} = ${rng.pick(["isinstance", "getattr", "hasattr", "setattr", "divmod", "pow", "round"])}(${expr()}, ${rng.pick(["int", "'attr'", "2", "str"])})`);
		default:
			return out.line(`${name()} = ${rng.pick(["random.random()", "random.randint(1, 6)", "random.choice('abc')", "math.pi", "math.gcd(12, 18)"])}`);
	}
}

function functionDef(rng: Rng, out: Writer, depth: number): void {
	const params = rng.pick(["", "p", "p, q=2", "*args", "p, *args, key=None, **kw", "p=[]"]);
	out.block(`def f(${params}):`, () => {
		const count = rng.int(1, 3);
		for (let i = 0; i < count; i++) statement(rng, out, depth + 1);
		out.line(`return ${expression(rng)}`);
	});
	const args = rng.pick(["", "1", "1, 2", "*[1, 2]", "p=3", "1, key=4, extra=5"]);
	out.line(`${rng.pick(NAMES)} = f(${args})`);
}

function classDef(rng: Rng, out: Writer, depth: number): void {
	const bases = rng.pick(["", "(Exception)", "(Box)", "(object)"]);
	out.block(`class Box${bases}:`, () => {
		if (rng.chance(0.3)) out.line("__slots__ = ('value', 'attr')");
		out.block("def __init__(self, value=None):", () => out.line("self.value = value"));
		if (rng.chance(0.5)) out.block("def __del__(self):", () => out.line(rng.pick(["print('del', self.value)", "keep.append(self)", "raise RuntimeError('in del')"])));
		if (rng.chance(0.5)) out.block("def __repr__(self):", () => out.line("return f'Box({self.value!r})'"));
		if (rng.chance(0.4)) out.block("def __eq__(self, other):", () => out.line("return self.value == getattr(other, 'value', None)"));
		if (rng.chance(0.3)) {
			out.line("@property");
			out.block("def size(self):", () => out.line("return len(str(self.value))"));
		}
		if (rng.chance(0.3)) statement(rng, out, depth + 1);
	});
	out.line("keep = []");
	out.line(`${rng.pick(NAMES)} = Box(${expression(rng)})`);
	if (rng.chance(0.5)) out.line(`${rng.pick(NAMES)}.value = ${rng.pick(NAMES)}`);
}
