// collections.defaultdict: a dict whose __missing__ calls default_factory and stores what it returns
// (defdict_missing, defdict_init, defdict_repr, defdict_copy of Modules/_collectionsmodule.c, 3.11).
import type { PyObject } from "../heap/object";
import { T } from "../heap/classes";
import type { NativeImpl } from "../heap/callables";
import { PyDefaultDict } from "../heap/collections";
import type { PyDict } from "../heap/containers";
import { dictSet } from "../vm/dicts";
import { withBoundBuiltin } from "../vm/dunder-calls";
import { dictUpdate } from "../vm/mutations";
import { noteReprEnter, repr } from "../vm/repr";
import { isCallable } from "./functions";
import { defineMethods } from "./types";
import type { VM } from "../vm/vm";

/** defdict_init: the factory (callable or None), then dict_init with the other arguments. */
export function newDefaultDict(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyDefaultDict {
	const factory = args[0];
	// dict_new, then defdict_init.
	const dd = vm.heap.register(new PyDefaultDict());
	return vm.heap.build(dd, "defaultdict being built", () => {
		if (factory && factory !== vm.None && !isCallable(factory)) vm.raise("TypeError", "first argument must be callable or None");
		// PySequence_GetSlice(args, 1, n): the empty tuple, or a new one dict_init reads.
		const rest = args.slice(1);
		const restTuple = rest.length ? vm.tuple(rest.map((a) => vm.incref(a))) : null;
		if (restTuple) vm.heap.adopt(restTuple, REST_ARGS);
		try {
			if (factory) {
				dd.defaultFactory = vm.incref(factory);
				vm.heap.observer?.contentChanged(dd);
			}
			if (rest.length > 1) vm.raise("TypeError", `dict expected at most 1 argument, got ${rest.length}`);
			if (rest[0]) dictUpdate(vm, dd, rest[0], false);
			for (const [k, v] of kw ?? []) dictSet(vm, dd, vm.intern(k), v);
		} finally {
			if (restTuple) vm.heap.release(restTuple, REST_ARGS);
		}
	});
}

const REST_ARGS = "arguments after the factory (defdict_init)";
const STORED = "default value being stored (defdict_missing)";
const MISSING = "__missing__ being called (dict_subscript)";

/** defdict_missing: KeyError without a factory, else `self[key] = value = self.default_factory()`. */
function missing(vm: VM, dd: PyDefaultDict, key: PyObject): PyObject {
	const factory = dd.defaultFactory;
	if (!factory || factory === vm.None) throw vm.keyError(key);
	const value = vm.callObject(factory, []);
	vm.heap.adopt(value, STORED);
	try {
		dictSet(vm, dd, key, value);
	} catch (e) {
		vm.heap.release(value, STORED);
		throw e;
	}
	vm.heap.disown(value, STORED);
	return value;
}

const missingMethod: NativeImpl = (vm, args, _kw, self) => missing(vm, self as PyDefaultDict, args[0]!);

/**
 * dict_subscript of a defaultdict whose key is absent: _PyObject_LookupSpecial binds __missing__ (a builtin
 * method holding the defaultdict, freed after the call), which defdict_missing runs.
 */
export function defaultDictSubscriptMissing(vm: VM, dd: PyDefaultDict, key: PyObject): PyObject {
	return withBoundBuiltin(vm, dd, "__missing__", T.defaultdict, missingMethod, MISSING, () => missing(vm, dd, key));
}

/** defdict_repr: `defaultdict(<factory repr>, {...})`; `...` for a factory already being repr'd. */
export function defaultDictRepr(vm: VM, dd: PyDefaultDict, dictRepr: string, inProgress: Set<PyObject>): string {
	const factory = dd.defaultFactory;
	let factoryRepr = "None";
	if (factory) noteReprEnter(vm);
	if (factory && inProgress.has(factory)) factoryRepr = "...";
	else if (factory) {
		inProgress.add(factory);
		try {
			factoryRepr = repr(vm, factory);
		} finally {
			inProgress.delete(factory);
		}
	}
	return `${dd.cls.name}(${factoryRepr}, ${dictRepr})`;
}

/** defdict_copy: `type(dd)(dd.default_factory, dd)`. */
export function copyDefaultDict(vm: VM, dd: PyDefaultDict): PyObject {
	return vm.callObject(dd.cls, [dd.defaultFactory ?? vm.None, dd]);
}

/**
 * defdict_or, which either side's defaultdict answers (a subclass of dict on the right goes first): a new
 * `type(dd)(dd.default_factory, left)` updated with right, so `{...} | dd` is a defaultdict too.
 */
export function defaultDictOr(vm: VM, left: PyDict, right: PyDict): PyObject {
	const dd = (left instanceof PyDefaultDict ? left : right) as PyDefaultDict;
	const result = vm.callObject(dd.cls, [dd.defaultFactory ?? vm.None, left]);
	try {
		dictUpdate(vm, result as PyDict, right, false);
	} catch (e) {
		vm.decref(result);
		throw e;
	}
	return result;
}

export function installDefaultDictMethods(): void {
	defineMethods(T.defaultdict, {
		__missing__: missingMethod,
		copy: (vm, _args, _kw, self) => copyDefaultDict(vm, self as PyDefaultDict),
		__copy__: (vm, _args, _kw, self) => copyDefaultDict(vm, self as PyDefaultDict),
	});
}
