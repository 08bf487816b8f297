// Simulator figures: trace recording vs CPython under a sys.settrace snapshot recorder (Python Tutor's
// approach), an untraced run vs plain python3, and trace bytes per step and seek time on a million steps.
// Recording is timed twice: as the first run in a fresh process (what `pymem trace` and a note's first
// block do, with the JIT still cold) and once warmed up (the blocks that follow).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runProgram } from "../src/sim/index";

type Report = (r: { name: string; value: number; unit: string; reference: string; goal?: string }) => void;

/** A typical teaching program: objects, a list, a dict and calls, looped so timings are measurable. */
const WORKLOAD = `
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

def build(n):
    head = None
    for i in range(n):
        node = Node(i)
        node.next = head
        head = node
    return head

def total(head):
    s = 0
    while head is not None:
        s += head.value
        head = head.next
    return s

counts = {}
for round in range(ROUNDS):
    head = build(50)
    counts[round % 7] = counts.get(round % 7, 0) + total(head)
print(sorted(counts.items())[:2])
`;

/**
 * Loops that fill one container a step (a list, a dict and a set of ints, which land last, and a set of strings,
 * which land anywhere in its table), then change one item of it a step (a list's item, a dict's value), then empty
 * the dict an entry a step, then count into a Counter and group into a defaultdict (each shows a reference before
 * its entries, and a missing key's entry takes its new value in the step that adds it): a step's record must cost
 * what the step changed, not what the container holds, so a step costs the same at any SIZE.
 */
const GROWING = `
items = []
for i in range(SIZE):
    items.append(i)
table = {}
for i in range(SIZE):
    table[i] = i
seen = set()
for i in range(SIZE):
    seen.add(i)
words = set()
for i in range(SIZE):
    words.add(str(i))
for i in range(SIZE):
    items[i] += 1
for i in range(SIZE):
    table[i] += 1
for i in range(SIZE):
    del table[i]
from collections import Counter, defaultdict
counts = Counter()
for i in range(SIZE):
    counts[i] += 1
groups = defaultdict(list)
for i in range(SIZE):
    groups[i].append(i)
`;

/** Two steps per turn (the loop's head, then its body), as python3's line events count them. */
const MILLION_STEPS = `
x = 0
for i in range(500000):
    x = x + i
`;

function timeMs(fn: () => void): number {
	const start = performance.now();
	fn();
	return performance.now() - start;
}

/** The median of `n` runs, so one hiccup of a loaded machine does not decide a figure. */
function median(n: number, measure: () => number): number {
	const times = Array.from({ length: n }, measure).sort((a, b) => a - b);
	return times[Math.floor(n / 2)]!;
}

/** Started as a child (`node sim.bench.mjs --first-run FILE`): time one recorded run in this fresh process. */
const thisFile = fileURLToPath(import.meta.url);
if (process.argv[1] === thisFile && process.argv[2] === "--first-run") {
	const source = readFileSync(process.argv[3]!, "utf8");
	process.stdout.write(String(timeMs(() => runProgram(source, { record: true }))));
}

function firstRunMs(file: string): number {
	return Number(execFileSync(process.execPath, [thisFile, "--first-run", file], { encoding: "utf8" }));
}

/** CPython's own compile-and-run time, measured inside the interpreter (bench/cpython_reference.py). */
function cpythonMs(mode: "plain" | "settrace", file: string): number {
	const script = path.resolve("bench", "cpython_reference.py");
	return Number(execFileSync("python3", [script, mode, file], { encoding: "utf8" }).trim());
}

export async function run(report: Report): Promise<void> {
	const dir = mkdtempSync(path.join(tmpdir(), "pymem-sim-bench-"));
	try {
		const traced = WORKLOAD.replace("ROUNDS", "40");
		const tracedFile = path.join(dir, "traced.py");
		writeFileSync(tracedFile, traced);
		const cpythonTraced = median(5, () => cpythonMs("settrace", tracedFile));
		const reference = `python3 under a sys.settrace snapshot recorder (${cpythonTraced.toFixed(0)} ms)`;
		const firstRun = median(5, () => firstRunMs(tracedFile));
		report({ name: "trace recording time, first run in a fresh process", value: firstRun / cpythonTraced, unit: "x", reference, goal: "< 1" });
		for (let i = 0; i < 3; i++) runProgram(traced, { record: true });
		const warm = median(5, () => timeMs(() => runProgram(traced, { record: true })));
		report({ name: "trace recording time, warmed up", value: warm / cpythonTraced, unit: "x", reference, goal: "< 1" });
		const [small, large] = [2_000, 20_000].map((size) => {
			const source = GROWING.replaceAll("SIZE", String(size));
			const steps = runProgram(source, { record: true }).trace!.stepCount;
			return median(3, () => timeMs(() => runProgram(source, { record: true }))) / steps;
		});
		report({ name: "recording a step that grows or changes an item of a container of 20,000 entries", value: large! / small!, unit: "x", reference: `one that does so to a container of 2,000 (${(small! * 1000).toFixed(2)} µs a step)`, goal: "<= 1.5" });

		const plain = WORKLOAD.replace("ROUNDS", "2000");
		const plainFile = path.join(dir, "plain.py");
		writeFileSync(plainFile, plain);
		const cpythonPlain = median(3, () => cpythonMs("plain", plainFile));
		const pymemPlain = median(3, () => timeMs(() => runProgram(plain, { record: false })));
		report({ name: "untraced run time", value: pymemPlain / cpythonPlain, unit: "x", reference: `plain python3, timed inside the interpreter (${cpythonPlain.toFixed(1)} ms)`, goal: "<= 5" });

		const result = runProgram(MILLION_STEPS, { record: true });
		const trace = result.trace!;
		report({ name: "trace size", value: trace.byteSize() / trace.stepCount, unit: "bytes/step", reference: `${trace.stepCount} steps`, goal: "<= 64" });
		const seeks = 20;
		let worst = 0;
		for (let i = 0; i < seeks; i++) {
			const step = Math.floor(((i * 7919) % seeks) / seeks * trace.stepCount);
			worst = Math.max(worst, timeMs(() => trace.state(step)));
		}
		report({ name: "seek to a step (worst of 20)", value: worst, unit: "ms", reference: `${trace.stepCount} steps`, goal: "<= 16" });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
