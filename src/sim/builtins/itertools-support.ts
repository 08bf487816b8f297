// What the itertools objects share: making one over its slots, replacing a slot as the C code does (the new
// value stored before the old one is released), holding a temporary while Python code may run, and parsing
// arguments with the wording of each type's parser.
import type { PyObject } from "../heap/object";
import { PyToolIterator } from "../heap/tool-iterators";
import type { PyIterator } from "../heap/iterators";
import { compareValues } from "../vm/comparisons";
import type { VM } from "../vm/vm";
import { useKeywordParser } from "./keyword-parsers";
import { checkPositional, refuseKeywords } from "./arity";

/** A new itertools object; its slots' references are counted already (Heap.collectWhileAllocating). */
export function newToolIterator(
	vm: VM,
	kind: string,
	fields: [label: string, value: PyObject | null][],
	structSize: number,
	advance: (it: PyToolIterator) => PyObject | null,
	releaseOrder: readonly number[] | null = null,
): PyToolIterator {
	const labels = fields.map(([label]) => label);
	const slots = fields.map(([, value]) => value);
	return vm.heap.register(new PyToolIterator(kind, labels, slots, structSize, advance as (it: PyIterator) => PyObject | null, releaseOrder));
}

/** Store `value` (a reference the slot takes) in slot `i`, then release what was there (Py_XSETREF). */
export function setSlot(vm: VM, it: PyToolIterator, i: number, value: PyObject | null): void {
	const old = it.slots[i] ?? null;
	it.slots[i] = value;
	vm.heap.observer?.contentChanged(it);
	if (old) vm.decref(old);
}

/** PyObject_RichCompareBool(a, b, Py_EQ): identity first. */
export function sameOrEqual(vm: VM, a: PyObject, b: PyObject): boolean {
	return a === b || compareValues(vm, a, b, "Eq");
}

/** The call's arguments as an Argument Clinic parser with these parameters places them (missing ones undefined). */
export interface Parameters {
	/** Positional-or-keyword names ("" for a positional-only one), then keyword-only ones (after `positional` of them). */
	names: readonly string[];
	required: number;
	/** How many of `names` may come by position (the rest are keyword-only). */
	positional?: number;
	/** The module of an Argument Clinic parser (one made at its first use off the fast path); absent for PyArg_ParseTupleAndKeywords. */
	clinicModule?: string;
}

const plural = (n: number) => (n === 1 ? "" : "s");

/** PyArg_ParseTupleAndKeywords / clinic with keywords: "count() takes at most 2 arguments (3 given)". */
export function clinicArguments(vm: VM, name: string, args: readonly PyObject[], kw: ReadonlyMap<string, PyObject> | null, spec: Parameters): (PyObject | undefined)[] {
	const maxPositional = spec.positional ?? spec.names.length;
	if (spec.clinicModule && (kw?.size || args.length < spec.required || args.length > maxPositional)) {
		useKeywordParser(vm, `${spec.clinicModule}.${name}`, spec.names);
	}
	const given = args.length + (kw?.size ?? 0);
	const most = spec.names.length;
	// _PyArg_UnpackKeywords says "keyword" when nothing came by position.
	if (given > most) vm.raise("TypeError", `${name}() takes at most ${most} ${args.length ? "" : "keyword "}argument${plural(most)} (${given} given)`);
	const minPositional = Math.min(spec.required, maxPositional);
	if (args.length > maxPositional) {
		const bound = minPositional < maxPositional ? "at most" : "exactly";
		vm.raise("TypeError", `${name}() takes ${bound} ${maxPositional} positional argument${plural(maxPositional)} (${args.length} given)`);
	}
	// Required parameters without a name ("" in `names`) can only come by position.
	const minPositionalOnly = Math.min(spec.required, spec.names.filter((n) => n === "").length);
	if (args.length < minPositionalOnly) {
		const bound = minPositionalOnly < maxPositional ? "at least" : "exactly";
		vm.raise("TypeError", `${name}() takes ${bound} ${minPositionalOnly} positional argument${plural(minPositionalOnly)} (${args.length} given)`);
	}
	const placed: (PyObject | undefined)[] = spec.names.map((_, i) => args[i]);
	const twice = spec.names.slice(0, args.length).find((keyword) => kw?.has(keyword));
	const unknown = [...(kw?.keys() ?? [])].find((keyword) => keyword === "" || !spec.names.includes(keyword));
	for (const [keyword, value] of kw ?? []) if (spec.names.indexOf(keyword) >= args.length) placed[spec.names.indexOf(keyword)] = value;
	const givenTwice = () => {
		if (twice !== undefined) vm.raise("TypeError", `argument for ${name}() given by name ('${twice}') and position (${spec.names.indexOf(twice) + 1})`);
	};
	// vgetargskeywords meets a parameter given twice in its loop over the parameters, before a missing one;
	// _PyArg_UnpackKeywords checks for it once every parameter is placed. Both name an unknown keyword last.
	if (!spec.clinicModule) givenTwice();
	for (let i = 0; i < spec.required; i++) {
		if (placed[i] === undefined) vm.raise("TypeError", `${name}() missing required argument '${spec.names[i]}' (pos ${i + 1})`);
	}
	givenTwice();
	if (unknown !== undefined) vm.raise("TypeError", `'${unknown}' is an invalid keyword argument for ${name}()`);
	return placed;
}

/** _PyArg_NoKeywords then _PyArg_CheckPositional: "cycle() takes no keyword arguments", "cycle expected 1 argument, got 0". */
export function positionalArguments(vm: VM, name: string, args: readonly PyObject[], kw: ReadonlyMap<string, PyObject> | null, min: number, max = min): void {
	refuseKeywords(vm, name, kw);
	checkPositional(vm, name, args, min, max);
}
