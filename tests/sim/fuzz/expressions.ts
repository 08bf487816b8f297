// Random Python expressions over a small pool of names. They are well formed but may fail at run time
// (a TypeError, a NameError...), which is a Python-level outcome the simulator must report, not crash on.
// Conditional and `not` expressions are parenthesized so any nesting stays valid Python.
// Sizes stay small (range and repetition counts are literals under 40) so no case is slow in CPython either.
import type { Rng } from "./rng";

export const NAMES = ["a", "b", "c", "items", "table", "text", "n", "obj", "other", "total"] as const;

const STRINGS = ['"abc"', "'x'", '""', '"hello world"', '"é"', '"😀"', "'a,b,c'", '"line\\n"', "'42'", 'b"abc"', "b''", 'b"\\xff,"'];
const BUILTIN_CALLS = ["len", "str", "repr", "abs", "bool", "list", "tuple", "sorted", "set", "sum", "min", "max", "type", "id", "hash", "int", "float", "iter", "reversed", "frozenset"];
const METHOD_CALLS = [".upper()", ".split(',')", ".append(1)", ".pop()", ".keys()", ".items()", ".get('k')", ".copy()", ".count(1)", ".index(1)", ".strip()", ".join(['p', 'q'])", ".replace('a', 'b')", ".add(3)", ".sort()", ".clear()", ".format(1)"];
const BINARY = ["+", "-", "*", "//", "%", "/", "==", "!=", "<", "<=", ">", ">=", "and", "or", "in", "not in", "is", "is not", "&", "|", "^", "<<", ">>"];

export function literal(rng: Rng): string {
	switch (rng.int(0, 7)) {
		case 0:
			return String(rng.int(-5, 300));
		case 1:
			return rng.pick(["0", "1", "2", "10", "255", "256", "-1", "1000", "10**20", "2**64"]);
		case 2:
			return rng.pick(["0.5", "1.0", "-2.25", "1e10", "3.14159", "0.1", "1j", "2+3j", "-0.5j"]);
		case 3:
			return rng.pick(STRINGS);
		case 4:
			return rng.pick(["None", "True", "False"]);
		case 5:
			return rng.pick(["[]", "()", "{}", "[1, 2, 3]", "(1,)", "{'k': 1}", "{1, 2}", "'text'[1:]"]);
		default:
			return String(rng.int(0, 9));
	}
}

export function expression(rng: Rng, depth = 0): string {
	if (depth > 2 || rng.chance(0.3)) return rng.chance(0.5) ? rng.pick(NAMES) : literal(rng);
	const sub = () => expression(rng, depth + 1);
	switch (rng.int(0, 15)) {
		case 0:
			return `${sub()} ${rng.pick(BINARY)} ${sub()}`;
		case 1:
			return `(${sub()})`;
		case 2:
			return `${rng.pick(BUILTIN_CALLS)}(${sub()})`;
		case 3:
			return `${rng.pick(NAMES)}${rng.pick(METHOD_CALLS)}`;
		case 4:
			return `[${sub()}, ${sub()}]`;
		case 5:
			return `{${literal(rng)}: ${sub()}}`;
		case 6:
			return `(${sub()}, ${sub()})`;
		case 7:
			return `[x * 2 for x in range(${rng.int(0, 12)}) if x != ${rng.int(0, 5)}]`;
		case 8:
			return `{k: str(k) for k in range(${rng.int(0, 8)})}`;
		case 9:
			return `f"{${rng.pick(NAMES)}!r:>${rng.int(0, 8)}} and {${rng.int(0, 999)}:05d}"`;
		case 10:
			return `(${sub()} if ${sub()} else ${sub()})`;
		case 11:
			return `(not ${sub()})`;
		case 12:
			return `${rng.pick(NAMES)}[${rng.pick(["0", "-1", "1:3", "::2", "'k'", "n"])}]`;
		case 13:
			return `(lambda v: v ${rng.pick(["+", "*", "or"])} ${literal(rng)})(${sub()})`;
		case 14:
			return `${rng.pick(["sys.getrefcount", "sys.getsizeof", "gc.is_tracked", "gc.get_referents", "math.floor", "math.sqrt"])}(${sub()})`;
		default:
			return `"%s-%d" % (${sub()}, ${rng.int(0, 99)})`;
	}
}
