// Calling a class (type_call): __new__ then __init__.
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyInstance, PyExceptionObject } from "../heap/instances";
import { PyTuple, PyDict } from "../heap/containers";
import { PyFunction } from "../heap/callables";
import { dictSet } from "./dicts";
import { instanceLayout } from "../heap/shared-keys";
import { callObject } from "./calls";
import type { VM } from "./vm";

/** type_call for a user class: the call's arguments are packed in a tuple (and dict), as _PyObject_MakeTpCall does. */
export function instantiate(vm: VM, cls: PyClass, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	if (cls.builtin) return vm.constructBuiltin(cls, args, kwargs);
	for (let i = 0; i < args.length; i++) vm.incref(args[i]!);
	const argTuple = vm.tuple(args.slice());
	let kwDict: PyDict | null = null;
	if (kwargs) {
		kwDict = vm.dict();
		for (const [k, v] of kwargs) dictSet(vm, kwDict, vm.intern(k), v);
		vm.heap.internal.set(kwDict, ["keyword arguments (type call)"]);
	}
	vm.heap.internal.set(argTuple, ["call arguments (type call)"]);
	try {
		const obj = newInstance(vm, cls, argTuple, args, kwargs);
		if (!obj.cls.isSubclassOf(cls)) return obj;
		const init = cls.lookup("__init__");
		if (init instanceof PyFunction) {
			let result: PyObject;
			vm.heap.internal.set(obj, ["new object (type call)"]);
			try {
				result = callObject(vm, init, withSelf(obj, argTuple.items), kwargs);
			} catch (e) {
				vm.heap.internal.delete(obj);
				vm.decref(obj);
				throw e;
			}
			vm.heap.internal.delete(obj);
			vm.decref(result);
			if (result !== vm.None) {
				vm.decref(obj);
				vm.raise("TypeError", `__init__() should return None, not '${result.typeName}'`);
			}
		} else if (!(obj instanceof PyExceptionObject) && !(cls.lookup("__new__") instanceof PyFunction) && (args.length || kwargs?.size)) {
			vm.decref(obj);
			vm.raise("TypeError", `${cls.name}() takes no arguments`);
		}
		return obj;
	} finally {
		vm.heap.internal.delete(argTuple);
		vm.decref(argTuple);
		if (kwDict) {
			vm.heap.internal.delete(kwDict);
			vm.decref(kwDict);
		}
	}
}

/** `[first, ...rest]` without the iterator protocol a spread goes through. */
function withSelf(first: PyObject, rest: readonly PyObject[]): PyObject[] {
	const args = [first];
	for (let i = 0; i < rest.length; i++) args.push(rest[i]!);
	return args;
}

function newInstance(vm: VM, cls: PyClass, argTuple: PyTuple, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	const userNew = cls.lookup("__new__");
	if (userNew instanceof PyFunction) return callObject(vm, userNew, withSelf(cls, args), kwargs);
	if (cls.isSubclassOf(T.BaseException)) {
		// Its reference to its class counts before it is allocated (see Heap.collectWhileAllocating).
		vm.incref(cls);
		const exc = vm.heap.register(new PyExceptionObject(cls));
		exc.args = vm.incref(argTuple);
		return exc;
	}
	const builtinBase = firstBuiltinBase(cls);
	if (builtinBase) {
		vm.raise("TypeError", `pymem does not support subclassing '${builtinBase.name}' yet`);
	}
	return allocateInstance(vm, cls);
}

/** The first builtin class other than object in `cls`'s MRO (a loop: every instantiation asks). */
function firstBuiltinBase(cls: PyClass): PyClass | undefined {
	const mro = cls.mro;
	for (let i = 0; i < mro.length; i++) if (mro[i]!.builtin && mro[i] !== T.object) return mro[i];
	return undefined;
}

/** object.__new__(cls) for a user class: a new instance and nothing more (no __init__). */
export function allocateInstance(vm: VM, cls: PyClass): PyInstance {
	// init_inline_values: each instance shrinks the values array its class's shared keys give out.
	instanceLayout(cls).sharedKeys?.reserveForInstance();
	// PyType_GenericAlloc: an instance of a heap type holds a reference to it (counted before the allocation,
	// as Heap.collectWhileAllocating expects).
	vm.incref(cls);
	return vm.heap.register(new PyInstance(cls));
}

export { PyInstance };
