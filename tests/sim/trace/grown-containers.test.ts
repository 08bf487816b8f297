// A list, deque, dict, OrderedDict or set that only grew at its end in a step is written reading only what it gained
// (StepChanges.itemsAppended); one that also changed some other way in the same line, before or after it grew, is
// read whole, and its record holds what lies between the slots that stayed at its start and at its end. Each
// program below mixes these line by line, and after each line the trace shows the contents python3 printed after
// running the same lines. A list or deque that lost or gained items before others keeps their targets and gives
// them the labels of their new positions. One whose only change in a line is one item's new value writes only it, and
// a set whose only change is one new item between the others (a set of strings) writes only its slot, one that lost
// an item none.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import type { StepState } from "../../../src/sim/trace/types";

/**
 * The previews of what `name` refers to after each line: its slots' targets, read from the trace (with each
 * slot's label before its target's preview, `withLabels`).
 */
function contentsAfterEachLine(lines: string[], name: string, withLabels = false): (string[] | null)[] {
	const trace = runProgram(lines.join("\n") + "\n", { record: true }).trace!;
	const contents: (string[] | null)[] = [];
	for (let step = 0; step < trace.stepCount; step++) {
		const state = trace.state(step);
		if (state.line > 0 && state.frames.length > 0) contents[state.line - 1] = slotPreviews(state, name, withLabels);
	}
	return contents;
}

/** Null before the module names `name` (a class statement's lines, say). */
function slotPreviews(state: StepState, name: string, withLabels: boolean): string[] | null {
	const local = state.frames[0]!.locals.find((candidate) => candidate.name === name);
	if (!local) return null;
	const target = local.target;
	const container = state.objects.find((o) => o.id === target)!;
	return container.slots.map((slot) => {
		const preview = state.objects.find((o) => o.id === slot.target)!.preview;
		return withLabels ? `${slot.label} ${preview}` : preview;
	});
}

/** `items` as a list's or deque's slots show them: each labelled with its position. */
function byPosition(items: number[]): string[] {
	return items.map((item, i) => `[${i}] ${item}`);
}

