// A run of one program: parse, compile, then execute in slices; turns every outcome (including internal
// failures) into a RunResult so no JavaScript exception reaches the host.
import { parseModule, PythonSyntaxError, UnsupportedSyntaxError } from "./parse/index";
import type * as ast from "./parse/ast";
import { formatSyntaxError } from "./parse/report";
import { compileModule, type CompileWarning } from "./compile/compiler";
import { buildScopes } from "./compile/scope";
import { checkNestingDepth, CompileRecursionError } from "./compile/nesting-depth";
import type { RunOptions, RunResult, RunStatus, RunError, Simulation, Trace } from "./trace/types";
import { VM } from "./vm/vm";
import { constFactory } from "./vm/constants";
import { PyRaise, StepLimitReached } from "./vm/errors";
import { MemoryLimitReached } from "./heap/heap";
import { groupThousands } from "./runtime/thousands";
import { StandardInput } from "./runtime/standardInput";
import { Recorder } from "./trace/recorder";
import { reportUncaught } from "./uncaught";
import { shutdownPhases } from "./shutdown";
import { STDERR, STDOUT } from "./builtins/text-streams";
import { sendWaitingText } from "./builtins/text-stream-buffer";

const DEFAULT_FILENAME = "main.py";
/**
 * The host's limits beside the step limit. Builtins may go through a hundred items per allowed step (at most 25
 * million in all: a few seconds, and a list slot is a JavaScript array slot), and two objects per allowed step
 * may be alive at once (at least 100,000, at most two million). Each is a JavaScript object of a few hundred
 * bytes, and a recorded step that makes a million of them costs a reader about a gigabyte and ten seconds: a
 * block's default step limit keeps its heap to a size a note can show and a phone can hold.
 */
const WORK_PER_STEP = 100;
const MAX_WORK = 25_000_000;
const LIVE_OBJECTS_PER_STEP = 2;
const MIN_LIVE_OBJECTS = 100_000;
export const MAX_LIVE_OBJECTS = 2_000_000;
/**
 * How large a recorded trace may grow, in bytes (Trace.byteSize): a loop runs tens of bytes a step, so the default
 * step limits stay far below it; a program that prints or builds large objects at every step reaches it first.
 */
export const MAX_TRACE_BYTES = 256 * 1024 * 1024;

export class ProgramRun implements Simulation {
	private vm: VM | null = null;
	/** The VM the set-up phases are making, before it becomes `vm`. */
	private booting: VM | null = null;
	private recorder: Recorder | null = null;
	private readonly lines: string[];
	private readonly source: string;
	/** Parse, boot the VM, compile: done by the first slices (see runPhases). */
	private readonly setup: Phases;
	/** Interpreter shutdown once the program has ended, done a slice at a time like set-up. */
	private exiting: (Phases & { afterUncaught: boolean }) | null = null;
	private done = false;
	private status: RunStatus = "finished";
	private error: RunError | null = null;
	private exitCode = 0;
	private readonly maxSteps: number;
	/** What python3 prints on stderr when the program never starts (SyntaxError, unsupported construct). */
	private earlyStderr = "";

	constructor(
		source: string,
		private readonly options: RunOptions = {},
	) {
		this.source = source;
		this.lines = source.split(/\r?\n/);
		this.maxSteps = options.maxSteps ?? Number.POSITIVE_INFINITY;
		this.setup = { steps: this.setupPhases(), next: 0 };
	}

	get steps(): number {
		return this.vm?.steps ?? 0;
	}

