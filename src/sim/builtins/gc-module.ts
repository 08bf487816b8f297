// gc: the collector's controls and introspection.
import { indexValue } from "../vm/protocol";
import { typingObjectsLack } from "../vm/typing-ops";
import { PyTypingObject } from "../heap/typing-objects";
import type { PyObject } from "../heap/object";
import { PyModule, type NativeImpl, calledWithTuple } from "../heap/callables";
import { PyList } from "../heap/containers";
import { trackedAsInCPython } from "../heap/shared-tracking";
import { DEBUG_SAVEALL } from "../heap/collector";
import { gcReferents } from "./gc-referents";
import type { VM } from "../vm/vm";
import { setModuleConstant } from "./module-constants";
import { useKeywordParser } from "./keyword-parsers";
import { unexpectedKeyword, requireOneArgument, requireNoArguments, cIntArgument, parsedCInt } from "./arity";
import { fitsSsize } from "../vm/ssize";
import { withPackedArguments, type PackedLabels } from "../vm/instantiate";

/** gc.collect and gc.get_objects are Argument Clinic functions with this keyword. */
const GENERATION_KEYWORD = ["generation"];

function generationArg(vm: VM, o: PyObject | undefined): 0 | 1 | 2 {
	const g = o ? cIntArgument(vm, o) : 2;
	if (g < 0 || g > 2) vm.raise("ValueError", "invalid generation");
	return g as 0 | 1 | 2;
}

/** _Py_convert_optional_to_ssize_t: an integer (or an object with __index__), None aside. */
function optionalSsize(vm: VM, o: PyObject): number {
	const value = indexValue(vm, o);
	if (value === null) return vm.raise("TypeError", `argument should be integer or None, not '${o.typeName}'`);
	// PyNumber_AsSsize_t(o, PyExc_OverflowError).
	if (!fitsSsize(value)) vm.raise("OverflowError", `cannot fit '${o.typeName}' into an index-sized integer`);
	return Number(value);
}

/** A new reference for a list the program gets: a class's hidden part it reaches is shown from now on. */
function handedOut(vm: VM, o: PyObject): PyObject {
	vm.heap.reveal(o);
	return vm.incref(o);
}

/** gc_get_referents: what each argument's tp_traverse visits, one list for all of them. */
function getReferents(vm: VM, args: PyObject[]): PyObject {
	return vm.list(args.flatMap((a) => gcReferents(vm, a).map((o) => handedOut(vm, o))));
}

/** A METH_O function's argument, refused with _PyCFunction_Vectorcall_O's messages unless there is just one. */
function onlyArgument(vm: VM, name: string, args: readonly PyObject[], kw: ReadonlyMap<string, PyObject> | null): PyObject {
	requireOneArgument(vm, name, args.length, kw);
	return args[0]!;
}

/**
 * Argument Clinic's one optional parameter, `generation` (by position or name), or undefined. Past the fast path
 * (one positional argument at most), _PyArg_UnpackKeywords makes its parser's keyword tuple first, then counts.
 */
function generationArgument(vm: VM, name: string, args: readonly PyObject[], kw: ReadonlyMap<string, PyObject> | null): PyObject | undefined {
	if (!kw?.size && args.length <= 1) return args[0];
	useKeywordParser(vm, `gc.${name}`, GENERATION_KEYWORD);
	const given = args.length + (kw?.size ?? 0);
	if (given > 1) vm.raise("TypeError", `${name}() takes at most 1 ${args.length ? "" : "keyword "}argument (${given} given)`);
	const unexpected = unexpectedKeyword(name, GENERATION_KEYWORD, kw);
	if (unexpected) vm.raise("TypeError", unexpected);
	return kw!.get("generation");
}

/** A METH_VARARGS function (no keywords): cfunction_call refuses any keyword. */
function noKeywords(vm: VM, name: string, kw: ReadonlyMap<string, PyObject> | null): void {
	if (kw?.size) vm.raise("TypeError", `${name}() takes no keyword arguments`);
}

/** A METH_NOARGS function: keywords, then any argument, are refused as _PyCFunction_Vectorcall_NOARGS does. */
function noArguments(name: string, impl: (vm: VM) => PyObject): NativeImpl {
	return (vm, args, kw) => {
		requireNoArguments(vm, `gc.${name}`, args.length, kw);
		return impl(vm);
	};
}

