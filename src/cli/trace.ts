/** `pymem trace FILE.py`: the memory event timeline, as text, JSON, or a size summary. */
import type { CliIo } from "./cli";
import { exitStatus, limitMessage, readProgramOptions, scriptPath } from "./program-options";
import { runProgram } from "../sim/index";
import { MAX_TRACE_BYTES, megabytes } from "../sim/simulation";
import { shownLines } from "../sim/trace/exit-lines";
import { lookupFor, type NameLookup } from "../sim/trace/names";
import type { StepState, Trace, TraceEvent } from "../sim/trace/types";

export const TRACE_USAGE = `Usage: pymem trace FILE.py [--json | --summary] [--python 3.11] [--max-steps N]

  --json          print the steps and their events as JSON
  --summary       record the whole trace in memory, as the UI does, and print how many steps and changes it
                  recorded (the timeline tells each change as one or more events) and its size
  --python 3.11   the CPython version to simulate (3.11 is the only profile)
  --max-steps N   stop after N executed lines (default 10000000)

A recording stops, as at the step limit, once its trace would grow past ${megabytes(MAX_TRACE_BYTES)} (the trace limit).
`;

export async function traceCommand(args: string[], io: CliIo): Promise<number> {
	const options = readProgramOptions("trace", args, TRACE_USAGE, ["--json", "--summary"], io);
	if (typeof options === "number") return options;
	if (options.flags.has("--json") && options.flags.has("--summary")) {
		io.stderr(`pymem trace: --json and --summary are alternatives: choose one\n\n${TRACE_USAGE}`);
		return 2;
	}
	const started = performance.now();
	const result = runProgram(options.source, { maxSteps: options.maxSteps, record: true, filename: scriptPath(options.file), readStdin: io.readStdin });
	const elapsed = performance.now() - started;
	const trace = result.trace;
	if (!trace) {
		io.stderr(result.stderr || `${result.error?.message ?? "nothing ran"}\n`);
		return 1;
	}
	if (options.flags.has("--summary")) io.stdout(summary(trace, elapsed));
	else if (options.flags.has("--json")) writeInPieces(jsonTrace(trace), io);
	else writeInPieces(timeline(trace, options.source.split(/\r?\n/)), io);
	if (result.stderr) io.stderr(result.stderr);
	const stopped = limitMessage("trace", result);
	if (stopped) io.stderr(stopped);
	return exitStatus(result);
}

function summary(trace: Trace, ms: number): string {
	const bytes = trace.byteSize();
	const perStep = trace.stepCount ? bytes / trace.stepCount : 0;
	return `steps: ${trace.stepCount}\nrecorded changes: ${trace.eventCount}\ntrace bytes: ${bytes} (${perStep.toFixed(1)} per step)\nrecorded in: ${ms.toFixed(0)} ms\n`;
}

function describe(event: TraceEvent, names: NameLookup): string | null {
	const label = (id: number) => names.objectLabel(id);
	switch (event.kind) {
		case "alloc":
			return `${label(event.object)} allocated`;
		case "incref":
			return `${label(event.object)} refcount ${event.refcount - 1} -> ${event.refcount} (${event.cause})`;
		case "decref":
			return `${label(event.object)} refcount ${event.refcount + 1} -> ${event.refcount} (${event.cause})`;
		case "free":
			return `${label(event.object)} freed`;
		case "call":
			return `call ${event.name}`;
		case "return":
			return `return from ${event.name}`;
		case "stdout":
			return `prints ${JSON.stringify(event.text)}`;
		case "exception":
			return `${event.reraised ? "re-raises" : "raises"} ${event.preview ?? event.type}`;
		case "stderr":
			return `writes ${JSON.stringify(event.text)} to stderr`;
		case "gc-phase":
			return `gc generation ${event.generation}: ${event.phase}${event.phase === "merge" ? ` (${event.cause.kind})` : ""}${event.stage ? ` ${event.stage}` : ""}`;
		case "gc-done":
			return `gc generation ${event.generation}: done, found ${event.collected} unreachable`;
		default:
			return null;
	}
}

/** How much text is written at once: a trace of millions of steps is written as it is told, not held whole. */
const PIECE_CHARS = 1 << 20;

function writeInPieces(lines: Iterable<string>, io: CliIo): void {
	let piece: string[] = [];
	let chars = 0;
	for (const line of lines) {
		piece.push(line);
		chars += line.length;
		if (chars < PIECE_CHARS) continue;
		io.stdout(piece.join(""));
		piece = [];
		chars = 0;
	}
	if (piece.length) io.stdout(piece.join(""));
}

/** The timeline's lines, each with its newline. */
function* timeline(trace: Trace, source: string[]): Generator<string> {
	let previous: StepState | null = trace.stepCount > 0 ? trace.state(0) : null;
	for (let step = 1; step < trace.stepCount; step++) {
		const state = trace.state(step);
		const events = trace.events(step);
		const { line } = shownLines(state, events);
		const head = line > 0 ? `line ${line}  ${source[line - 1]?.trim() ?? ""}` : "exit";
		// The block's names: an object freed in the step from the state before it, a temporary from its alloc event.
		const names = lookupFor([state, previous], events);
		// A collector's phase is told at the end of its step's events (the state is the phase's end); read as a
		// timeline, its name heads the work it did. Not the merge's (its step holds what came before the collection),
		// nor a phase's start or end around Python code it ran (a __del__), which have their places.
		const heads = (e: TraceEvent) => e.kind === "gc-phase" && e.phase !== "merge" && !e.stage;
		const told = [...events.filter(heads), ...events.filter((e) => !heads(e))];
		const lines = told.map((e) => describe(e, names)).filter((d): d is string => d !== null);
		if (!lines.length) yield `${head}\n`;
		for (let i = 0; i < lines.length; i++) yield i === 0 ? `${head}  ${lines[0]}\n` : `${" ".repeat(head.length)}  ${lines[i]}\n`;
		previous = state;
	}
}

/** `{"profile", "stepCount", "steps": [{step, line, events}...]}` on one line, a step at a time. */
function* jsonTrace(trace: Trace): Generator<string> {
	yield `{"profile":${JSON.stringify(trace.profile)},"stepCount":${trace.stepCount},"steps":[`;
	for (let step = 0; step < trace.stepCount; step++) {
		yield (step > 0 ? "," : "") + JSON.stringify({ step, line: trace.lineOf(step), events: trace.events(step) });
	}
	yield "]}\n";
}
