// The pattern-matching opcodes of CPython 3.11's ceval.c: MATCH_MAPPING, MATCH_SEQUENCE, GET_LEN, MATCH_KEYS
// (match_keys) and MATCH_CLASS (match_class, match_class_attr), with their temporaries made and released in
// CPython's order: the `seen` set, the `object()` sentinel and the values tuple of MATCH_KEYS; the `seen` set and the
// list of attributes (turned into a tuple) of MATCH_CLASS. While Python code runs in the middle (a `get` or
// `__getattr__` of the program's own, an `__eq__` of a key), those temporaries show as the interpreter's holders.
import { Op } from "../compile/code";
import { PyClass, T } from "../heap/classes";
import type { PyObject } from "../heap/object";
import { PyBareObject } from "../heap/instances";
import { PyTuple as Tuple, type PyTuple } from "../heap/containers";
import { PyStr } from "../heap/values";
import { arrayClasses } from "../heap/array";
import { tpName } from "../builtins/module-type-constructors";
import type { Frame } from "./frame";
import { getAttr, methodForCall } from "./attributes";
import { setAdd, setContains } from "./dicts";
import { withoutException } from "./protocol";
import { repr } from "./repr";
import type { VM } from "./vm";
import { objectIsInstance } from "./metaclasses";

export function execMatchOp(vm: VM, f: Frame, op: Op, arg: number): boolean {
	const stack = f.stack;
	switch (op) {
		case Op.MATCH_MAPPING:
			stack.push(vm.bool(isMapping(stack[stack.length - 1]!.cls)));
			return true;
		case Op.MATCH_SEQUENCE:
			stack.push(vm.bool(isSequence(stack[stack.length - 1]!.cls)));
			return true;
		case Op.GET_LEN:
			stack.push(vm.int(vm.len(stack[stack.length - 1]!)));
			return true;
		case Op.MATCH_KEYS:
			stack.push(matchKeys(vm, stack[stack.length - 2]!, stack[stack.length - 1]! as PyTuple));
			return true;
		case Op.MATCH_CLASS:
			matchClassOp(vm, f, arg);
			return true;
	}
	return false;
}

/** Py_TPFLAGS_MAPPING: dict and its subclasses, and the weak dictionaries (collections.abc.MutableMapping). */
function isMapping(cls: PyClass): boolean {
	if (cls.collectionFlag !== undefined) return cls.collectionFlag === "mapping";
	return cls.isSubclassOf(T.dict) || cls.isSubclassOf(T.WeakValueDictionary) || cls.isSubclassOf(T.WeakKeyDictionary);
}

/**
 * Py_TPFLAGS_SEQUENCE: list, tuple, range, memoryview (memoryobject.c sets it), deque, array.array (the array
 * module registers it with MutableSequence, whose __abc_tpflags__ set the flag) and their subclasses (never str,
 * bytes or bytearray).
 */
function isSequence(cls: PyClass): boolean {
	if (cls.collectionFlag !== undefined) return cls.collectionFlag === "sequence";
	if (cls === T.memoryview || cls === arrayClasses.array) return true;
	return cls.isSubclassOf(T.list) || cls.isSubclassOf(T.tuple) || cls.isSubclassOf(T.range) || cls.isSubclassOf(T.deque);
}

/** _Py_TPFLAGS_MATCH_SELF: `int(x)` matches the subject itself (inherited by subclasses). */
const MATCH_SELF = ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"] as const;

function matchesSelf(cls: PyClass): boolean {
	return MATCH_SELF.some((name) => cls.isSubclassOf(T[name]));
}


const KEYS_GET = "get method of the mapping being matched";
const KEYS_SEEN = "keys seen by the mapping pattern";
const KEYS_DUMMY = "default marking a missing key";
const KEYS_VALUES = "values of the mapping pattern";

/** match_keys: a tuple of the values for `keys` (through the subject's `get`), or None when one is missing. */
function matchKeys(vm: VM, map: PyObject, keys: PyTuple): PyObject {
	const nkeys = keys.items.length;
	if (nkeys === 0) return vm.tuple([]);
	const { callable: get, withSelf } = methodForCall(vm, map, "get");
	vm.heap.adopt(get, KEYS_GET);
	const seen = vm.set();
	vm.heap.adopt(seen, KEYS_SEEN);
	let dummy: PyObject | null = null;
	let values: Tuple | null = null;
	try {
		dummy = vm.heap.register(new PyBareObject(T.object));
		vm.heap.adopt(dummy, KEYS_DUMMY);
		// PyTuple_New(nkeys): filled slot by slot; a missing key frees it with the values found so far. The slots
		// not filled yet hold None, which no count sees (CPython's are NULL).
		values = vm.heap.register(new Tuple(keys.items.map(() => vm.None)), true);
		vm.heap.adopt(values, KEYS_VALUES);
		for (const [i, key] of keys.items.entries()) {
			if (setContains(vm, seen, key)) vm.raise("ValueError", `mapping pattern checks duplicate key (${repr(vm, key)})`);
			setAdd(vm, seen, key);
			const value = vm.callObject(get, withSelf ? [map, key, dummy] : [key, dummy]);
			if (value === dummy) {
				vm.decref(value);
				vm.heap.release(values, KEYS_VALUES);
				values = null;
				return vm.incref(vm.None);
			}
			values.items[i] = value;
			vm.heap.observer?.contentChanged(values);
		}
		vm.heap.disown(values, KEYS_VALUES);
		const result = values;
		values = null;
		return result;
	} finally {
		if (values) vm.heap.release(values, KEYS_VALUES);
		vm.heap.release(get, KEYS_GET);
		vm.heap.release(seen, KEYS_SEEN);
		if (dummy) vm.heap.release(dummy, KEYS_DUMMY);
	}
}