export const GC_FUNCTIONS: Record<string, NativeImpl> = {
	collect: (vm, args, kw) => {
		return vm.int(vm.collector.collectExplicit(generationArg(vm, generationArgument(vm, "collect", args, kw)), { kind: "collect" }));
	},
	enable: noArguments("enable", (vm) => {
		vm.collector.enabled = true;
		return vm.incref(vm.None);
	}),
	disable: noArguments("disable", (vm) => {
		vm.collector.enabled = false;
		return vm.incref(vm.None);
	}),
	isenabled: noArguments("isenabled", (vm) => vm.bool(vm.collector.enabled)),
	get_count: noArguments("get_count", (vm) => vm.tuple(vm.heap.counts.map((c) => vm.int(c)))),
	// The program's own collections; CPython's figures also hold those of its startup (documented).
	get_stats: noArguments("get_stats", (vm) =>
		vm.list(
			vm.collector.stats.map((stats) => {
				const d = vm.dict();
				for (const [name, value] of [["collections", stats.collections], ["collected", stats.collected], ["uncollectable", 0]] as const) {
					const item = vm.int(value);
					vm.dictSetStr(d, name, item);
					vm.decref(item);
				}
				return d;
			}),
		)),
	get_threshold: noArguments("get_threshold", (vm) => vm.tuple(vm.collector.thresholds.map((c) => vm.int(c)))),
	// set_threshold, get_referrers and get_referents are METH_VARARGS: each call packs its arguments in a new tuple.
	set_threshold: (vm, args, kw) =>
		withPackedArguments(vm, args, null, () => {
			noKeywords(vm, "set_threshold", kw);
			if (args.length === 0) vm.raise("TypeError", "set_threshold() takes at least 1 argument (0 given)");
			if (args.length > 3) vm.raise("TypeError", `set_threshold() takes at most 3 arguments (${args.length} given)`);
			// PyArg_ParseTuple(args, "i|ii") stores each threshold as it converts it: one that fails leaves those before it set.
			args.forEach((a, i) => (vm.collector.thresholds[i] = parsedCInt(vm, a)));
			return vm.incref(vm.None);
		}, GC_CALL),
	// typing's module-level objects are shared here but instances of Python classes (tracked) in CPython.
	is_tracked: (vm, args, kw) => {
		const o = onlyArgument(vm, "gc.is_tracked", args, kw);
		return vm.bool(trackedAsInCPython(o));
	},
	is_finalized: (vm, args, kw) => vm.bool(onlyArgument(vm, "gc.is_finalized", args, kw).finalized),
	get_objects: (vm, args, kw) => {
		const g = generationArgument(vm, "get_objects", args, kw);
		// -1 means all of them, as None does; another negative one is refused.
		const n = g && g !== vm.None ? optionalSsize(vm, g) : -1;
		if (n >= 3) vm.raise("ValueError", "generation parameter must be less than the number of available generations (3)");
		if (n < -1) vm.raise("ValueError", "generation parameter cannot be negative");
		const gens = n >= 0 ? [vm.heap.generations[n as 0 | 1 | 2]] : vm.heap.generations;
		const listed = gens.flatMap((gen) => gen.toArray()).filter((o) => !vm.collector.beingCollected.has(o));
		return vm.list(listed.map((o) => handedOut(vm, o)));
	},
	get_referrers: (vm, args, kw) => {
		noKeywords(vm, "get_referrers", kw);
		return withPackedArguments(vm, args, null, (packed) => referrers(vm, args, packed), GC_CALL);
	},
	get_referents: (vm, args, kw) => {
		noKeywords(vm, "get_referents", kw);
		if (args.some((a) => a instanceof PyTypingObject)) typingObjectsLack(vm, "gc.get_referents");
		return withPackedArguments(vm, args, null, () => getReferents(vm, args), GC_CALL);
	},
	set_debug: (vm, args, kw) => {
		vm.collector.debugFlags = cIntArgument(vm, onlyArgument(vm, "gc.set_debug", args, kw));
		return vm.incref(vm.None);
	},
	get_debug: noArguments("get_debug", (vm) => vm.int(vm.collector.debugFlags)),
	freeze: noArguments("freeze", (vm) => {
		vm.collector.startupFrozen = true;
		for (const gen of vm.heap.generations) vm.collector.permanent.merge(gen);
		vm.heap.counts.fill(0);
		return vm.incref(vm.None);
	}),
	unfreeze: noArguments("unfreeze", (vm) => {
		vm.collector.startupFrozen = false;
		// An object untracked meanwhile left the permanent list (and one tracked again is in generation 0).
		for (const o of vm.collector.permanent) {
			o.generation = 2;
			vm.heap.observer?.contentChanged(o);
		}
		vm.heap.generations[2].merge(vm.collector.permanent);
		return vm.incref(vm.None);
	}),
	get_freeze_count: noArguments("get_freeze_count", (vm) => vm.int(vm.collector.frozenCount())),
};

export function installGcConstants(vm: VM, module: PyModule): void {
	setModuleConstant(vm, module, "DEBUG_SAVEALL", vm.int(DEBUG_SAVEALL));
	setModuleConstant(vm, module, "DEBUG_STATS", vm.int(1));
	setModuleConstant(vm, module, "DEBUG_COLLECTABLE", vm.int(2));
	setModuleConstant(vm, module, "DEBUG_UNCOLLECTABLE", vm.int(4));
	setModuleConstant(vm, module, "DEBUG_LEAK", vm.int(38));
	setModuleConstant(vm, module, "garbage", vm.gcGarbage);
	setModuleConstant(vm, module, "callbacks", vm.gcCallbacks);
}

export { PyList };

const GC_CALL: PackedLabels = { args: "call arguments (gc)", kwargs: "keyword arguments (gc)" };

/** gc_get_referrers: every tracked object referring to one of `targets`, but the call's own argument tuple. */
function referrers(vm: VM, targets: PyObject[], packed: PyObject): PyObject {
	const wanted = new Set(targets);
	const found: PyObject[] = [];
	const refersToTarget = (o: PyObject) => o !== packed && !vm.collector.beingCollected.has(o) && gcReferents(vm, o).some((r) => wanted.has(r));
	vm.heap.generations.forEach((gen, generation) => {
		// __main__'s globals dict is an interpreter-wide object here, but a tracked dict in CPython, where
		// startup's collections have moved it to the head of the oldest generation (gc.freeze() takes it out).
		if (generation === 2 && !vm.collector.startupFrozen && refersToTarget(vm.mainGlobals)) found.push(handedOut(vm, vm.mainGlobals));

		for (const o of gen) if (refersToTarget(o)) found.push(handedOut(vm, o));
	});
	return vm.list(found);
}

// METH_VARARGS: a call with **kwargs hands them its own tuple and dict (no names tuple).
for (const name of ["set_threshold", "get_referrers", "get_referents"]) calledWithTuple(GC_FUNCTIONS[name]!);
