// Binding call arguments to a new frame's parameter slots (ceval.c's initialize_locals), with CPython's
// messages for every mismatch, then MAKE_CELL and COPY_FREE_VARS.
import type { PyObject } from "../heap/object";
import { PyDict } from "../heap/containers";
import { PyCell, type PyFunction } from "../heap/callables";
import { CO_VARARGS, CO_VARKEYWORDS } from "../compile/code";
import type { Frame } from "./frame";
import { dictSet } from "./dicts";
import type { VM } from "./vm";

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function listNames(names: string[]): string {
	const quoted = names.map((n) => `'${n}'`);
	if (quoted.length === 1) return quoted[0]!;
	if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
	return `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
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
	if (!(code.flags & (CO_VARARGS | CO_VARKEYWORDS)) && kwnames === null && args.length === n && code.kwonlyargcount === 0) {
		// The common call: every parameter given by position, nothing else to bind.
		initCells(vm, func, frame);
		return;
	}
	const name = `${code.qualname}()`;
	const fail = (msg: string): never => {
		for (const a of args.slice(Math.min(n, args.length))) vm.decref(a);
		for (const v of kwvalues) vm.decref(v);
		return vm.raise("TypeError", msg);
	};
	if (code.flags & CO_VARARGS) {
		locals[slot++] = vm.tuple(args.slice(n));
	} else if (args.length > n) {
		const defaults = func.defaults?.items.length ?? 0;
		const takes = defaults ? `from ${n - defaults} to ${n}` : `${n}`;
		fail(`${name} takes ${takes} positional argument${n === 1 && !defaults ? "" : "s"} but ${args.length} ${args.length === 1 ? "was" : "were"} given`);
	}
	let kwdict: PyDict | null = null;
	if (code.flags & CO_VARKEYWORDS) {
		kwdict = vm.dict();
		locals[slot] = kwdict;
	}
	const paramNames = code.varnames;
	kwnames?.forEach((kw, i) => {
		const value = kwvalues[i]!;
		const index = paramNames.indexOf(kw);
		if (index >= code.posonlyargcount && index < n + code.kwonlyargcount) {
			if (locals[index]) fail(`${name} got multiple values for argument '${kw}'`);
			locals[index] = value;
			return;
		}
		if (!kwdict && index >= 0 && index < code.posonlyargcount) {
			// positional_only_passed_as_keyword: every such name, in the call's order.
			const posonly = kwnames.filter((k) => paramNames.indexOf(k) < code.posonlyargcount && paramNames.indexOf(k) >= 0);
			fail(`${name} got some positional-only arguments passed as keyword arguments: '${posonly.join(", ")}'`);
		}
		if (!kwdict) fail(`${name} got an unexpected keyword argument '${kw}'`);
		const key = vm.str(kw);
		dictSet(vm, kwdict!, key, value);
		vm.decref(key);
		vm.decref(value);
	});
	const defaults = func.defaults?.items ?? [];
	const firstDefault = n - defaults.length;
	const missing: string[] = [];
	for (let i = 0; i < n; i++) {
		if (locals[i]) continue;
		if (i >= firstDefault) locals[i] = vm.incref(defaults[i - firstDefault]!);
		else missing.push(paramNames[i]!);
	}
	if (missing.length) fail(`${name} missing ${plural(missing.length, "required positional argument")}: ${listNames(missing)}`);
	for (let i = n; i < n + code.kwonlyargcount; i++) {
		if (locals[i]) continue;
		const d = func.kwdefaults ? vm.dictGetStr(func.kwdefaults, paramNames[i]!) : undefined;
		if (d) locals[i] = vm.incref(d);
		else missing.push(paramNames[i]!);
	}
	if (missing.length) fail(`${name} missing ${plural(missing.length, "required keyword-only argument")}: ${listNames(missing)}`);
	initCells(vm, func, frame);
}

/** MAKE_CELL for each cell variable (a parameter's value moves into its cell), then COPY_FREE_VARS. */
export function initCells(vm: VM, func: PyFunction | null, frame: Frame): void {
	const code = frame.code;
	if (code.derefSlots.length === 0) return;
	code.cellvars.forEach((_, k) => {
		const slot = code.derefSlots[k]!;
		const initial = frame.locals[slot] ?? null;
		frame.locals[slot] = vm.heap.register(new PyCell(initial));
	});
	const closure = func?.closure;
	code.co_freevars.forEach((_, k) => {
		const cell = closure?.items[k];
		if (cell) frame.locals[code.derefSlots[code.cellvars.length + k]!] = vm.incref(cell);
	});
}
