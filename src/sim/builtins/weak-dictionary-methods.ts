// The methods Lib/weakref.py defines on WeakValueDictionary and WeakKeyDictionary (and the clear() they inherit
// from MutableMapping), each bound as Python binds a def's arguments.
import type { PyObject } from "../heap/object";
import type { HashKey, DictEntry } from "../heap/containers";
import type { PyWeakref } from "../heap/weakrefs";
import type { PyWeakDictionary } from "../heap/weak-dictionaries";
import { dictDelHashed } from "../vm/dicts";
import { raisedMatches, clearRaised } from "../vm/protocol";
import { dataOf, entryValue, findEntry, getOrDefault, newWeakDictionary, update, weakDictIterator, weakDictSetItem } from "./weak-dictionaries";
import { defArguments, defMethod } from "./def-arguments";
import { defineMethods } from "./types";
import type { NativeImpl } from "../heap/callables";
import { T } from "../heap/classes";
import type { VM } from "../vm/vm";

function receiver(self: PyObject | null): PyWeakDictionary {
	return self as PyWeakDictionary;
}

/**
 * popitem(): `self.data.popitem()` until an entry whose weak side is alive comes out; that entry's key and
 * value (the referent in place of its weak reference) are the result.
 */
function popItem(vm: VM, owner: PyWeakDictionary): PyObject {
	if (owner.weakKeys) {
		owner.dirtyLen = vm.True;
		vm.heap.observer?.contentChanged(owner);
	}
	const data = dataOf(owner);
	for (;;) {
		let last: [HashKey, DictEntry] | undefined;
		for (const pair of data.entries) last = pair;
		if (!last) return vm.raise("KeyError", "popitem(): dictionary is empty");
		const { key, value } = last[1];
		vm.incref(key);
		vm.incref(value);
		dictDelHashed(vm, data, last[0]);
		const live = ((owner.weakKeys ? key : value) as PyWeakref).referent;
		const result = live ? vm.tuple(owner.weakKeys ? [vm.incref(live), vm.incref(value)] : [vm.incref(key), vm.incref(live)]) : null;
		vm.decref(key);
		vm.decref(value);
		if (result) return result;
	}
}

/** MutableMapping.clear: `self.popitem()` until its KeyError. */
function clear(vm: VM, owner: PyWeakDictionary): void {
	for (;;) {
		try {
			vm.decref(popItem(vm, owner));
		} catch (e) {
			if (!raisedMatches(vm, e, "KeyError")) throw e;
			clearRaised(vm, e);
			return;
		}
	}
}

/** pop(self, key, *args). */
function pop(className: string): NativeImpl {
	return (vm, args, kw, self) => {
		for (const keyword of kw?.keys() ?? []) vm.raise("TypeError", `${className}.pop() got an unexpected keyword argument '${keyword}'`);
		if (args.length === 0) vm.raise("TypeError", `${className}.pop() missing 1 required positional argument: 'key'`);
		const owner = receiver(self);
		// WeakKeyDictionary's `self.data.pop(ref(key), *args)` counts them once the key's reference is made;
		// WeakValueDictionary's reads only the first.
		if (owner.weakKeys && args.length > 2) {
			findEntry(vm, owner, args[0]!);
			vm.raise("TypeError", `pop expected at most 2 arguments, got ${args.length}`);
		}
		return getOrDefault(vm, owner, args[0]!, args[1], true);
	};
}

/** update(self, other=None, /, **kwargs). */
function updateMethod(className: string): NativeImpl {
	return (vm, args, kw, self) => {
		defArguments(vm, `${className}.update`, [self!, ...args], null, ["self", "other"], 1);
		update(vm, receiver(self), args[0], kw);
		return vm.None;
	};
}

/** `refs` names the method that lists the data dict's weak references, dead or alive (valuerefs, keyrefs). */
function weakDictionaryMethods(className: string, refs: string): Record<string, NativeImpl> {
	const def = (name: string, params: readonly string[], required: number, impl: (vm: VM, args: (PyObject | undefined)[], owner: PyWeakDictionary) => PyObject) =>
		defMethod(`${className}.${name}`, params, required, (vm, args, self) => impl(vm, args, receiver(self)));
	return {
		get: def("get", ["key", "default"], 1, (vm, [key, fallback], owner) => getOrDefault(vm, owner, key!, fallback ?? vm.None, false)),
		pop: pop(className),
		setdefault: def("setdefault", ["key", "default"], 1, (vm, [key, fallback], owner) => {
			const entry = findEntry(vm, owner, key!);
			if (entry) return vm.incref(entryValue(owner, entry));
			const value = fallback ?? vm.None;
			weakDictSetItem(vm, owner, key!, value);
			return vm.incref(value);
		}),
		update: updateMethod(className),
		copy: def("copy", [], 0, (vm, _args, owner) => {
			const copy = newWeakDictionary(vm, owner.weakKeys, [], null);
			update(vm, copy, owner, null);
			return copy;
		}),
		popitem: def("popitem", [], 0, (vm, _args, owner) => popItem(vm, owner)),
		keys: def("keys", [], 0, (vm, _args, owner) => weakDictIterator(vm, owner, "keys")),
		values: def("values", [], 0, (vm, _args, owner) => weakDictIterator(vm, owner, "values")),
		items: def("items", [], 0, (vm, _args, owner) => weakDictIterator(vm, owner, "items")),
		clear: defMethod("MutableMapping.clear", [], 0, (vm, _args, self) => {
			clear(vm, receiver(self));
			return vm.incref(vm.None);
		}),
		[refs]: def(refs, [], 0, (vm, _args, owner) => vm.list([...dataOf(owner).entries.values()].map((e) => vm.incref(owner.weakKeys ? e.key : e.value)))),
	};
}

export function installWeakDictionaryMethods(): void {
	defineMethods(T.WeakValueDictionary, weakDictionaryMethods("WeakValueDictionary", "valuerefs"));
	defineMethods(T.WeakKeyDictionary, weakDictionaryMethods("WeakKeyDictionary", "keyrefs"));
}
