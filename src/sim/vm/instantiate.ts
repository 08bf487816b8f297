// Calling a class (type_call): tp_new, then tp_init when the result is an instance of the class.
import type { PyObject } from "../heap/object";
import { T, type PyClass } from "../heap/classes";
import { PyInstance, PyExceptionObject } from "../heap/instances";
import { PyTuple, PyDict, type PyList } from "../heap/containers";
import { PyFunction, PyBuiltinFunction } from "../heap/callables";
import { initException } from "./exception-init";
import { isCallerPacked } from "./caller-packed";
import { getAttr } from "./attributes";
import { callWithKeywordDict } from "./keyword-calls";
import { setInit } from "../builtins/scalar-subclasses";
import type { PySet } from "../heap/containers";
import { tpNewOf, OBJECT_NEW, objectNew, exceptionNew, EXCEPTION_NEW, GROUP_NEW, firstBuiltinBase, allocateInstance } from "../builtins/new-methods";
import { groupNew } from "../builtins/exception-groups";
import { dictInit, listInit, newSubclassInstance, subclassableBase } from "../builtins/builtin-subclasses";
import { weakrefInit } from "../builtins/weakref-module";
import type { VM } from "./vm";
import { typeFromArguments } from "./build-class";
import { typeInit } from "./metaclasses";

import { withPackedArguments, TYPE_CALL } from "./packed-arguments";
export { withPackedArguments, TYPE_CALL, type PackedLabels } from "./packed-arguments";
export const NEW_OBJECT = "new object (type call)";
const NEW_FUNCTION = "__new__ being called (slot_tp_new)";
export const INIT_FUNCTION = "__init__ being called (slot_tp_init)";

/** type_call for a user class: tp_new, then tp_init with the same packed arguments. */
export function instantiate(vm: VM, cls: PyClass, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	if (cls.builtin) return vm.constructBuiltin(cls, args, kwargs);
	const init = cls.cachedPlainInit(plainInit);
	if (init && kwargs === null && !isCallerPacked(args)) return instantiatePlain(vm, cls, init as PyFunction, args);
	return withPackedArguments(vm, args, kwargs, (argTuple, kwDict) => {
		const obj = tpNew(vm, cls, argTuple, kwargs, kwDict);
		// type_call: a `__new__` that returned anything but an instance of the class skips __init__.
		if (obj.cls.isSubclassOf(cls)) tpInit(vm, obj, argTuple, kwargs, kwDict);
		return obj;
	});
}

/**
 * The `__init__` of a class whose instances object_new makes and a Python `__init__` fills, or null: then
 * type_call is allocation and slot_tp_init, with none of object_new's argument checks able to fail.
 */
export function plainInit(cls: PyClass): PyFunction | null {
	if (tpNewOf(cls) !== OBJECT_NEW || firstBuiltinBase(cls)) return null;
	const init = cls.lookup("__init__");
	return init instanceof PyFunction ? init : null;
}

/** instantiate() of a class plainInit knows, called with positional arguments only (most instantiations). */
function instantiatePlain(vm: VM, cls: PyClass, init: PyFunction, args: PyObject[]): PyObject {
	for (let i = 0; i < args.length; i++) vm.incref(args[i]!);
	const argTuple = vm.tuple(args.slice());
	vm.heap.adopt(argTuple, TYPE_CALL.args);
	try {
		const obj = allocateInstance(vm, cls);
		slotTpInit(vm, init, obj, argTuple, null, null);
		return obj;
	} finally {
		vm.heap.release(argTuple, TYPE_CALL.args);
	}
}

function tpNew(vm: VM, cls: PyClass, argTuple: PyTuple, kwargs: Map<string, PyObject> | null, kwDict: PyDict | null): PyObject {
	const tpNew = tpNewOf(cls);
	if (tpNew === OBJECT_NEW) return objectNew(vm, cls, argTuple.items.length, kwargs);
	if (tpNew === EXCEPTION_NEW) return exceptionNew(vm, cls, argTuple);
	if (tpNew === GROUP_NEW) return groupNew(vm, cls, argTuple);
	if (tpNew === null) return slotTpNew(vm, cls, argTuple, kwargs, kwDict);
	// A metaclass without a __new__ of its own: type_new makes the class.
	if (tpNew === TYPE_NEW) {
		const given = argTuple.items.length;
		if (given !== 3) vm.raise("TypeError", `type.__new__() takes exactly 3 arguments (${given} given)`);
		return typeFromArguments(vm, cls, argTuple, kwargs, kwDict);
	}
	const builtinBase = cls.mro.find((c) => c.builtin && c.lookup("__new__") === cls.lookup("__new__"));
	if (builtinBase && subclassableBase(builtinBase)) return newSubclassInstance(vm, cls, builtinBase, argTuple.items, kwargs);
	return vm.raise("TypeError", `pymem does not support subclassing '${builtinBase?.name ?? tpNew}' yet`);
}

