// arith.ts's results as objects, for the operators on builtin numbers: the int, float or complex, or the
// exception the operation raises.
import type { PyObject } from "../heap/object";
import { PyBool, PyFloat, type PyInt, type IntValue } from "../heap/values";
import { intArith, intToFloat, type ArithResult } from "./arith";
import type { VM } from "./vm";

export function resultObject(vm: VM, r: ArithResult): PyObject {
	if ("int" in r) return vm.int(r.int);
	if ("float" in r) return vm.float(r.float);
	if ("complex" in r) return vm.complex(r.complex);
	return vm.raise(r.error[0], r.error[1] || undefined);
}

/**
 * +, - or * of two ints held as numbers whose result is still a safe integer (nearly every loop counter and sum):
 * the int intArith would answer, without the result record it goes through; null for intArith to decide.
 */
export function safeIntArith(vm: VM, op: "Add" | "Sub" | "Mult", x: IntValue, y: IntValue): PyObject | null {
	if (typeof x !== "number" || typeof y !== "number") return null;
	const r = op === "Add" ? x + y : op === "Sub" ? x - y : x * y;
	return Number.isSafeInteger(r) ? vm.int(r) : null;
}

/** Two ints (or bools): bool's own &, | and ^ keep two bools a bool (bool_and, bool_or, bool_xor). */
export function intOperation(vm: VM, op: string, a: PyInt, b: PyInt): PyObject {
	if (a instanceof PyBool && b instanceof PyBool && (op === "BitAnd" || op === "BitOr" || op === "BitXor")) {
		return vm.bool(op === "BitAnd" ? a.flag && b.flag : op === "BitOr" ? a.flag || b.flag : a.flag !== b.flag);
	}
	return resultObject(vm, intArith(op, a.value, b.value));
}

/** A number operand of a float operation: huge ints raise OverflowError as PyLong_AsDouble does. */
export function operandFloat(o: PyObject): number {
	return o instanceof PyFloat ? o.value : intToFloat((o as PyInt).value);
}
