// `raise`: do_raise's work of making the exception (a class is called), attaching its cause, and chaining the
// exception being handled as its context, with the operands held where CPython's C locals hold them.
import type { PyObject } from "../heap/object";
import { PyClass } from "../heap/classes";
import { PyExceptionObject } from "../heap/instances";
import type { Frame } from "./frame";
import { PyRaise, markRaising } from "./errors";
import { callObject } from "./calls";
import { CALL_LEVEL, withRecursionLevel } from "./c-recursion";
import { repr } from "./repr";
import type { VM } from "./vm";

function isExceptionClass(vm: VM, o: PyObject): o is PyClass {
	return o instanceof PyClass && o.isSubclassOf(vm.exceptionClass("BaseException"));
}

const EXCEPTION_CLASS_CALLED = "exception class being called (raise)";
const EXCEPTION_OPERAND = "exception being raised (RAISE_VARARGS)";
const CAUSE_OPERAND = "cause of the exception being raised (RAISE_VARARGS)";

/** Drop `o` (held as `label`) while the error `e` is on its way up, which the interpreter holds meanwhile. */
function releaseWhileRaising(vm: VM, e: unknown, o: PyObject, label: string): void {
	markRaising(vm.heap, e);
	vm.heap.release(o, label);
}

/** do_raise: turn what `raise X` names into an exception instance (a class is called with no arguments). */
function toException(vm: VM, value: PyObject): PyExceptionObject {
	if (value instanceof PyExceptionObject) return value;
	if (isExceptionClass(vm, value)) {
		vm.heap.adopt(value, EXCEPTION_CLASS_CALLED);
		let exc: PyObject;
		try {
			// _PyObject_CallNoArgs: an exception class has no vectorcall in 3.11, so _PyObject_MakeTpCall counts a level.
			exc = withRecursionLevel(vm, CALL_LEVEL, () => callObject(vm, value, []));
		} catch (e) {
			releaseWhileRaising(vm, e, value, EXCEPTION_CLASS_CALLED);
			throw e;
		}
		if (!(exc instanceof PyExceptionObject)) {
			const message = `calling ${repr(vm, value)} should have returned an instance of BaseException, not ${repr(vm, exc.cls)}`;
			vm.decref(exc);
			vm.heap.release(value, EXCEPTION_CLASS_CALLED);
			vm.raise("TypeError", message);
		}
		vm.heap.release(value, EXCEPTION_CLASS_CALLED);
		return exc;
	}
	vm.decref(value);
	return vm.raise("TypeError", "exceptions must derive from BaseException");
}

/** do_raise's `from` part: the cause (held as CAUSE_OPERAND) becomes exc's __cause__; None clears it. */
function setCause(vm: VM, exc: PyExceptionObject, causeObj: PyObject): void {
	if (causeObj !== vm.None && !(causeObj instanceof PyExceptionObject) && !isExceptionClass(vm, causeObj)) {
		// raise_error releases the exception, then the cause.
		vm.decref(exc);
		vm.heap.release(causeObj, CAUSE_OPERAND);
		vm.raise("TypeError", "exception causes must derive from BaseException");
	}
	let cause: PyExceptionObject | null = null;
	if (causeObj === vm.None) vm.heap.release(causeObj, CAUSE_OPERAND);
	else {
		vm.heap.disown(causeObj, CAUSE_OPERAND);
		vm.heap.adopt(exc, EXCEPTION_OPERAND);
		try {
			cause = toException(vm, causeObj);
		} catch (e) {
			releaseWhileRaising(vm, e, exc, EXCEPTION_OPERAND);
			throw e;
		}
		vm.heap.disown(exc, EXCEPTION_OPERAND);
	}
	if (exc.cause) vm.decref(exc.cause);
	exc.cause = cause;
	exc.suppressContext = true;
}

/** RAISE_VARARGS: `raise` alone re-raises the handled exception; `raise X` and `raise X from Y` raise a new one. */
export function raiseVarargs(vm: VM, f: Frame, n: number): never {
	const stack = f.stack;
	if (n === 0) {
		const current = vm.topmostHandledException();
		if (!current) vm.raise("RuntimeError", "No active exception to reraise");
		throw new PyRaise(vm.incref(current) as PyExceptionObject, true);
	}
	const causeObj = n === 2 ? stack.pop()! : null;
	if (causeObj) vm.heap.adopt(causeObj, CAUSE_OPERAND);
	let exc: PyExceptionObject;
	try {
		exc = toException(vm, stack.pop()!);
	} catch (e) {
		if (causeObj) releaseWhileRaising(vm, e, causeObj, CAUSE_OPERAND);
		throw e;
	}
	if (causeObj) setCause(vm, exc, causeObj);
	vm.chainImplicitContext(exc);
	throw new PyRaise(exc);
}
