// UNARY_NEGATIVE, UNARY_POSITIVE and UNARY_INVERT: the builtin types' unary slots, a subclass's or a class's own
// dunder, a proxy's referent (UNARY_NOT is truth: protocol.ts).
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex, PyBool } from "../heap/values";
import { PyWeakProxy } from "../heap/weakrefs";
import { isScalarInstance } from "../heap/scalar-instances";
import { pythonSlot, userSlot } from "../heap/subclass-instances";
import { isCounter } from "../builtins/counter";
import { counterUnary } from "../builtins/counter-operators";
import { Op } from "../compile/code";
import { throughProxy } from "./weak-proxy-ops";
import { complexUnary } from "./complex-ops";
import type { VM } from "./vm";

export function unaryOp(vm: VM, op: Op, v: PyObject): PyObject {
	if (v instanceof PyWeakProxy) return throughProxy(vm, v, (referent) => unaryOp(vm, op, referent));
	if (isScalarInstance(v)) {
		// A subclass's own __neg__, __pos__ or __invert__ (slot_nb_negative...) before its value's.
		const dunder = op === Op.UNARY_NEGATIVE ? "__neg__" : op === Op.UNARY_POSITIVE ? "__pos__" : "__invert__";
		if (pythonSlot(v.cls, dunder)) return vm.callMethod(v, dunder, []);
	}
	return builtinUnary(vm, op, v);
}

/** The builtin types' unary slots (long_neg, float_pos...), then an instance's own dunder. */
export function builtinUnary(vm: VM, op: Op, v: PyObject): PyObject {
	if (v instanceof PyInt) {
		const x = v.value;
		if (op === Op.UNARY_NEGATIVE) return vm.int(typeof x === "number" ? -x : -x);
		// long_long and float_float: an exact int or float is its own +x (a bool or a subclass's instance becomes an int).
		if (op === Op.UNARY_POSITIVE) return v instanceof PyBool || isScalarInstance(v) ? vm.int(x) : vm.incref(v);
		return vm.int(typeof x === "number" ? -x - 1 : -x - 1n);
	}
	if (v instanceof PyFloat && op !== Op.UNARY_INVERT) return op === Op.UNARY_NEGATIVE ? vm.float(-v.value) : isScalarInstance(v) ? vm.float(v.value) : vm.incref(v);
	if (v instanceof PyComplex && op !== Op.UNARY_INVERT) return complexUnary(vm, op === Op.UNARY_NEGATIVE, v);
	const name = op === Op.UNARY_NEGATIVE ? "__neg__" : op === Op.UNARY_POSITIVE ? "__pos__" : "__invert__";
	if (userSlot(v, name)) return vm.callMethod(v, name, []);
	if (isCounter(v) && op !== Op.UNARY_INVERT) return counterUnary(vm, v, op === Op.UNARY_NEGATIVE);
	const symbol = op === Op.UNARY_NEGATIVE ? "-" : op === Op.UNARY_POSITIVE ? "+" : "~";
	return vm.raise("TypeError", `bad operand type for unary ${symbol}: '${v.typeName}'`);
}
