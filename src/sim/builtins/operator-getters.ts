// operator.itemgetter, attrgetter and methodcaller (3.11's Modules/_operator.c, heap types with GC): what each
// struct holds (the item or the whole argument tuple, a tuple of interned names, the name, an args tuple and
// the call's keyword dict), their reprs, and their calls: itemgetter and attrgetter are vectorcall (no
// argument tuple), methodcaller only tp_call, so calling one packs its argument in a tuple first.
import type { PyObject } from "../heap/object";
import { PyDict, PyTuple } from "../heap/containers";
import { PyStr } from "../heap/values";
import { PyToolObject } from "../heap/tool-objects";
import type { PyClass } from "../heap/classes";
import { getItem } from "../vm/subscript";
import { getAttr } from "../vm/attributes";
import { withPackedArguments } from "../vm/instantiate";
import { repr } from "../vm/repr";
import type { VM } from "../vm/vm";
import { positionalArguments } from "./itertools-support";
import { callWithPackedArguments } from "./functools-partial";
import type { ModuleTypeConstructor } from "./module-type-constructors";

/** tp_basicsize without the GC header: head, nitems, item, index, vectorcall; head, nattrs, attr, vectorcall; head, name, args, kwds. */
const ITEMGETTER_SIZE = 48;
const ATTRGETTER_SIZE = 40;
const METHODCALLER_SIZE = 40;

const beingRepresented = new Set<PyObject>();

/** Py_ReprEnter/Py_ReprLeave around a repr that may reach the object again: "...)" inside itself. */
function guardedRepr(o: PyObject, name: string, body: () => string): string {
	if (beingRepresented.has(o)) return `${name}(...)`;
	beingRepresented.add(o);
	try {
		return body();
	} finally {
		beingRepresented.delete(o);
	}
}

/**
 * PyTuple_New(n) filled one item at a time (itemgetter and attrgetter with several): the result is allocated
 * before the first item is fetched, and dropped if fetching one fails.
 */
function fillNewTuple(vm: VM, count: number, fetch: (i: number) => PyObject): PyTuple {
	const result = vm.tuple(Array.from({ length: count }, () => vm.incref(vm.None)));
	const label = "result tuple being filled";
	vm.heap.adopt(result, label);
	try {
		for (let i = 0; i < count; i++) {
			const value = fetch(i);
			const old = result.items[i]!;
			result.items[i] = value;
			vm.heap.observer?.contentChanged(result);
			vm.decref(old);
		}
	} catch (e) {
		vm.heap.release(result, label);
		throw e;
	}
	vm.heap.disown(result, label);
	return result;
}

function newToolObject(vm: VM, type: PyClass, labels: string[], slots: (PyObject | null)[], size: number): PyToolObject {
	return vm.heap.register(new PyToolObject(type, labels, slots, size));
}

/** The getter's single argument: "itemgetter expected 1 argument, got 2", "... takes no keyword arguments". */
function soleArgument(vm: VM, name: string, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	positionalArguments(vm, name, args, kw, 1);
	return args[0]!;
}

/** itemgetter(item, ...): one item is held itself; several are held as the call's own argument tuple. */
export function newItemGetterType(type: PyClass): ModuleTypeConstructor {
	return (vm, args, kw, argTuple) => {
		if (kw?.size) vm.raise("TypeError", "itemgetter() takes no keyword arguments");
		if (args.length < 1) vm.raise("TypeError", "itemgetter expected 1 argument, got 0");
		const single = args.length === 1;
		const item = single ? args[0]! : argTuple;
		const getter = newToolObject(vm, type, ["item"], [vm.incref(item)], ITEMGETTER_SIZE);
		getter.call = (callArgs, callKw) => {
			const obj = soleArgument(vm, "itemgetter", callArgs, callKw);
			if (single) return getItem(vm, obj, item);
			const items = (item as PyTuple).items;
			return fillNewTuple(vm, items.length, (i) => getItem(vm, obj, items[i]!));
		};
		getter.describe = () => guardedRepr(getter, "operator.itemgetter", () => (single ? `operator.itemgetter(${repr(vm, item)})` : `operator.itemgetter${repr(vm, item)}`));
		return getter;
	};
}

/** An attribute name as attrgetter keeps it: the interned name, or a tuple of the interned parts of a dotted one. */
function attributePath(vm: VM, name: PyObject): PyObject {
	if (!(name instanceof PyStr)) return vm.raise("TypeError", "attribute name must be a string");
	if (!name.value.includes(".")) return vm.intern(name.value);
	return vm.tuple(name.value.split(".").map((part) => vm.intern(part)));
}

/** dotted_getattr: each name in turn, the object reached so far released as the next is read. */
function dottedGetattr(vm: VM, obj: PyObject, path: PyObject): PyObject {
	if (path instanceof PyStr) return getAttr(vm, obj, path.value);
	let current = vm.incref(obj);
	for (const part of (path as PyTuple).items) {
		try {
			const next = getAttr(vm, current, (part as PyStr).value);
			vm.decref(current);
			current = next;
		} catch (e) {
			vm.decref(current);
			throw e;
		}
	}
	return current;
}