describe("a container grown and changed in the same step", () => {
	it("shows a list's items as python3 has them after each line", () => {
		const lines = [
			"x = [0]",
			"x.append(1); x[0] = 5",
			"x.append(2); x.sort(reverse=True)",
			"x.extend([3, 4]); x.insert(0, 9)",
			"x.append(6); del x[1]",
			"x[0] = 7; x.append(8)",
			"x.append(10); x.reverse()",
			"x += [11]",
			"x.append(12); x.pop(0)",
			"x.append(13); x.append(14); x[2:4] = []",
			"x[4] = 20",
			"x[1] = 21; x[-1] = 22",
			"x.clear(); x.append(15)",
		];
		// python3, printing x after each line.
		const printed = [[0], [5, 1], [5, 2, 1], [9, 5, 2, 1, 3, 4], [9, 2, 1, 3, 4, 6], [7, 2, 1, 3, 4, 6, 8], [10, 8, 6, 4, 3, 1, 2, 7], [10, 8, 6, 4, 3, 1, 2, 7, 11], [8, 6, 4, 3, 1, 2, 7, 11, 12], [8, 6, 1, 2, 7, 11, 12, 13, 14], [8, 6, 1, 2, 20, 11, 12, 13, 14], [8, 21, 1, 2, 20, 11, 12, 13, 22], [15]];
		expect(contentsAfterEachLine(lines, "x")).toEqual(printed.map((items) => items.map(String)));
	});

	it("shows a dict's keys and values as python3 has them after each line", () => {
		const lines = [
			"d = {'a': 1}",
			"d['b'] = 2",
			"d['c'] = 3; del d['a']",
			"d['e'] = 6",
			"d['a'] = 4; d['b'] = 5",
			"d['f'] = 7; d['g'] = 8",
			"d.pop('c'); d['h'] = 9",
			"d['i'] = 10",
			"d['i'] = 11; d['j'] = 12",
			"d['f'] = 70",
			"d.clear(); d['k'] = 13",
			"d['l'] = 14; d.update(m=15)",
			"d.setdefault('n', 16); d['o'] = 17",
			"d['p'] = 18; d.popitem()",
			"d['p'] = 19",
		];
		// python3, printing [[repr(k), repr(v)] for k, v in d.items()] after each line.
		const printed = [
			[["'a'", "1"]],
			[["'a'", "1"], ["'b'", "2"]],
			[["'b'", "2"], ["'c'", "3"]],
			[["'b'", "2"], ["'c'", "3"], ["'e'", "6"]],
			[["'b'", "5"], ["'c'", "3"], ["'e'", "6"], ["'a'", "4"]],
			[["'b'", "5"], ["'c'", "3"], ["'e'", "6"], ["'a'", "4"], ["'f'", "7"], ["'g'", "8"]],
			[["'b'", "5"], ["'e'", "6"], ["'a'", "4"], ["'f'", "7"], ["'g'", "8"], ["'h'", "9"]],
			[["'b'", "5"], ["'e'", "6"], ["'a'", "4"], ["'f'", "7"], ["'g'", "8"], ["'h'", "9"], ["'i'", "10"]],
			[["'b'", "5"], ["'e'", "6"], ["'a'", "4"], ["'f'", "7"], ["'g'", "8"], ["'h'", "9"], ["'i'", "11"], ["'j'", "12"]],
			[["'b'", "5"], ["'e'", "6"], ["'a'", "4"], ["'f'", "70"], ["'g'", "8"], ["'h'", "9"], ["'i'", "11"], ["'j'", "12"]],
			[["'k'", "13"]],
			[["'k'", "13"], ["'l'", "14"], ["'m'", "15"]],
			[["'k'", "13"], ["'l'", "14"], ["'m'", "15"], ["'n'", "16"], ["'o'", "17"]],
			[["'k'", "13"], ["'l'", "14"], ["'m'", "15"], ["'n'", "16"], ["'o'", "17"]],
			[["'k'", "13"], ["'l'", "14"], ["'m'", "15"], ["'n'", "16"], ["'o'", "17"], ["'p'", "19"]],
		];
		expect(contentsAfterEachLine(lines, "d")).toEqual(printed.map((entries) => entries.flat()));
	});

	it("shows an OrderedDict's entries, each node's key beside its entry, as python3 has them after each line", () => {
		const lines = [
			"from collections import OrderedDict; od = OrderedDict(a=1)",
			"od['b'] = 2",
			"od['c'] = 3; od.popitem(last=False)",
			"od['d'] = 4",
			"od['b'] = 20",
			"od.move_to_end('b')",
			"od['e'] = 5; od.move_to_end('e', last=False)",
			"od.popitem()",
			"del od['c']",
			"od['f'] = 6; od['g'] = 7",
			"od.tag = 'x'",
			"od['h'] = 8",
			"od.popitem(last=False)",
			"od['g'] = 70",
		];
		// python3, printing each entry's key twice (its node's, its entry's) and its value after each line, after the
		// instance __dict__ once it has something.
		const printed = [
			["node key 'a'", "key 'a'", "value 1"],
			["node key 'a'", "key 'a'", "value 1", "node key 'b'", "key 'b'", "value 2"],
			["node key 'b'", "key 'b'", "value 2", "node key 'c'", "key 'c'", "value 3"],
			["node key 'b'", "key 'b'", "value 2", "node key 'c'", "key 'c'", "value 3", "node key 'd'", "key 'd'", "value 4"],
			["node key 'b'", "key 'b'", "value 20", "node key 'c'", "key 'c'", "value 3", "node key 'd'", "key 'd'", "value 4"],
			["node key 'c'", "key 'c'", "value 3", "node key 'd'", "key 'd'", "value 4", "node key 'b'", "key 'b'", "value 20"],
			["node key 'e'", "key 'e'", "value 5", "node key 'c'", "key 'c'", "value 3", "node key 'd'", "key 'd'", "value 4", "node key 'b'", "key 'b'", "value 20"],
			["node key 'e'", "key 'e'", "value 5", "node key 'c'", "key 'c'", "value 3", "node key 'd'", "key 'd'", "value 4"],
			["node key 'e'", "key 'e'", "value 5", "node key 'd'", "key 'd'", "value 4"],
			["node key 'e'", "key 'e'", "value 5", "node key 'd'", "key 'd'", "value 4", "node key 'f'", "key 'f'", "value 6", "node key 'g'", "key 'g'", "value 7"],
			["__dict__ {'tag': 'x'}", "node key 'e'", "key 'e'", "value 5", "node key 'd'", "key 'd'", "value 4", "node key 'f'", "key 'f'", "value 6", "node key 'g'", "key 'g'", "value 7"],
			["__dict__ {'tag': 'x'}", "node key 'e'", "key 'e'", "value 5", "node key 'd'", "key 'd'", "value 4", "node key 'f'", "key 'f'", "value 6", "node key 'g'", "key 'g'", "value 7", "node key 'h'", "key 'h'", "value 8"],
			["__dict__ {'tag': 'x'}", "node key 'd'", "key 'd'", "value 4", "node key 'f'", "key 'f'", "value 6", "node key 'g'", "key 'g'", "value 7", "node key 'h'", "key 'h'", "value 8"],
			["__dict__ {'tag': 'x'}", "node key 'd'", "key 'd'", "value 4", "node key 'f'", "key 'f'", "value 6", "node key 'g'", "key 'g'", "value 70", "node key 'h'", "key 'h'", "value 8"],
		];
		expect(contentsAfterEachLine(lines, "od", true)).toEqual(printed);
	});

	it("shows a set's elements in the order python3 iterates them after each line", () => {
		const lines = [
			"s = {1}",
			"s.add(2)",
			"s.add(3); s.discard(1)",
			"s.add(4)",
			"s.add(0); s.add(5)",
			"s.add(6)",
			"s.add(7); s.add(8)",
			"s.add(-1); s.add(9)",
			"s.pop(); s.add(10)",
			"s.add(11)",
			"s |= {12, 13}",
			"s.add(14); s.remove(12)",
			"s.add(40); s.add(15)",
			"s.add(16)",
			"s.clear(); s.add(17)",
			"s.add(18)",
		];
		// python3, printing [repr(e) for e in s] after each line: 0 and 16 land before items already there, -1 in
		// the table's last slot.
		const printed = [
			[1],
			[1, 2],
			[2, 3],
			[2, 3, 4],
			[0, 2, 3, 4, 5],
			[0, 2, 3, 4, 5, 6],
			[0, 2, 3, 4, 5, 6, 7, 8],
			[0, 2, 3, 4, 5, 6, 7, 8, 9, -1],
			[2, 3, 4, 5, 6, 7, 8, 9, 10, -1],
			[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, -1],
			[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, -1],
			[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, -1],
			[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 40, 13, 14, 15, -1],
			[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 40, 13, 14, 15, 16, -1],
			[17],
			[17, 18],
		];
		expect(contentsAfterEachLine(lines, "s")).toEqual(printed.map((elements) => elements.map(String)));
	});

	it("shows a deque's items as python3 has them after each line", () => {
		const lines = [
			"from collections import deque; q = deque([1])",
			"q.append(2)",
			"q.append(3); q.appendleft(0)",
			"q.append(4)",
			"q.append(5); q.popleft()",
			"q.append(6); q[1] = 20",
			"q.rotate(1); q.append(7)",
			"q.append(8)",
			"q.pop(); q.append(9)",
			"q.clear(); q.append(10)",
		];
		// python3, printing list(q) after each line.
		const printed = [[1], [1, 2], [0, 1, 2, 3], [0, 1, 2, 3, 4], [1, 2, 3, 4, 5], [1, 20, 3, 4, 5, 6], [6, 1, 20, 3, 4, 5, 7], [6, 1, 20, 3, 4, 5, 7, 8], [6, 1, 20, 3, 4, 5, 7, 9], [10]];
		expect(contentsAfterEachLine(lines, "q")).toEqual(printed.map((items) => items.map(String)));
	});
});

