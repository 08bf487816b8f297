// type_new_set_names: after a class is made, each value in (a copy of) its dict whose type defines
// __set_name__ gets it called with the class and the name, in dict order. The lookup binds the method
// (_PyObject_LookupSpecial makes a bound method that lives for the call); an error becomes a RuntimeError
// whose cause and context are the original one (_PyErr_FormatFromCause).
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import type { PyDict } from "../heap/containers";
import { PyInstance } from "../heap/instances";
import { PyDescriptor, type NativeImpl } from "../heap/callables";
import { pythonSlot } from "../heap/subclass-instances";
import { EXCEPTION_BEING_RAISED, PyRaise } from "./errors";
import { repr } from "./repr";
import type { VM } from "./vm";
import { callSpecialMethod, withBoundBuiltin } from "./dunder-calls";
import { T } from "../heap/classes";
import { VARARGS_CALL, withPackedArguments } from "./packed-arguments";

const BOUND_SET_NAME = "__set_name__ being called (type_new)";

/** Call __set_name__ for the values of `names`, the copy of the new class's dict. */
export function callSetNames(vm: VM, cls: PyClass, names: PyDict): void {
	for (const { key, value } of [...names.entries.values()]) {
		if (value instanceof PyDescriptor && value.kind === "property") {
			setPropertyName(vm, value, cls, key);
			continue;
		}
		if (!(value instanceof PyInstance)) continue;
		const setName = pythonSlot(value.cls, "__set_name__");
		if (!setName) continue;
		let result: PyObject;
		try {
			result = callSpecialMethod(vm, value, setName, [cls, key], BOUND_SET_NAME, "__set_name__");
		} catch (e) {
			if (!(e instanceof PyRaise)) throw e;
			throw fromCause(vm, e.exc, `Error calling __set_name__ on '${value.cls.name}' instance ${repr(vm, key)} in '${cls.name}'`);
		}
		vm.decref(result);
	}
}

/**
 * property_set_name, called through the builtin method _PyObject_LookupSpecial binds (allocated for the call):
 * the property keeps the name for its error messages. It is METH_VARARGS, so the call packs (cls, name) first.
 */
function setPropertyName(vm: VM, prop: PyDescriptor, cls: PyClass, key: PyObject): void {
	withBoundBuiltin(vm, prop, "__set_name__", T.property, setNameImpl, BOUND_SET_NAME, () =>
		withPackedArguments(
			vm,
			[cls, key],
			null,
			() => {
				const old = prop.propName;
				prop.propName = vm.incref(key);
				if (old) vm.decref(old);
			},
			VARARGS_CALL,
		),
	);
}

const setNameImpl: NativeImpl = (vm) => vm.incref(vm.None);

/** _PyErr_FormatFromCause: a new RuntimeError with the pending exception as its cause and context. */
function fromCause(vm: VM, cause: PyRaise["exc"], message: string): PyRaise {
	// The caught exception is no longer on its way up: the new one holds it now.
	vm.heap.disown(cause, EXCEPTION_BEING_RAISED);
	const error = vm.newException(vm.exceptionClass("RuntimeError"), [vm.str(message)]);
	error.cause = vm.incref(cause);
	error.context = cause;
	error.suppressContext = true;
	return new PyRaise(error);
}
