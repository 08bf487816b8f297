// functools.partial (3.11's Modules/_functoolsmodule.c): fn, args (a tuple) and kw (a dict), plus a __dict__
// made when first needed. Called without stored keywords it hands fn its args and the call's own
// (vectorcall, no new objects); with stored keywords it goes through partial_call, which packs the call's
// arguments, joins them to its own in a new tuple and copies its keywords into a new dict for each call.
import type { PyObject } from "../heap/object";
import { PyDict, PyTuple } from "../heap/containers";
import { PyStr } from "../heap/values";
import { PyToolObject } from "../heap/tool-objects";
import type { PyClass } from "../heap/classes";
import { dictCopy, dictUpdate } from "../vm/mutations";
import { withPackedArguments } from "../vm/instantiate";
import { repr } from "../vm/repr";
import type { VM } from "../vm/vm";
import { isCallable } from "./functions";
import type { ModuleTypeConstructor } from "./module-type-constructors";
import type { PyExceptionObject } from "../heap/instances";
import type { FrameContinuation } from "../vm/frame";
import { BuiltinCallTail, plainFunction, pushFrameFromC } from "../vm/c-call-frames";

const FN = 0;
const ARGS = 1;
const KW = 2;

/** tuple_concat: a new tuple, or one of the two itself when the other is empty. */
function concatTuples(vm: VM, a: PyTuple, b: PyTuple): PyTuple {
	if (b.items.length === 0) return vm.incref(a);
	if (a.items.length === 0) return vm.incref(b);
	return vm.tuple([...a.items, ...b.items].map((x) => vm.incref(x)));
}

/** A PyDict's entries as the keyword map a call takes (its keys are strings). */
function keywordMap(vm: VM, d: PyDict): Map<string, PyObject> | null {
	if (d.entries.size === 0) return null;
	const map = new Map<string, PyObject>();
	for (const e of d.entries.values()) {
		if (!(e.key instanceof PyStr)) vm.raise("TypeError", "keywords must be strings");
		map.set(e.key.value, e.value);
	}
	return map;
}

const UNPACKED = "argument array (_PyStack_UnpackDict)";
const KWNAMES = "keyword names (_PyStack_UnpackDict)";
const beingRepresented = new Set<PyObject>();
const CALL_LABELS = { args: "call arguments (partial_call)", kwargs: "keyword arguments (partial_call)" };

export function newPartialType(type: PyClass): ModuleTypeConstructor {
	return (vm, args, _kw, argTuple, kwDict) => {
		if (args.length < 1) vm.raise("TypeError", "type 'partial' takes at least one argument");
		let func = args[0]!;
		let innerArgs: PyTuple | null = null;
		let innerKw: PyDict | null = null;
		// A partial of a partial without a __dict__ is flattened into one.
		if (func instanceof PyToolObject && func.type === type && !func.dict) {
			innerArgs = func.slots[ARGS] as PyTuple;
			innerKw = func.slots[KW] as PyDict;
			func = func.slots[FN]!;
		}
		if (!isCallable(func)) vm.raise("TypeError", "the first argument must be callable");
		const partial = vm.heap.register(new PyToolObject(type, ["func", "args", "keywords"], [vm.incref(func), null, null], 64));
		const label = "new partial being set up";
		vm.heap.adopt(partial, label);
		try {
			const own = argTuple.items.length > 1 ? vm.tuple(argTuple.items.slice(1).map((x) => vm.incref(x))) : vm.tuple([]);
			if (innerArgs) {
				partial.slots[ARGS] = concatTuples(vm, innerArgs, own);
				vm.decref(own);
			} else partial.slots[ARGS] = own;
			vm.heap.observer?.contentChanged(partial);
			let kw: PyDict;
			if (!innerKw || innerKw.entries.size === 0) {
				// The call's own keyword dict is taken when nothing else holds it.
				kw = !kwDict ? vm.dict() : kwDict.refcnt === 1 ? vm.incref(kwDict) : dictCopy(vm, kwDict);
			} else {
				kw = dictCopy(vm, innerKw);
				partial.slots[KW] = kw;
				if (kwDict) dictUpdate(vm, kw, kwDict, false);
			}
			partial.slots[KW] = kw;
			vm.heap.observer?.contentChanged(partial);
		} catch (e) {
			vm.heap.release(partial, label);
			throw e;
		}
		vm.heap.disown(partial, label);
		partial.hasDict = true;
		partial.members = { func: FN, args: ARGS, keywords: KW };
		partial.call = (callArgs, callKw) => callPartial(vm, partial, callArgs, callKw);
		partial.callCountsLevel = () => (partial.slots[KW] as PyDict).entries.size !== 0;
		partial.startInLoop = (frame, base, first) => startPartialCall(vm, partial, frame.stack, base, first);
		partial.describe = () => describePartial(vm, partial);
		return partial;
	};
}