describe("a list or deque that lost or gained items before others", () => {
	it("shows a list's items at their new positions as python3 has them after each line", () => {
		const lines = [
			"x = [1, 2, 3, 4, 5]",
			"x.pop(0)",
			"x.insert(0, 6)",
			"x.insert(2, 7)",
			"del x[1]",
			"x.remove(3)",
			"x.pop(0); x.append(8)",
			"x.insert(0, 9); x.insert(0, 10)",
			"x[:2] = []",
			"x[1:1] = [11, 12, 13]",
			"x.pop(1); x[0] = 14",
			"x.append(15); x.pop(0)",
		];
		// python3, printing x after each line.
		const printed = [[1, 2, 3, 4, 5], [2, 3, 4, 5], [6, 2, 3, 4, 5], [6, 2, 7, 3, 4, 5], [6, 7, 3, 4, 5], [6, 7, 4, 5], [7, 4, 5, 8], [10, 9, 7, 4, 5, 8], [7, 4, 5, 8], [7, 11, 12, 13, 4, 5, 8], [14, 12, 13, 4, 5, 8], [12, 13, 4, 5, 8, 15]];
		expect(contentsAfterEachLine(lines, "x", true)).toEqual(printed.map(byPosition));
	});

	it("shows a deque's items at their new positions as python3 has them after each line", () => {
		const lines = [
			"from collections import deque; q = deque([1, 2, 3, 4])",
			"q.popleft()",
			"q.appendleft(5)",
			"q.popleft(); q.append(6)",
			"q.extendleft([7, 8])",
			"q.rotate(1)",
			"q.remove(2)",
			"del q[1]",
			"q.insert(1, 9)",
			"q.popleft(); q.popleft()",
		];
		// python3, printing list(q) after each line.
		const printed = [[1, 2, 3, 4], [2, 3, 4], [5, 2, 3, 4], [2, 3, 4, 6], [8, 7, 2, 3, 4, 6], [6, 8, 7, 2, 3, 4], [6, 8, 7, 3, 4], [6, 7, 3, 4], [6, 9, 7, 3, 4], [7, 3, 4]];
		expect(contentsAfterEachLine(lines, "q", true)).toEqual(printed.map(byPosition));
	});

	it("writes a step that takes a queue's first item without its other items", () => {
		const trace = runProgram("q = list(range(2000))\nfor i in range(500):\n    x = q.pop(0)\n    q.append(x)\n", { record: true }).trace!;
		// Written whole, each pop would take two numbers for each of the 1,999 items left: thousands of bytes.
		expect(trace.byteSize() / trace.stepCount).toBeLessThan(200);
	});
});