	runSlice(maxSteps: number, maxMs: number): boolean {
		const deadline = Date.now() + maxMs;
		(this.vm ?? this.booting)?.heap.activate();
		// A host's first slice is not also the parse, the VM's boot and the compile, which together take tens of
		// milliseconds before the JIT warms up; the program's first steps wait for a slice set-up left time in.
		if (!this.done && this.vm === null) {
			if (!runPhases(this.setup, deadline, (e) => this.failBeforeRun(e))) return false;
			if (!this.done && Date.now() >= deadline) return false;
		}
		const vm = this.vm;
		if (!this.done && vm) {
			if (this.exiting === null) {
				vm.sliceBudget = maxSteps;
				vm.sliceDeadline = deadline;
				try {
					if (!vm.run(0)) return false;
					this.startShutdown(vm, false);
				} catch (e) {
					this.handleStop(vm, e);
				}
			}
			while (this.exiting) {
				const exiting = this.exiting;
				// An exception from shutdown itself is reported like the program's (and shutdown starts over, best
				// effort); one from the shutdown after an uncaught exception is dropped, as in CPython's finalisation.
				const failed = (e: unknown) => {
					this.exiting = null;
					if (!exiting.afterUncaught) this.handleStop(vm, e);
				};
				if (!runPhases(exiting, deadline, failed)) return false;
				if (this.exiting === exiting) this.exiting = null;
			}
			this.done = true;
			this.recorder?.finish();
		}
		return true;
	}

	private setupPhases(): (() => void)[] {
		const filename = this.options.filename ?? DEFAULT_FILENAME;
		let module: ast.Module;
		let vm: VM;
		return [
			() => {
				module = parseModule(this.source, (parsed) => void buildScopes(parsed));
				checkNestingDepth(module);
			},
			() => {
				vm = this.booting = new VM();
				vm.maxSteps = this.maxSteps;
				vm.maxWork = Math.min(WORK_PER_STEP * this.maxSteps, MAX_WORK);
				vm.heap.maxLiveObjects = Math.min(Math.max(LIVE_OBJECTS_PER_STEP * this.maxSteps, MIN_LIVE_OBJECTS), MAX_LIVE_OBJECTS);
				vm.source = { lines: this.lines, filename };
				vm.onOutput = this.options.onOutput ?? null;
				vm.onOsWrite = this.options.onOsWrite ?? null;
				vm.standardInput = new StandardInput(this.options.readStdin ?? null);
				if (this.options.record) {
					this.recorder = new Recorder(vm);
					this.recorder.maxBytes = this.options.maxTraceBytes ?? MAX_TRACE_BYTES;
				}
			},
			() => {
				const warnings: CompileWarning[] = [];
				const code = compileModule(module, constFactory(vm), warnings);
				vm.pushFrame(vm.newFrame(code, null, vm.mainGlobals, vm.mainGlobals), "native");
				vm.writeStderr(syntaxWarnings(warnings, this.lines, filename));
				this.vm = vm;
			},
		];
	}

	cancel(): void {
		if (this.done) return;
		this.done = true;
		this.status = "cancelled";
		this.error = { type: "Cancelled", message: "stopped by the host", line: null };
		this.recorder?.finish();
	}

	result(): RunResult {
		return {
			status: this.status,
			exitCode: this.exitCode,
			stdout: this.vm?.stdout ?? "",
			stderr: this.vm?.stderr ?? this.earlyStderr,
			error: this.error,
			steps: this.steps,
			trace: (this.recorder?.trace() as Trace | undefined) ?? null,
		};
	}

	private failBeforeRun(e: unknown): void {
		this.done = true;
		this.exitCode = 1;
		if (e instanceof PythonSyntaxError) {
			this.status = "syntax-error";
			this.error = { type: e.kind, message: `${e.kind}: ${e.msg} (line ${e.lineno})`, line: e.lineno };
			this.earlyStderr = formatSyntaxError(e, this.source, this.options.filename ?? DEFAULT_FILENAME);
		} else if (e instanceof CompileRecursionError) {
			// python3 prints the bare exception: it was raised before any frame ran.
			this.status = "syntax-error";
			this.error = { type: e.name, message: `${e.name}: ${e.message} (line ${e.lineno})`, line: e.lineno };
			this.earlyStderr = `${e.name}: ${e.message}\n`;
		} else if (e instanceof UnsupportedSyntaxError) {
			this.status = "unsupported";
			this.error = { type: "Unsupported", message: e.message, line: e.lineno };
			this.earlyStderr = e.message + "\n";
		} else {
			this.status = "exception";
			this.error = { type: "InternalError", message: `pymem internal error: ${describe(e)}`, line: null };
			this.earlyStderr = this.error.message + "\n";
		}
	}

