// The tp_new of builtin types whose `X.__new__` makes an object without running their __init__:
// PyType_GenericNew for property, staticmethod, classmethod and super (an empty object), the singletons'
// own (none_new...), and type_new. The types CPython gives a `__new__` that pymem does not model refuse clearly.
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import type { PyDict, PyTuple } from "../heap/containers";
import { PyDescriptor, PySuper } from "../heap/callables";
import type { VM } from "../vm/vm";
import { typeFromArguments } from "../vm/build-class";

type PlainNew = (vm: VM, subtype: PyClass, argTuple: PyTuple, kwargs: ReadonlyMap<string, PyObject> | null, kwDict?: PyDict | null) => PyObject;

/** The singletons' tp_new: their one object, and no arguments. */
function singletonNew(typeName: string, value: (vm: VM) => PyObject): PlainNew {
	return (vm, _subtype, argTuple, kwargs) => {
		if (argTuple.items.length || kwargs?.size) vm.raise("TypeError", `${typeName} takes no arguments`);
		return vm.incref(value(vm));
	};
}

/** PyType_GenericNew ignores its arguments: the fields stay empty until __init__ (which `X.__new__` does not call). */
export const PLAIN_NEW: Readonly<Record<string, PlainNew>> = {
	property: (vm) => vm.heap.register(new PyDescriptor("property", [null, null, null])),
	staticmethod: (vm) => vm.heap.register(new PyDescriptor("staticmethod", [null])),
	classmethod: (vm) => vm.heap.register(new PyDescriptor("classmethod", [null])),
	super: (vm) => vm.heap.register(new PySuper(null, null, null)),
	NoneType: singletonNew("NoneType", (vm) => vm.None),
	NotImplementedType: singletonNew("NotImplementedType", (vm) => vm.NotImplemented),
	ellipsis: singletonNew("EllipsisType", (vm) => vm.Ellipsis),
	// type_new parses exactly (name, bases, dict).
	type: (vm, subtype, argTuple, kwargs, kwDict) => {
		const given = argTuple.items.length;
		if (given !== 3) vm.raise("TypeError", `type.__new__() takes exactly 3 arguments (${given} given)`);
		return typeFromArguments(vm, subtype, argTuple, kwargs, kwDict ?? null);
	},
};

/** Builtin types with a `__new__` of their own in CPython that pymem does not model. */
export const UNSUPPORTED_NEW = ["function", "method", "cell", "code", "module", "traceback"] as const;

export function unsupportedNew(type: PyClass): PlainNew {
	return (vm) => vm.raise("TypeError", `pymem does not support ${type.name}.__new__() yet`);
}