describe("a set that took one item between the ones it had or let one go", () => {
	it("shows a set of strings' elements in the order python3 iterates them after each line", () => {
		const lines = [
			"s = {'pear'}",
			"s.add('apple')",
			"s.add('kiwi')",
			"s.add('fig')",
			"s.add('plum'); s.add('lime')",
			"s.add('date')",
			"s.add('kiwi')",
			"s.discard('apple'); s.add('mango')",
			"s.add('grape')",
			"s.add('melon')",
			"s.add('peach')",
			"s.add('apple')",
			"s.add('berry')",
			"s.add('lemon')",
			"s.discard('plum')",
			"s.pop()",
			"s.remove('kiwi')",
			"s.discard('nothing')",
			"s.add('plum')",
			"s.pop(); s.add('kiwi')",
		];
		// python3 (PYTHONHASHSEED=0), printing [e for e in s] after each line: kiwi, date, grape, melon, peach and berry
		// land between elements, apple first, and the fifth line's second add resizes the table; then elements go from the
		// middle and the front.
		const printed = [
			["pear"],
			["pear", "apple"],
			["pear", "kiwi", "apple"],
			["pear", "kiwi", "apple", "fig"],
			["apple", "fig", "pear", "lime", "plum", "kiwi"],
			["apple", "fig", "pear", "date", "lime", "plum", "kiwi"],
			["apple", "fig", "pear", "date", "lime", "plum", "kiwi"],
			["fig", "pear", "date", "lime", "plum", "mango", "kiwi"],
			["fig", "pear", "date", "lime", "plum", "mango", "grape", "kiwi"],
			["fig", "pear", "date", "lime", "plum", "mango", "melon", "grape", "kiwi"],
			["fig", "pear", "date", "lime", "plum", "mango", "melon", "peach", "grape", "kiwi"],
			["apple", "fig", "pear", "date", "lime", "plum", "mango", "melon", "peach", "grape", "kiwi"],
			["apple", "fig", "pear", "date", "lime", "berry", "plum", "mango", "melon", "peach", "grape", "kiwi"],
			["apple", "fig", "pear", "date", "lime", "berry", "plum", "mango", "melon", "peach", "grape", "kiwi", "lemon"],
			["apple", "fig", "pear", "date", "lime", "berry", "mango", "melon", "peach", "grape", "kiwi", "lemon"],
			["fig", "pear", "date", "lime", "berry", "mango", "melon", "peach", "grape", "kiwi", "lemon"],
			["fig", "pear", "date", "lime", "berry", "mango", "melon", "peach", "grape", "lemon"],
			["fig", "pear", "date", "lime", "berry", "mango", "melon", "peach", "grape", "lemon"],
			["fig", "pear", "date", "lime", "berry", "plum", "mango", "melon", "peach", "grape", "lemon"],
			["pear", "date", "lime", "berry", "plum", "mango", "melon", "peach", "grape", "kiwi", "lemon"],
		];
		expect(contentsAfterEachLine(lines, "s")).toEqual(printed.map((elements) => elements.map((e) => `'${e}'`)));
	});
});

describe("a container whose only change in a line is one item's new value", () => {
	it("shows a dict's keys and values as python3 has them after each line, across deleted and added keys", () => {
		const lines = [
			"d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}",
			"d['a'] += 10",
			"d['d'] = 40",
			"del d['b']",
			"d['c'] = 30",
			"d['b'] = 20",
			"d['b'] = 21",
			"d['a'] = d['a']",
			"d.update(c=31)",
			"d['e'] = 5; d['e'] = 50",
			"d['a'] = 12; del d['c']",
			"d['d'] *= 2",
			"d.pop('a'); d['d'] = 0",
			"d['x'] = 9",
			"d['e'] -= 1",
			"d[1.0] = 'one'; d[1] = 'uno'",
			"d[True] = 'yes'",
		];
		// python3, printing [[repr(k), repr(v)] for k, v in d.items()] after each line.
		const printed = [
			[["'a'", "1"], ["'b'", "2"], ["'c'", "3"], ["'d'", "4"]],
			[["'a'", "11"], ["'b'", "2"], ["'c'", "3"], ["'d'", "4"]],
			[["'a'", "11"], ["'b'", "2"], ["'c'", "3"], ["'d'", "40"]],
			[["'a'", "11"], ["'c'", "3"], ["'d'", "40"]],
			[["'a'", "11"], ["'c'", "30"], ["'d'", "40"]],
			[["'a'", "11"], ["'c'", "30"], ["'d'", "40"], ["'b'", "20"]],
			[["'a'", "11"], ["'c'", "30"], ["'d'", "40"], ["'b'", "21"]],
			[["'a'", "11"], ["'c'", "30"], ["'d'", "40"], ["'b'", "21"]],
			[["'a'", "11"], ["'c'", "31"], ["'d'", "40"], ["'b'", "21"]],
			[["'a'", "11"], ["'c'", "31"], ["'d'", "40"], ["'b'", "21"], ["'e'", "50"]],
			[["'a'", "12"], ["'d'", "40"], ["'b'", "21"], ["'e'", "50"]],
			[["'a'", "12"], ["'d'", "80"], ["'b'", "21"], ["'e'", "50"]],
			[["'d'", "0"], ["'b'", "21"], ["'e'", "50"]],
			[["'d'", "0"], ["'b'", "21"], ["'e'", "50"], ["'x'", "9"]],
			[["'d'", "0"], ["'b'", "21"], ["'e'", "49"], ["'x'", "9"]],
			[["'d'", "0"], ["'b'", "21"], ["'e'", "49"], ["'x'", "9"], ["1.0", "'uno'"]],
			[["'d'", "0"], ["'b'", "21"], ["'e'", "49"], ["'x'", "9"], ["1.0", "'yes'"]],
		];
		expect(contentsAfterEachLine(lines, "d")).toEqual(printed.map((entries) => entries.flat()));
	});

	it("shows a list's and a deque's items at their positions as python3 has them after each line", () => {
		const listLines = ["x = [1, 2, 3, 4]", "x[0] += 10", "x[-1] = 40", "x.pop(1)", "x[1] = 30", "x[1] = x[1]", "x.append(5); x[0] = 6", "x[3] *= 2"];
		const dequeLines = ["from collections import deque; q = deque([1, 2, 3])", "q[0] = 10", "q.popleft()", "q[-1] += 1", "q.appendleft(7); q[1] = 8", "q[2] = 9"];
		// python3, printing list(x) and list(q) after each line.
		const listPrinted = [[1, 2, 3, 4], [11, 2, 3, 4], [11, 2, 3, 40], [11, 3, 40], [11, 30, 40], [11, 30, 40], [6, 30, 40, 5], [6, 30, 40, 10]];
		const dequePrinted = [[1, 2, 3], [10, 2, 3], [2, 3], [2, 4], [7, 8, 4], [7, 8, 9]];
		expect(contentsAfterEachLine(listLines, "x", true)).toEqual(listPrinted.map(byPosition));
		expect(contentsAfterEachLine(dequeLines, "q", true)).toEqual(dequePrinted.map(byPosition));
	});
});