const CLASS_NAMES = "attribute names of the class pattern";
const CLASS_TYPE = "class of the class pattern";

/** MATCH_CLASS: [subject, cls, names] -> [attributes or None]; cls and names are released before the result lands. */
function matchClassOp(vm: VM, f: Frame, nargs: number): void {
	const stack = f.stack;
	const names = stack.pop()! as PyTuple;
	const type = stack.pop()!;
	vm.heap.adopt(names, CLASS_NAMES);
	vm.heap.adopt(type, CLASS_TYPE);
	const subject = stack[stack.length - 1]!;
	let attrs: PyObject | null;
	try {
		attrs = matchClass(vm, subject, type, nargs, names);
	} finally {
		vm.heap.release(names, CLASS_NAMES);
		vm.heap.release(type, CLASS_TYPE);
	}
	stack[stack.length - 1] = attrs ?? vm.incref(vm.None);
	vm.decref(subject);
}

const CLASS_SEEN = "attribute names seen by the class pattern";
const CLASS_ATTRS = "attributes of the class pattern";
const MATCH_ARGS = "__match_args__ being read";

/** match_class: the tuple of attributes, or null when the subject does not match (errors raise). */
function matchClass(vm: VM, subject: PyObject, type: PyObject, nargs: number, kwargs: PyTuple): PyObject | null {
	if (!(type instanceof PyClass)) vm.raise("TypeError", "called match pattern must be a type");
	if (!objectIsInstance(vm, subject, type)) return null;
	const seen = vm.set();
	vm.heap.adopt(seen, CLASS_SEEN);
	const attrs = vm.list([]);
	vm.heap.adopt(attrs, CLASS_ATTRS);
	let matchArgs: PyObject | null = null;
	let result: PyObject | null = null;
	try {
		if (nargs) {
			let matchSelf = false;
			matchArgs = attributeOrNull(vm, type, "__match_args__");
			if (matchArgs) {
				vm.heap.adopt(matchArgs, MATCH_ARGS);
				if (!(matchArgs instanceof Tuple) || matchArgs.cls !== T.tuple) {
					vm.raise("TypeError", `${tpName(type)}.__match_args__ must be a tuple (got ${tpName(matchArgs.cls)})`);
				}
			} else matchSelf = matchesSelf(type);
			const allowed = matchSelf ? 1 : matchArgs ? matchArgs.items.length : 0;
			if (allowed < nargs) {
				vm.raise("TypeError", `${tpName(type)}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${nargs} given)`);
			}
			if (matchSelf) vm.listAppend(attrs, subject);
			else {
				for (const name of (matchArgs as PyTuple).items.slice(0, nargs)) {
					if (!(name instanceof PyStr) || name.cls !== T.str) vm.raise("TypeError", `__match_args__ elements must be strings (got ${tpName(name.cls)})`);
					const attr = matchClassAttr(vm, subject, type, name, seen);
					if (!attr) return null;
					vm.listAppend(attrs, attr);
					vm.decref(attr);
				}
			}
			if (matchArgs) vm.heap.release(matchArgs, MATCH_ARGS);
			matchArgs = null;
		}
		for (const name of kwargs.items) {
			const attr = matchClassAttr(vm, subject, type, name as PyStr, seen);
			if (!attr) return null;
			vm.listAppend(attrs, attr);
			vm.decref(attr);
		}
		// PyList_AsTuple: a new tuple of the same items (no items: the empty tuple); then the list goes, then `seen`.
		result = vm.tuple(attrs.items.map((item) => vm.incref(item)));
		vm.heap.release(attrs, CLASS_ATTRS);
		vm.heap.release(seen, CLASS_SEEN);
		return result;
	} finally {
		if (!result) {
			if (matchArgs) vm.heap.release(matchArgs, MATCH_ARGS);
			vm.heap.release(seen, CLASS_SEEN);
			vm.heap.release(attrs, CLASS_ATTRS);
		}
	}
}

/** match_class_attr: the attribute, or null when it is missing (an AttributeError is swallowed). */
function matchClassAttr(vm: VM, subject: PyObject, type: PyClass, name: PyStr, seen: PyObject): PyObject | null {
	const set = seen as Parameters<typeof setAdd>[1];
	if (setContains(vm, set, name)) vm.raise("TypeError", `${tpName(type)}() got multiple sub-patterns for attribute ${repr(vm, name)}`);
	setAdd(vm, set, name);
	return attributeOrNull(vm, subject, name.value);
}

/** PyObject_GetAttr with an AttributeError read as absent (the exception is made and dropped, as in CPython). */
function attributeOrNull(vm: VM, owner: PyObject, name: string): PyObject | null {
	return withoutException(vm, "AttributeError", () => getAttr(vm, owner, name)) ?? null;
}