	/** A run stopped by `e`: its status, and after an uncaught Python exception the shutdown that follows. */
	private handleStop(vm: VM, e: unknown): void {
		const line = vm.frames.at(-1)?.line ?? null;
		const recorder = this.recorder;
		if (e instanceof StepLimitReached && recorder?.overBudget) {
			this.status = "trace-limit";
			const limit = recorder.maxBytes;
			this.error = { type: "TraceLimit", message: `stopped after ${stepsRun(vm.steps)}: the recorded trace would grow past ${megabytes(limit)} (trace limit)`, line, traceLimit: limit };
			return;
		}
		if (e instanceof StepLimitReached) {
			this.status = "step-limit";
			const work = e.work === null ? "" : `: builtins went through more than ${groupThousands(e.work)} items`;
			this.error = { type: "StepLimit", message: `stopped after ${stepsRun(vm.steps)}${work} (step limit)`, line };
			return;
		}
		if (e instanceof MemoryLimitReached) {
			this.status = "memory-limit";
			this.error = { type: "MemoryLimit", message: `stopped after ${stepsRun(vm.steps)}: more than ${groupThousands(e.limit)} objects alive at once (memory limit)`, line, objectLimit: e.limit };
			return;
		}
		if (e instanceof PyRaise) {
			({ status: this.status, exitCode: this.exitCode, error: this.error } = reportUncaught(vm, e.exc));
			this.startShutdown(vm, true);
			return;
		}
		this.status = "exception";
		this.exitCode = 1;
		this.error = { type: "InternalError", message: `pymem internal error at line ${line}: ${describe(e)}`, line };
		// What the program wrote goes out before pymem's own message, as it does before a limit's.
		for (const stream of [STDOUT, STDERR]) sendWaitingText(vm, stream);
		vm.writeStderr(this.error.message + "\n");
	}

	private failedFlushAtExit(): void {
		this.exitCode = 120;
		if (this.status !== "finished") return;
		this.status = "exception";
		this.error = { type: "ExitStatus", message: "exit status 120: flushing sys.stdout or sys.stderr at exit failed", line: null };
	}

	/** Interpreter shutdown (shutdown.ts), run by the slices that follow. */
	private startShutdown(vm: VM, afterUncaught: boolean): void {
		const hooks = { programEnded: () => this.recorder?.programEnded(), flushFailed: () => this.failedFlushAtExit() };
		this.exiting = { steps: shutdownPhases(vm, afterUncaught, hooks), next: 0, afterUncaught };
	}
}

/** Work spread over slices (set-up, shutdown): its phases and the next to run. */
interface Phases {
	steps: (() => void)[];
	next: number;
}

/**
 * Runs the next phases while the slice has time; false when time ran out before the last. A phase that throws
 * ends them, and `failed` takes its error.
 */
function runPhases(phases: Phases, deadline: number, failed: (e: unknown) => void): boolean {
	while (phases.next < phases.steps.length) {
		try {
			phases.steps[phases.next++]!();
		} catch (e) {
			phases.next = phases.steps.length;
			failed(e);
			return true;
		}
		if (phases.next < phases.steps.length && Date.now() >= deadline) return false;
	}
	return true;
}

function describe(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/**
 * What the warnings module prints for each SyntaxWarning: `file:line: SyntaxWarning: ...` and the line. The
 * compiler warns without a registry, so every one prints (a finally body compiled twice warns twice).
 */
function syntaxWarnings(warnings: readonly CompileWarning[], lines: readonly string[], filename: string): string {
	let out = "";
	for (const { line, message } of warnings) {
		const text = lines[line - 1]?.trim();
		out += `${filename}:${line}: SyntaxWarning: ${message}\n${text ? `  ${text}\n` : ""}`;
	}
	return out;
}

/** "256 MB", "0.5 MB". */
export function megabytes(bytes: number): string {
	return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}

/** "1 step", "40 steps". */
function stepsRun(steps: number): string {
	return steps === 1 ? "1 step" : `${steps} steps`;
}