describe("a dict that let go of one entry", () => {
	it("shows a dict's keys and values as python3 has them after each line, entries going from the front, middle and end", () => {
		const lines = [
			"d = {'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, 'k5': 5, 'k6': 6, 'k7': 7}",
			"del d['k0']",
			"del d['k4']",
			"del d['k7']",
			"d.pop('k2')",
			"d.pop('gone', None)",
			"d.popitem()",
			"d['k0'] = 0",
			"del d['k1']; del d['k3']",
			"d['k9'] = 9; del d['k5']",
			"del d['k0']; d['k9'] = 90",
			"d[1] = 'one'; d[2.5] = 'two'",
			"del d[1]",
			"d.popitem()",
			"del d['k9']",
		];
		// python3, running the lines in turn and printing [x for k, v in d.items() for x in (repr(k), repr(v))].
		const printed = [
			["'k0'", "0", "'k1'", "1", "'k2'", "2", "'k3'", "3", "'k4'", "4", "'k5'", "5", "'k6'", "6", "'k7'", "7"],
			["'k1'", "1", "'k2'", "2", "'k3'", "3", "'k4'", "4", "'k5'", "5", "'k6'", "6", "'k7'", "7"],
			["'k1'", "1", "'k2'", "2", "'k3'", "3", "'k5'", "5", "'k6'", "6", "'k7'", "7"],
			["'k1'", "1", "'k2'", "2", "'k3'", "3", "'k5'", "5", "'k6'", "6"],
			["'k1'", "1", "'k3'", "3", "'k5'", "5", "'k6'", "6"],
			["'k1'", "1", "'k3'", "3", "'k5'", "5", "'k6'", "6"],
			["'k1'", "1", "'k3'", "3", "'k5'", "5"],
			["'k1'", "1", "'k3'", "3", "'k5'", "5", "'k0'", "0"],
			["'k5'", "5", "'k0'", "0"],
			["'k0'", "0", "'k9'", "9"],
			["'k9'", "90"],
			["'k9'", "90", "1", "'one'", "2.5", "'two'"],
			["'k9'", "90", "2.5", "'two'"],
			["'k9'", "90"],
			[],
		];
		expect(contentsAfterEachLine(lines, "d")).toEqual(printed);
	});

	it("shows an instance's __dict__ as python3 has it after each line", () => {
		const lines = ["class C: pass", "o = C(); o.a = 1; o.b = 2; o.c = 3; o.e = 5", "d = o.__dict__", "del d['b']", "del d['a']", "o.b = 20", "d.pop('c')", "d.popitem()"];
		// python3, as above, from the line that names the dict.
		const printed = [
			["'a'", "1", "'b'", "2", "'c'", "3", "'e'", "5"],
			["'a'", "1", "'c'", "3", "'e'", "5"],
			["'c'", "3", "'e'", "5"],
			["'c'", "3", "'e'", "5", "'b'", "20"],
			["'e'", "5", "'b'", "20"],
			["'e'", "5"],
		];
		expect(contentsAfterEachLine(lines, "d").slice(2)).toEqual(printed);
	});

	it("writes a step that deletes an entry without the entries left", () => {
		const trace = runProgram("d = {str(i): i for i in range(2000)}\nfor i in range(1000, 2000):\n    del d[str(i)]\nfor i in range(1000):\n    d.pop(str(i))\n", { record: true }).trace!;
		// Written whole, each deletion would take four numbers for each entry left: thousands of bytes.
		expect(trace.byteSize() / trace.stepCount).toBeLessThan(200);
	});
});

