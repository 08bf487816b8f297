// Interpreter shutdown (Py_FinalizeEx, then finalize_modules), in phases a host's slices run one at a time:
// __main__ leaves sys.modules and is freed, so its globals dict is left to what refers to it (the functions
// defined there, through __globals__), and the final collection reclaims it with everything only it held:
// finalizers run while the globals are intact, in the collector's order, and only then are the dict and the
// rest cleared.
import { runFinalizersAtExit } from "./builtins/weakref-module";
import { PyFunction } from "./heap/callables";
import { unshareStartupObject } from "./heap/unshare";
import { clearSysSpecials } from "./vm/finalize-sys";
import { flushIo, flushStdFiles } from "./vm/std-files-flush";
import type { VM } from "./vm/vm";

/** What the run is told as shutdown goes. */
export interface ShutdownHooks {
	/** Before the frames still on the stack are finished (the recorder's last line). */
	programEnded(): void;
	/** Flushing sys.stdout or sys.stderr at exit failed: Py_RunMain's exit status 120. */
	flushFailed(): void;
}

/** Shutdown's phases; after an uncaught exception its report has flushed the output already. */
export function shutdownPhases(vm: VM, afterUncaught: boolean, hooks: ShutdownHooks): (() => void)[] {
	return [
		() => {
			hooks.programEnded();
			while (vm.frames.length) vm.finishFrame(vm.frames[vm.frames.length - 1]!);
		},
		// pyrun_simple_file's flush_io once the program returns (after an uncaught exception, before its report).
		() => {
			if (!afterUncaught) flushIo(vm);
		},
		() => runFinalizersAtExit(vm),
		// Py_FinalizeEx returns -1 when a flush failed, and Py_RunMain makes the exit status 120.
		() => {
			if (!flushStdFiles(vm)) hooks.flushFailed();
		},
		// Py_FinalizeEx collects once while every module is intact (PyGC_Collect: gc.callbacks run, and only
		// when the collector is enabled). Survivors it reaches late move to the end of their generation, so
		// this collection sets the order in which the final one finalizes them.
		() => {
			if (vm.collector.enabled) vm.collector.collectExplicit(2, { kind: "exit" });
		},
		() => clearSysSpecials(vm),
		() => releaseMainModule(vm),
		// The final collection (_PyGC_CollectNoFail) calls no gc.callbacks, but they still hold what they
		// hold: a callback defined in __main__ keeps its globals, and everything in them, alive.
		() => vm.collector.collectExplicit(2, { kind: "final" }, false),
	];
}

/** The __main__ module is freed: its globals dict becomes an ordinary object held by its functions. */
function releaseMainModule(vm: VM): void {
	vm.modulesRemoved = true;
	const globals = vm.mainGlobals;
	const objects = [...vm.heap.generations.flatMap((generation) => generation.toArray()), ...vm.collector.permanent];
	const functions = objects.filter((o) => o instanceof PyFunction && o.globals === globals);
	// Others may hold it too (a list of gc.get_referrers() results, globals() stored away).
	let held = 0;
	for (const o of objects) for (const r of o.references()) if (r.target === globals) held++;
	unshareStartupObject(vm.heap, globals, functions.length + held + 1, vm.collector);
	// Their cards gain a __globals__ slot.
	for (const f of functions) vm.heap.observer?.contentChanged(f);
	// The module's own reference goes; with no function left, the dict is freed here, in insertion order.
	vm.decref(globals);
}
