// Calling a class (type_call): __new__ then __init__, and __build_class__ for class statements.
import type { PyObject } from "../heap/object";
import { PyClass, PyInstance, PyExceptionObject, c3Mro, T } from "../heap/classes";
import { PyTuple, PyList, PyDict } from "../heap/containers";
import { PyStr } from "../heap/values";
import { PyFunction, PyCell } from "../heap/callables";
import { dictSet } from "./dicts";
import { callObject } from "./calls";
import type { VM } from "./vm";

/** type_call for a user class: the call's arguments are packed in a tuple (and dict), as _PyObject_MakeTpCall does. */
export function instantiate(vm: VM, cls: PyClass, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	if (cls.builtin) return vm.constructBuiltin(cls, args, kwargs);
	const argTuple = vm.tuple(args.map((a) => vm.incref(a)));
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
				result = callObject(vm, init, [obj, ...argTuple.items], kwargs);
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

function newInstance(vm: VM, cls: PyClass, argTuple: PyTuple, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	const userNew = cls.lookup("__new__");
	if (userNew instanceof PyFunction) return callObject(vm, userNew, [cls, ...args], kwargs);
	if (cls.isSubclassOf(T.BaseException)) {
		const exc = vm.heap.register(new PyExceptionObject(cls));
		exc.args = vm.incref(argTuple);
		return exc;
	}
	const builtinBase = cls.mro.find((c) => c.builtin && c !== T.object);
	if (builtinBase && builtinBase !== T.object) {
		vm.raise("TypeError", `pymem does not support subclassing '${builtinBase.name}' yet`);
	}
	return vm.heap.register(new PyInstance(cls));
}

const CLASS_NAMESPACE = "class namespace";

/** __build_class__(func, name, *bases): run the body in a fresh namespace, then make the type. */
export function buildClass(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	const [body, nameObj, ...bases] = args;
	if (!(body instanceof PyFunction) || !(nameObj instanceof PyStr)) return vm.raise("TypeError", "__build_class__: func must be a function");
	if (kwargs?.size) vm.raise("TypeError", "pymem does not support metaclasses or class keywords yet");
	for (const b of bases) if (!(b instanceof PyClass)) vm.raise("TypeError", `bases must be types`);
	const baseClasses = bases.length ? (bases as PyClass[]) : [T.object];
	const namespace = vm.dict();
	vm.heap.adopt(namespace, CLASS_NAMESPACE);
	let cellResult: PyObject;
	try {
		cellResult = vm.runClassBody(body, namespace);
	} catch (e) {
		// builtin___build_class__ releases the namespace when the body raises.
		vm.heap.release(namespace, CLASS_NAMESPACE);
		throw e;
	}
	const cls = new PyClass(nameObj.value, baseClasses, false, nameObj.value, "__main__");
	const duplicate = baseClasses.find((b, i) => baseClasses.indexOf(b) !== i);
	const linearised = duplicate ? null : c3Mro(cls, baseClasses);
	if (!linearised || "unmergedHeads" in linearised) {
		vm.heap.release(namespace, CLASS_NAMESPACE);
		vm.decref(cellResult);
		if (!linearised) return vm.raise("TypeError", `duplicate base class ${duplicate!.name}`);
		// set_mro_error's wording, line break included, naming the classes that could not be placed.
		const names = linearised.unmergedHeads.map((b) => b.name).join(", ");
		return vm.raise("TypeError", `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
	}
	cls.mro = linearised.mro;
	for (const { key, value } of namespace.entries.values()) {
		const name = vm.strValue(key);
		if (name === "__qualname__") cls.qualname = vm.strValue(value);
		else if (name === "__classcell__") continue;
		else if (name === "__slots__") {
			const items = value instanceof PyStr ? [value] : value instanceof PyTuple || value instanceof PyList ? value.items : [];
			cls.slotNames = items.map((i) => vm.strValue(i));
			cls.dict.set(name, vm.incref(value));
		} else cls.dict.set(name, vm.incref(value));
	}
	if (cls.dict.has("__eq__") && !cls.dict.has("__hash__")) cls.dict.set("__hash__", vm.None);
	vm.heap.registerShared(cls, true);
	// Heap types are GC-tracked in CPython; the simulator keeps them immortal, so outside the generation lists.
	cls.tracked = true;
	if (cellResult instanceof PyCell) cellResult.ref = cls;
	vm.decref(cellResult);
	vm.heap.release(namespace, CLASS_NAMESPACE);
	return cls;
}

export { PyInstance };