describe("a container that shows references before its items or entries", () => {
	// A subclass's instance shows its __dict__ (once it has one, emptied or not) and its class first, a defaultdict its
	// factory: while those stay, its items or entries are written as an exact container's are, behind them. python3
	// printed, after each line, those first references (the class by name) and then the items or entries as the
	// slots label them.
	const cases: { name: string; what: string; lines: string[]; printed: (string[] | null)[] }[] = [
		{
			name: "x",
			what: "a list subclass's instance",
			lines: [
				"class L(list): pass",
				"x = L([1, 2, 3])",
				"x.append(4)",
				"x.pop(0)",
				"x.tag = 'a'",
				"x.insert(0, 9)",
				"x[1] = 20",
				"x.append(5); x[-1] = 50",
				"x.extend([6, 7]); x.pop(1)",
				"del x.tag",
				"x.pop()",
			],
			printed: [
				null,
				["__class__ <class 'L'>", "[0] 1", "[1] 2", "[2] 3"],
				["__class__ <class 'L'>", "[0] 1", "[1] 2", "[2] 3", "[3] 4"],
				["__class__ <class 'L'>", "[0] 2", "[1] 3", "[2] 4"],
				["__dict__ {'tag': 'a'}", "__class__ <class 'L'>", "[0] 2", "[1] 3", "[2] 4"],
				["__dict__ {'tag': 'a'}", "__class__ <class 'L'>", "[0] 9", "[1] 2", "[2] 3", "[3] 4"],
				["__dict__ {'tag': 'a'}", "__class__ <class 'L'>", "[0] 9", "[1] 20", "[2] 3", "[3] 4"],
				["__dict__ {'tag': 'a'}", "__class__ <class 'L'>", "[0] 9", "[1] 20", "[2] 3", "[3] 4", "[4] 50"],
				["__dict__ {'tag': 'a'}", "__class__ <class 'L'>", "[0] 9", "[1] 3", "[2] 4", "[3] 50", "[4] 6", "[5] 7"],
				["__dict__ {}", "__class__ <class 'L'>", "[0] 9", "[1] 3", "[2] 4", "[3] 50", "[4] 6", "[5] 7"],
				["__dict__ {}", "__class__ <class 'L'>", "[0] 9", "[1] 3", "[2] 4", "[3] 50", "[4] 6"],
			],
		},
		{
			name: "s",
			what: "a set subclass's instance",
			lines: [
				"class S(set): pass",
				"s = S({1, 2})",
				"s.add(3)",
				"s.discard(1)",
				"s.add('w')",
				"s.tag = 1",
				"s.add(4)",
				"s.remove('w')",
				"s.pop()",
			],
			printed: [
				null,
				["__class__ <class 'S'>", "element 1", "element 2"],
				["__class__ <class 'S'>", "element 1", "element 2", "element 3"],
				["__class__ <class 'S'>", "element 2", "element 3"],
				["__class__ <class 'S'>", "element 2", "element 3", "element 'w'"],
				["__dict__ {'tag': 1}", "__class__ <class 'S'>", "element 2", "element 3", "element 'w'"],
				["__dict__ {'tag': 1}", "__class__ <class 'S'>", "element 2", "element 3", "element 4", "element 'w'"],
				["__dict__ {'tag': 1}", "__class__ <class 'S'>", "element 2", "element 3", "element 4"],
				["__dict__ {'tag': 1}", "__class__ <class 'S'>", "element 3", "element 4"],
			],
		},
		{
			name: "c",
			what: "a Counter",
			lines: [
				"from collections import Counter",
				"c = Counter()",
				"c['a'] += 1",
				"c['b'] += 2",
				"c['a'] += 1",
				"del c['a']",
				"c.update('xy')",
				"c['z'] += 1; c['z'] += 1",
				"c.popitem()",
			],
			printed: [
				null,
				["__class__ <class 'Counter'>"],
				["__class__ <class 'Counter'>", "key 'a'", "value 1"],
				["__class__ <class 'Counter'>", "key 'a'", "value 1", "key 'b'", "value 2"],
				["__class__ <class 'Counter'>", "key 'a'", "value 2", "key 'b'", "value 2"],
				["__class__ <class 'Counter'>", "key 'b'", "value 2"],
				["__class__ <class 'Counter'>", "key 'b'", "value 2", "key 'x'", "value 1", "key 'y'", "value 1"],
				["__class__ <class 'Counter'>", "key 'b'", "value 2", "key 'x'", "value 1", "key 'y'", "value 1", "key 'z'", "value 2"],
				["__class__ <class 'Counter'>", "key 'b'", "value 2", "key 'x'", "value 1", "key 'y'", "value 1"],
			],
		},
		{
			name: "g",
			what: "a defaultdict",
			lines: [
				"from collections import defaultdict",
				"g = defaultdict(list)",
				"g['a'].append(1)",
				"g['b'] += [2]",
				"g['a'] = []",
				"g.default_factory = set",
				"g['c'].add(3)",
				"g.default_factory = int",
				"g['d'] += 1; g['e'] += 2",
				"del g['b']",
				"g.popitem()",
			],
			printed: [
				null,
				["default_factory <class 'list'>"],
				["default_factory <class 'list'>", "key 'a'", "value [1]"],
				["default_factory <class 'list'>", "key 'a'", "value [1]", "key 'b'", "value [2]"],
				["default_factory <class 'list'>", "key 'a'", "value []", "key 'b'", "value [2]"],
				["default_factory <class 'set'>", "key 'a'", "value []", "key 'b'", "value [2]"],
				["default_factory <class 'set'>", "key 'a'", "value []", "key 'b'", "value [2]", "key 'c'", "value {3}"],
				["default_factory <class 'int'>", "key 'a'", "value []", "key 'b'", "value [2]", "key 'c'", "value {3}"],
				["default_factory <class 'int'>", "key 'a'", "value []", "key 'b'", "value [2]", "key 'c'", "value {3}", "key 'd'", "value 1", "key 'e'", "value 2"],
				["default_factory <class 'int'>", "key 'a'", "value []", "key 'c'", "value {3}", "key 'd'", "value 1", "key 'e'", "value 2"],
				["default_factory <class 'int'>", "key 'a'", "value []", "key 'c'", "value {3}", "key 'd'", "value 1"],
			],
		},
	];
	it.each(cases)("shows $what as python3 has it after each line", ({ name, lines, printed }) => {
		expect(contentsAfterEachLine(lines, name, true)).toEqual(printed);
	});
});