/** slot_tp_new: `cls.__new__` (a staticmethod's function) called with the class first. */
export function slotTpNew(vm: VM, cls: PyClass, argTuple: PyTuple, kwargs: ReadonlyMap<string, PyObject> | null, kwDict: PyDict | null): PyObject {
	const func = getAttr(vm, cls, "__new__");
	vm.heap.adopt(func, NEW_FUNCTION);
	try {
		return callWithKeywordDict(vm, func, withSelf(cls, argTuple.items), kwargs as Map<string, PyObject> | null, kwDict);
	} finally {
		vm.heap.release(func, NEW_FUNCTION);
	}
}

const TYPE_NEW = "type_new";

/** Py_TYPE(obj)->tp_init: the new object's own class's `__init__` (a subclass's, if `__new__` made one). */
export function tpInit(vm: VM, obj: PyObject, argTuple: PyTuple, kwargs: Map<string, PyObject> | null, kwDict: PyDict | null): void {
	const init = obj.cls.lookup("__init__");
	if (init instanceof PyFunction) return slotTpInit(vm, init, obj, argTuple, kwargs, kwDict);
	if (init === T.list.dict.get("__init__")) return builtinInit(vm, obj, () => listInit(vm, obj as PyList, argTuple.items, kwargs));
	if (init === T.dict.dict.get("__init__")) return builtinInit(vm, obj, () => dictInit(vm, obj as PyDict, argTuple.items, kwDict));
	if (init === T.set.dict.get("__init__")) return builtinInit(vm, obj, () => setInit(vm, obj as PySet, argTuple.items, kwargs));
	if (init === T.type.dict.get("__init__")) return builtinInit(vm, obj, () => typeInit(vm, argTuple.items.length, kwargs));
	if (init === T.weakref.dict.get("__init__")) return builtinInit(vm, obj, () => weakrefInit(vm, argTuple.items, kwargs));
	if (obj instanceof PyExceptionObject && init instanceof PyBuiltinFunction && init.owner?.isSubclassOf(T.BaseException)) {
		try {
			return initException(vm, obj, init.owner, argTuple, kwargs);
		} catch (e) {
			vm.decref(obj);
			throw e;
		}
	}
	// object_init: its excess-argument error was object_new's already (the class overrides neither).
}

/** A builtin tp_init (list's, dict's) on the new object, which type_call releases if it fails. */
function builtinInit(vm: VM, obj: PyObject, init: () => void): void {
	vm.heap.adopt(obj, NEW_OBJECT);
	try {
		init();
	} catch (e) {
		vm.heap.release(obj, NEW_OBJECT);
		throw e;
	}
	vm.heap.disown(obj, NEW_OBJECT);
}

/** slot_tp_init: the `__init__` found on the class (a reference of its own), called with obj first; it must return None. */
function slotTpInit(vm: VM, init: PyFunction, obj: PyObject, argTuple: PyTuple, kwargs: Map<string, PyObject> | null, kwDict: PyDict | null): void {
	vm.heap.adopt(obj, NEW_OBJECT);
	vm.heap.hold(init, INIT_FUNCTION);
	let result: PyObject;
	try {
		result = callWithKeywordDict(vm, init, withSelf(obj, argTuple.items), kwargs, kwDict);
	} catch (e) {
		vm.heap.release(init, INIT_FUNCTION);
		vm.heap.release(obj, NEW_OBJECT);
		throw e;
	}
	vm.heap.release(init, INIT_FUNCTION);
	vm.heap.disown(obj, NEW_OBJECT);
	releaseInitResult(vm, obj, result);
}

/** slot_tp_init's check of what __init__ returned (released here); the new object is released with its error. */
export function releaseInitResult(vm: VM, obj: PyObject, result: PyObject): void {
	if (result !== vm.None) {
		vm.decref(result);
		vm.decref(obj);
		vm.raise("TypeError", `__init__() should return None, not '${result.typeName}'`);
	}
	vm.decref(result);
}

/** `[first, ...rest]` without the iterator protocol a spread goes through. */
function withSelf(first: PyObject, rest: readonly PyObject[]): PyObject[] {
	const args = [first];
	for (let i = 0; i < rest.length; i++) args.push(rest[i]!);
	return args;
}

export { PyInstance };
