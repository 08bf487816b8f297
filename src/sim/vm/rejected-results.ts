// What C code does with a special method's result of the wrong type (`__str__` returning a list, `__index__` a
// float...): it sets the error, then releases the result (PyErr_Format; Py_DECREF(result)). Python 3.11 makes the
// exception object at that point only when an exception is being handled, to chain the new one to it; otherwise
// the error stays a type and a message until a handler catches it, so the result goes first and a __del__ it
// runs does not see the exception in gc.get_count().
import type { PyObject } from "../heap/object";
import { EXCEPTION_BEING_RAISED, PyRaise } from "./errors";
import type { VM } from "./vm";

/** Raise `type(message)` about `result`, which the caller owns, releasing it in 3.11's order (see above). */
export function rejectResult(vm: VM, result: PyObject, type: string, message: string): never {
	if (!vm.topmostHandledException()) {
		vm.decref(result);
		return vm.raise(type, message);
	}
	const error = vm.newException(vm.exceptionClass(type), [vm.str(message)]);
	// The error is on its way up while a __del__ of the result runs.
	vm.heap.adoptOnce(error, EXCEPTION_BEING_RAISED);
	vm.decref(result);
	throw new PyRaise(error);
}

/** How the trace names the reference slot_tp_hash never gives back. */
const LEAKED_HASH_RESULT = "result of __hash__ that is not an int (3.11's slot_tp_hash never releases it)";

/**
 * slot_tp_hash raises for a `__hash__` result that is not an int without releasing it (fixed in 3.12): the object
 * stays alive, held by nothing the program can reach, for the rest of the run.
 */
export function rejectHashResult(vm: VM, result: PyObject): never {
	vm.heap.permanentHolders.push([result, LEAKED_HASH_RESULT]);
	return vm.raise("TypeError", "__hash__ method should return an integer");
}