describe("a list that changed a few items far apart", () => {
	// A heappush, a heappop or a swap changes items far apart: a record for each run of changed items, the one at the
	// end (where the list grew or shrank) first, and the items between them kept.
	it("shows a heap's items as python3 has them after each line", () => {
		const lines = [
			"import heapq",
			"h = list(range(80, 0, -2)); heapq.heapify(h)",
			"heapq.heappush(h, 1)",
			"heapq.heappush(h, 15)",
			"heapq.heappop(h)",
			"heapq.heappushpop(h, 50)",
			"heapq.heapreplace(h, 3)",
			"h[0], h[-1] = h[-1], h[0]",
			"h[2], h[37] = h[37], h[2]; h[9] = 0",
			"h.append(7); h[1], h[32] = h[32], h[1]",
			"h.pop(); h[0], h[35] = h[35], h[0]",
			"h.sort()",
		];
		// python3, printing h after each line.
		const printed = [
			null,
			["[0] 2", "[1] 4", "[2] 20", "[3] 6", "[4] 36", "[5] 28", "[6] 22", "[7] 12", "[8] 8", "[9] 40", "[10] 38", "[11] 32", "[12] 30", "[13] 24", "[14] 52", "[15] 16", "[16] 14", "[17] 10", "[18] 44", "[19] 42", "[20] 72", "[21] 78", "[22] 60", "[23] 34", "[24] 58", "[25] 70", "[26] 56", "[27] 26", "[28] 54", "[29] 68", "[30] 76", "[31] 18", "[32] 50", "[33] 66", "[34] 48", "[35] 80", "[36] 46", "[37] 64", "[38] 74", "[39] 62"],
			["[0] 1", "[1] 2", "[2] 20", "[3] 6", "[4] 4", "[5] 28", "[6] 22", "[7] 12", "[8] 8", "[9] 36", "[10] 38", "[11] 32", "[12] 30", "[13] 24", "[14] 52", "[15] 16", "[16] 14", "[17] 10", "[18] 44", "[19] 40", "[20] 72", "[21] 78", "[22] 60", "[23] 34", "[24] 58", "[25] 70", "[26] 56", "[27] 26", "[28] 54", "[29] 68", "[30] 76", "[31] 18", "[32] 50", "[33] 66", "[34] 48", "[35] 80", "[36] 46", "[37] 64", "[38] 74", "[39] 62", "[40] 42"],
			["[0] 1", "[1] 2", "[2] 20", "[3] 6", "[4] 4", "[5] 28", "[6] 22", "[7] 12", "[8] 8", "[9] 15", "[10] 38", "[11] 32", "[12] 30", "[13] 24", "[14] 52", "[15] 16", "[16] 14", "[17] 10", "[18] 44", "[19] 40", "[20] 36", "[21] 78", "[22] 60", "[23] 34", "[24] 58", "[25] 70", "[26] 56", "[27] 26", "[28] 54", "[29] 68", "[30] 76", "[31] 18", "[32] 50", "[33] 66", "[34] 48", "[35] 80", "[36] 46", "[37] 64", "[38] 74", "[39] 62", "[40] 42", "[41] 72"],
			["[0] 2", "[1] 4", "[2] 20", "[3] 6", "[4] 15", "[5] 28", "[6] 22", "[7] 12", "[8] 8", "[9] 36", "[10] 38", "[11] 32", "[12] 30", "[13] 24", "[14] 52", "[15] 16", "[16] 14", "[17] 10", "[18] 44", "[19] 40", "[20] 72", "[21] 78", "[22] 60", "[23] 34", "[24] 58", "[25] 70", "[26] 56", "[27] 26", "[28] 54", "[29] 68", "[30] 76", "[31] 18", "[32] 50", "[33] 66", "[34] 48", "[35] 80", "[36] 46", "[37] 64", "[38] 74", "[39] 62", "[40] 42"],
			["[0] 4", "[1] 6", "[2] 20", "[3] 8", "[4] 15", "[5] 28", "[6] 22", "[7] 12", "[8] 10", "[9] 36", "[10] 38", "[11] 32", "[12] 30", "[13] 24", "[14] 52", "[15] 16", "[16] 14", "[17] 46", "[18] 44", "[19] 40", "[20] 72", "[21] 78", "[22] 60", "[23] 34", "[24] 58", "[25] 70", "[26] 56", "[27] 26", "[28] 54", "[29] 68", "[30] 76", "[31] 18", "[32] 50", "[33] 66", "[34] 48", "[35] 80", "[36] 50", "[37] 64", "[38] 74", "[39] 62", "[40] 42"],
			["[0] 3", "[1] 6", "[2] 20", "[3] 8", "[4] 15", "[5] 28", "[6] 22", "[7] 12", "[8] 10", "[9] 36", "[10] 38", "[11] 32", "[12] 30", "[13] 24", "[14] 52", "[15] 16", "[16] 14", "[17] 46", "[18] 44", "[19] 40", "[20] 72", "[21] 78", "[22] 60", "[23] 34", "[24] 58", "[25] 70", "[26] 56", "[27] 26", "[28] 54", "[29] 68", "[30] 76", "[31] 18", "[32] 50", "[33] 66", "[34] 48", "[35] 80", "[36] 50", "[37] 64", "[38] 74", "[39] 62", "[40] 42"],
			["[0] 42", "[1] 6", "[2] 20", "[3] 8", "[4] 15", "[5] 28", "[6] 22", "[7] 12", "[8] 10", "[9] 36", "[10] 38", "[11] 32", "[12] 30", "[13] 24", "[14] 52", "[15] 16", "[16] 14", "[17] 46", "[18] 44", "[19] 40", "[20] 72", "[21] 78", "[22] 60", "[23] 34", "[24] 58", "[25] 70", "[26] 56", "[27] 26", "[28] 54", "[29] 68", "[30] 76", "[31] 18", "[32] 50", "[33] 66", "[34] 48", "[35] 80", "[36] 50", "[37] 64", "[38] 74", "[39] 62", "[40] 3"],
			["[0] 42", "[1] 6", "[2] 64", "[3] 8", "[4] 15", "[5] 28", "[6] 22", "[7] 12", "[8] 10", "[9] 0", "[10] 38", "[11] 32", "[12] 30", "[13] 24", "[14] 52", "[15] 16", "[16] 14", "[17] 46", "[18] 44", "[19] 40", "[20] 72", "[21] 78", "[22] 60", "[23] 34", "[24] 58", "[25] 70", "[26] 56", "[27] 26", "[28] 54", "[29] 68", "[30] 76", "[31] 18", "[32] 50", "[33] 66", "[34] 48", "[35] 80", "[36] 50", "[37] 20", "[38] 74", "[39] 62", "[40] 3"],
			["[0] 42", "[1] 50", "[2] 64", "[3] 8", "[4] 15", "[5] 28", "[6] 22", "[7] 12", "[8] 10", "[9] 0", "[10] 38", "[11] 32", "[12] 30", "[13] 24", "[14] 52", "[15] 16", "[16] 14", "[17] 46", "[18] 44", "[19] 40", "[20] 72", "[21] 78", "[22] 60", "[23] 34", "[24] 58", "[25] 70", "[26] 56", "[27] 26", "[28] 54", "[29] 68", "[30] 76", "[31] 18", "[32] 6", "[33] 66", "[34] 48", "[35] 80", "[36] 50", "[37] 20", "[38] 74", "[39] 62", "[40] 3", "[41] 7"],
			["[0] 80", "[1] 50", "[2] 64", "[3] 8", "[4] 15", "[5] 28", "[6] 22", "[7] 12", "[8] 10", "[9] 0", "[10] 38", "[11] 32", "[12] 30", "[13] 24", "[14] 52", "[15] 16", "[16] 14", "[17] 46", "[18] 44", "[19] 40", "[20] 72", "[21] 78", "[22] 60", "[23] 34", "[24] 58", "[25] 70", "[26] 56", "[27] 26", "[28] 54", "[29] 68", "[30] 76", "[31] 18", "[32] 6", "[33] 66", "[34] 48", "[35] 42", "[36] 50", "[37] 20", "[38] 74", "[39] 62", "[40] 3"],
			["[0] 0", "[1] 3", "[2] 6", "[3] 8", "[4] 10", "[5] 12", "[6] 14", "[7] 15", "[8] 16", "[9] 18", "[10] 20", "[11] 22", "[12] 24", "[13] 26", "[14] 28", "[15] 30", "[16] 32", "[17] 34", "[18] 38", "[19] 40", "[20] 42", "[21] 44", "[22] 46", "[23] 48", "[24] 50", "[25] 50", "[26] 52", "[27] 54", "[28] 56", "[29] 58", "[30] 60", "[31] 62", "[32] 64", "[33] 66", "[34] 68", "[35] 70", "[36] 72", "[37] 74", "[38] 76", "[39] 78", "[40] 80"],
		];
		expect(contentsAfterEachLine(lines, "h", true)).toEqual(printed);
	});

	it("writes a heappush or heappop without the items it did not move", () => {
		const trace = runProgram("import heapq\nh = []\nfor i in range(2000):\n    heapq.heappush(h, (i * 7919) % 2000)\nwhile h:\n    heapq.heappop(h)\n", { record: true }).trace!;
		// Written from the first item it moved to its end, each push or pop took 1,700 bytes a step.
		expect(trace.byteSize() / trace.stepCount).toBeLessThan(300);
	});
});
