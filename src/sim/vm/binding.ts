// Binding call arguments to a new frame's parameter slots (ceval.c's initialize_locals), with CPython's
// messages for every mismatch, then MAKE_CELL and COPY_FREE_VARS.
import type { PyObject } from "../heap/object";
import { PyDict } from "../heap/containers";
import { PyCell, type PyFunction } from "../heap/callables";
import { CO_VARARGS, CO_VARKEYWORDS } from "../compile/code";
import type { Frame } from "./frame";
import { dictSet } from "./dicts";
import type { VM } from "./vm";
import { LIST_FREE_LIST } from "../heap/gc-kinds";

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function listNames(names: string[]): string {
	const quoted = names.map((n) => `'${n}'`);
	if (quoted.length === 1) return quoted[0]!;
	if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
	return `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
}

function isPositionalOnly(code: PyFunction["code"], name: string): boolean {
	const index = code.varnames.indexOf(name);
	return index >= 0 && index < code.posonlyargcount;
}

/** too_many_positional: keyword-only arguments already bound are counted in the message too. */
function tooManyPositional(func: PyFunction, locals: readonly (PyObject | null | undefined)[], given: number, name: string): string {
	const code = func.code;
	const n = code.argcount;
	let kwonlyGiven = 0;
	for (let i = n; i < n + code.kwonlyargcount; i++) if (locals[i]) kwonlyGiven++;
	const defaults = func.defaults?.items.length ?? 0;
	const takes = defaults ? `from ${n - defaults} to ${n}` : `${n}`;
	const pluralTakes = defaults > 0 || n !== 1;
	const kwonly = kwonlyGiven ? ` positional argument${given !== 1 ? "s" : ""} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? "s" : ""})` : "";
	return `${name} takes ${takes} positional argument${pluralTakes ? "s" : ""} but ${given}${kwonly} ${given === 1 && !kwonlyGiven ? "was" : "were"} given`;
}

/** Whether a call with `nargs` positional arguments and no keywords binds them one to one, with nothing else to fill. */
export function takesExactlyPositional(code: PyFunction["code"], nargs: number): boolean {
	return nargs === code.argcount && code.kwonlyargcount === 0 && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0;
}

/**
 * Fill `frame`'s parameters. `args` and `kwvalues` are owned references that move into the frame (3.11's
 * CALL) — callers that must keep theirs (vectorcall from C) incref before calling.
 */
export function bindArguments(vm: VM, func: PyFunction, frame: Frame, args: PyObject[], kwnames: string[] | null, kwvalues: readonly PyObject[]): void {
	const code = func.code;
	const n = code.argcount;
	const locals = frame.locals;
	for (let i = 0; i < Math.min(n, args.length); i++) locals[i] = args[i]!;
	let slot = n + code.kwonlyargcount;
	if (kwnames === null && takesExactlyPositional(code, args.length)) {
		// The common call: every parameter given by position, nothing else to bind.
		initCells(vm, func, frame);
		return;
	}
	// initialize_locals words its errors with func_qualname, which a program (or functools.wraps) may have set.
	const name = `${func.qualname}()`;
	const total = n + code.kwonlyargcount;
	// A collection the **kwargs dict's or the *args tuple's allocation starts sees the arguments on their way in.
	if (code.flags & CO_VARKEYWORDS) {
		locals[total + (code.flags & CO_VARARGS ? 1 : 0)] = whileSettingUp(vm, func, frame, () => vm.dict(), () => [...args.slice(n), ...kwvalues]);
	}
	const kwdict = code.flags & CO_VARKEYWORDS ? (locals[total + (code.flags & CO_VARARGS ? 1 : 0)] as PyDict) : null;
	// Extra positional arguments go into *args, or are released now: too many is reported after the keywords.
	if (code.flags & CO_VARARGS) locals[slot++] = whileSettingUp(vm, func, frame, () => vm.tuple(args.slice(n)), () => kwvalues);
	else for (let i = n; i < args.length; i++) vm.decref(args[i]!);
	const paramNames = code.varnames;
	if (kwnames) {
		for (let i = 0; i < kwnames.length; i++) {
			const kw = kwnames[i]!;
			const index = paramNames.indexOf(kw);
			let problem: string | null = null;
			if (index >= code.posonlyargcount && index < total) {
				if (!locals[index]) {
					locals[index] = kwvalues[i]!;
					continue;
				}
				problem = `${name} got multiple values for argument '${kw}'`;
			} else if (kwdict) {
				dictSet(vm, kwdict, vm.intern(kw), kwvalues[i]!);
				vm.decref(kwvalues[i]!);
				continue;
			} else if (code.posonlyargcount && kwnames.some((k) => isPositionalOnly(code, k))) {
				// positional_only_passed_as_keyword: every such name, in the call's order.
				problem = `${name} got some positional-only arguments passed as keyword arguments: '${kwnames.filter((k) => isPositionalOnly(code, k)).join(", ")}'`;
			} else problem = `${name} got an unexpected keyword argument '${kw}'`;
			// kw_fail: this value and the ones after it were never stored.
			for (let j = i; j < kwnames.length; j++) vm.decref(kwvalues[j]!);
			whileSettingUp(vm, func, frame, () => vm.raise("TypeError", problem));
		}
	}
	if (args.length > n && !(code.flags & CO_VARARGS)) whileSettingUp(vm, func, frame, () => vm.raise("TypeError", tooManyPositional(func, locals, args.length, name)));
	const defaults = func.defaults?.items ?? [];
	const firstDefault = n - defaults.length;
	const missing: string[] = [];
	for (let i = 0; i < n; i++) {
		if (locals[i]) continue;
		if (i >= firstDefault) locals[i] = vm.incref(defaults[i - firstDefault]!);
		else missing.push(paramNames[i]!);
	}
	if (missing.length) whileSettingUp(vm, func, frame, () => raiseMissing(vm, `${name} missing ${plural(missing.length, "required positional argument")}: ${listNames(missing)}`));
	for (let i = n; i < total; i++) {
		if (locals[i]) continue;
		const d = func.kwdefaults ? vm.dictGetStr(func.kwdefaults, paramNames[i]!) : undefined;
		if (d) locals[i] = vm.incref(d);
		else missing.push(paramNames[i]!);
	}
	if (missing.length) whileSettingUp(vm, func, frame, () => raiseMissing(vm, `${name} missing ${plural(missing.length, "required keyword-only argument")}: ${listNames(missing)}`));
	initCells(vm, func, frame);
}

/** missing_arguments: the names go in a new list (PyList_New) that format_missing words, freed once the error is set. */
function raiseMissing(vm: VM, message: string): never {
	vm.heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
	try {
		return vm.raise("TypeError", message);
	} finally {
		vm.heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
	}
}

/** MAKE_CELL for each cell variable (a parameter's value moves into its cell), then COPY_FREE_VARS. */
export function initCells(vm: VM, func: PyFunction | null, frame: Frame): void {
	const code = frame.code;
	if (code.derefSlots.length === 0) return;
	code.cellvars.forEach((_, k) => {
		const slot = code.derefSlots[k]!;
		const initial = frame.locals[slot] ?? null;
		frame.locals[slot] = null;
		const cell = whileSettingUp(vm, func, frame, () => vm.heap.register(new PyCell(initial)));
		frame.locals[slot] = cell;
	});
	const closure = func?.closure;
	code.co_freevars.forEach((_, k) => {
		const cell = closure?.items[k];
		if (cell) frame.locals[code.derefSlots[code.cellvars.length + k]!] = vm.incref(cell);
	});
}

const SETTING_UP = "new frame being set up";

/**
 * MAKE_CELL runs in the new frame, which a trace shows only once it runs: while a cell's allocation may start a
 * collection, its function and the locals bound so far show as held by the frame being set up, and so do the
 * arguments still `pending` (on their way into its parameters, as while the `**kwargs` dict is made). So does
 * the TypeError of a call whose arguments do not fit: the frame still holds them as the exception is made.
 */
function whileSettingUp<R>(vm: VM, func: PyFunction | null, frame: Frame, allocate: () => R, pending: () => readonly PyObject[] = () => []): R {
	// Only a trace shows holders: an untraced run allocates, without building the lists.
	if (!vm.heap.recordsHolders) return allocate();
	const held = frame.locals.filter((o): o is PyObject => o !== null && o !== undefined);
	if (func) held.push(func);
	held.push(...pending());
	for (const o of held) vm.heap.adopt(o, SETTING_UP);
	try {
		return allocate();
	} finally {
		for (const o of held) vm.heap.disown(o, SETTING_UP);
	}
}