function dottedName(path: PyObject): string {
	return path instanceof PyStr ? path.value : (path as PyTuple).items.map((p) => (p as PyStr).value).join(".");
}

/** attrgetter_repr's repr of each name, rebuilt from its parts (a new str, released once written). */
function nameRepr(vm: VM, name: string): string {
	const s = vm.str(name);
	try {
		return repr(vm, s);
	} finally {
		vm.decref(s);
	}
}

/** attrgetter(attr, ...): a new tuple of the names (dotted ones as tuples of their parts), then the object. */
export function newAttrGetterType(type: PyClass): ModuleTypeConstructor {
	return (vm, args, kw) => {
		if (kw?.size) vm.raise("TypeError", "attrgetter() takes no keyword arguments");
		if (args.length < 1) vm.raise("TypeError", "attrgetter expected 1 argument, got 0");
		const attrs = vm.tuple(Array.from({ length: args.length }, () => vm.incref(vm.None)));
		const label = "attrgetter's names being interned";
		vm.heap.adopt(attrs, label);
		try {
			args.forEach((name, i) => {
				attrs.items[i] = attributePath(vm, name);
				vm.decref(vm.None);
			});
		} catch (e) {
			vm.heap.release(attrs, label);
			throw e;
		}
		vm.heap.observer?.contentChanged(attrs);
		vm.heap.disown(attrs, label);
		const getter = newToolObject(vm, type, ["attr"], [attrs], ATTRGETTER_SIZE);
		getter.typeVisitedLast = true;
		const paths = attrs.items;
		getter.call = (callArgs, callKw) => {
			const obj = soleArgument(vm, "attrgetter", callArgs, callKw);
			if (paths.length === 1) return dottedGetattr(vm, obj, paths[0]!);
			return fillNewTuple(vm, paths.length, (i) => dottedGetattr(vm, obj, paths[i]!));
		};
		getter.describe = () => guardedRepr(getter, "operator.attrgetter", () => `operator.attrgetter(${paths.map((p) => nameRepr(vm, dottedName(p))).join(", ")})`);
		return getter;
	};
}

const NAME = 0;
const METHOD_LABEL = "method being called (methodcaller)";
const ARGS = 1;
const KWDS = 2;

/** methodcaller(name, /, *args, **kwargs): the interned name, a new tuple of the rest, the call's keyword dict itself. */
export function newMethodCallerType(type: PyClass): ModuleTypeConstructor {
	return (vm, args, _kw, argTuple, kwDict) => {
		if (args.length < 1) vm.raise("TypeError", "methodcaller needs at least one argument, the method name");
		const name = args[0]!;
		if (!(name instanceof PyStr)) return vm.raise("TypeError", "method name must be a string");
		const caller = newToolObject(vm, type, ["name", "args", "kwds"], [vm.intern(name.value), null, kwDict ? vm.incref(kwDict) : null], METHODCALLER_SIZE);
		caller.typeVisitedLast = true;
		// PyTuple_GetSlice(args, 1, n): the empty tuple when there is nothing after the name.
		caller.slots[ARGS] = vm.tuple(argTuple.items.slice(1).map((x) => vm.incref(x)));
		vm.heap.observer?.contentChanged(caller);
		caller.callCountsLevel = () => true;
		caller.call = (callArgs, callKw) =>
			withPackedArguments(vm, callArgs, callKw, (packed, packedKw) => {
				if (packedKw && packedKw.entries.size) vm.raise("TypeError", "methodcaller() takes no keyword arguments");
				if (packed.items.length !== 1) vm.raise("TypeError", `methodcaller expected 1 argument, got ${packed.items.length}`);
				const method = getAttr(vm, packed.items[0]!, (caller.slots[NAME] as PyStr).value);
				vm.heap.adopt(method, METHOD_LABEL);
				try {
					return callWithPackedArguments(vm, method, caller.slots[ARGS] as PyTuple, caller.slots[KWDS] as PyDict | null);
				} finally {
					vm.heap.release(method, METHOD_LABEL);
				}
			}, CALL_LABELS);
		caller.describe = () => guardedRepr(caller, "operator.methodcaller", () => describeMethodCaller(vm, caller));
		return caller;
	};
}

const CALL_LABELS = { args: "call arguments (methodcaller's tp_call)", kwargs: "keyword arguments (methodcaller's tp_call)" };

function describeMethodCaller(vm: VM, caller: PyToolObject): string {
	const parts = [repr(vm, caller.slots[NAME]!)];
	for (const a of (caller.slots[ARGS] as PyTuple).items) parts.push(repr(vm, a));
	const kwds = caller.slots[KWDS] as PyDict | null;
	for (const e of kwds?.entries.values() ?? []) parts.push(`${(e.key as PyStr).value}=${repr(vm, e.value)}`);
	return `operator.methodcaller(${parts.join(", ")})`;
}