function callPartial(vm: VM, partial: PyToolObject, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	const fn = partial.slots[FN]!;
	const own = partial.slots[ARGS] as PyTuple;
	const stored = partial.slots[KW] as PyDict;
	if (stored.entries.size === 0) return vm.callObject(fn, [...own.items, ...args], kwargs);
	return withPackedArguments(
		vm,
		args,
		kwargs,
		(argTuple, kwDict) => {
			// bpo-27840: the stored keywords are copied, since a function taking **kwargs may change them.
			const merged = dictCopy(vm, stored);
			vm.heap.adopt(merged, "keywords of partial_call");
			let joined: PyTuple | null = null;
			try {
				if (kwDict) dictUpdate(vm, merged, kwDict, false);
				joined = concatTuples(vm, own, argTuple);
				vm.heap.adopt(joined, "arguments of partial_call");
				return callWithPackedArguments(vm, fn, joined, merged);
			} finally {
				if (joined) vm.heap.release(joined, "arguments of partial_call");
				vm.heap.release(merged, "keywords of partial_call");
			}
		},
		CALL_LABELS,
	);
}

/**
 * CALL of a partial without stored keywords around a plain Python function, from the interpreter's loop:
 * partial_vectorcall hands the function its own arguments, then the call's, and counts no level of its own, so
 * the function runs as a frame of the loop and recursion through partials goes as deep as python3's. False
 * (nothing done) when the call needs the native path.
 */
function startPartialCall(vm: VM, partial: PyToolObject, stack: PyObject[], base: number, first: number): boolean {
	const fn = plainFunction(partial.slots[FN]);
	if (!fn || (partial.slots[KW] as PyDict).entries.size !== 0) return false;
	const callArgs = stack.slice(first);
	const tail = new BuiltinCallTail(vm, stack, base, [partial, ...callArgs], false);
	pushFrameFromC(vm, fn, [...(partial.slots[ARGS] as PyTuple).items, ...callArgs], new PartialCall(tail), (e) => tail.failed(e));
	return true;
}

/** The CALL a partial's function frame finishes: its result, or its exception, ends the call. */
class PartialCall implements FrameContinuation {
	constructor(private readonly tail: BuiltinCallTail) {}

	finish(value: PyObject): void {
		this.tail.done(value);
	}

	abandon(exc?: PyExceptionObject): void {
		if (exc) this.tail.failed(exc);
	}
}

/**
 * PyObject_Call(fn, args, kwargs): with keywords, PyVectorcall_Call unpacks the dict into a new argument
 * array that holds every argument while the function runs.
 */
export function callWithPackedArguments(vm: VM, fn: PyObject, args: PyTuple, kwargs: PyDict | null): PyObject {
	const keywords = kwargs ? keywordMap(vm, kwargs) : null;
	if (!keywords) return vm.callObject(fn, args.items, null);
	const held = [...args.items, ...keywords.values()];
	for (const o of held) vm.heap.hold(o, UNPACKED);
	// ... and a new tuple of the keyword names (kwnames).
	const names = vm.tuple([...keywords.keys()].map((k) => vm.intern(k)));
	vm.heap.adopt(names, KWNAMES);
	try {
		return vm.callObject(fn, args.items, keywords);
	} finally {
		vm.heap.release(names, KWNAMES);
		for (const o of held) vm.heap.release(o, UNPACKED);
	}
}

/** partial_repr: functools.partial(fn, args..., key=value...), "..." for a partial inside itself. */
function describePartial(vm: VM, partial: PyToolObject): string {
	if (beingRepresented.has(partial)) return "...";
	beingRepresented.add(partial);
	try {
		const parts = [repr(vm, partial.slots[FN]!)];
		for (const a of (partial.slots[ARGS] as PyTuple).items) parts.push(repr(vm, a));
		for (const e of (partial.slots[KW] as PyDict).entries.values()) parts.push(`${e.key instanceof PyStr ? e.key.value : repr(vm, e.key)}=${repr(vm, e.value)}`);
		return `functools.partial(${parts.join(", ")})`;
	} finally {
		beingRepresented.delete(partial);
	}
}
