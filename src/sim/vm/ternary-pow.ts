// pow(base, exp, mod) with a modulus: abstract.c's ternary_op over the three operands' nb_power slots.
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex } from "../heap/values";
import { PyFunction } from "../heap/callables";
import { hasInstanceAttributes } from "../heap/subclass-instances";
import { intPowMod } from "../runtime/intMath";
import type { VM } from "./vm";

/** Which nb_power a type has: long_pow, float_pow, complex_pow, slot_nb_power (a Python __pow__ or __rpow__), or none. */
type PowerSlot = "int" | "float" | "complex" | "python" | null;

function powerSlot(o: PyObject): PowerSlot {
	if (hasInstanceAttributes(o) && (o.cls.lookup("__pow__") instanceof PyFunction || o.cls.lookup("__rpow__") instanceof PyFunction)) return "python";
	if (o instanceof PyInt) return "int";
	if (o instanceof PyFloat) return "float";
	if (o instanceof PyComplex) return "complex";
	return null;
}

const isNumber = (o: PyObject): boolean => o instanceof PyInt || o instanceof PyFloat;

/** One slot function called as ternary_op calls it, with the operands in their order; undefined for NotImplemented. */
function callSlot(vm: VM, slot: PowerSlot, base: PyObject, exp: PyObject, mod: PyObject): PyObject | undefined {
	switch (slot) {
		case "int":
			// long_pow: CHECK_BINOP on base and exponent, then a modulus that is not an int declines too.
			if (!(base instanceof PyInt && exp instanceof PyInt && mod instanceof PyInt)) return undefined;
			return vm.int(intPowMod(BigInt(base.value), BigInt(exp.value), BigInt(mod.value)));
		case "float":
			// float_pow refuses a modulus before it looks at the other operands.
			return vm.raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
		case "complex":
			// complex_pow: TO_COMPLEX on base and exponent, then refuses any modulus.
			if (!(isNumber(base) || base instanceof PyComplex) || !(isNumber(exp) || exp instanceof PyComplex)) return undefined;
			return vm.raise("ValueError", "complex modulo");
		case "python": {
			// slot_nb_power with a modulus: only the base's own __pow__ is asked (three-argument pow has no __rpow__).
			if (powerSlot(base) !== "python") return undefined;
			// vectorcall_method's lookup_method: a class with only __rpow__ has the slot but no __pow__ to call.
			if (base.cls.lookup("__pow__") === undefined) return vm.raise("AttributeError", "__pow__");
			const r = vm.callMethod(base, "__pow__", [exp, mod]);
			if (r !== vm.NotImplemented) return r;
			vm.decref(r);
			return undefined;
		}
		default:
			return undefined;
	}
}

/**
 * ternary_op: the base's slot, the exponent's when its type differs (first when that type is a subclass of the
 * base's), then the modulus's when it is yet another slot; with all declining, CPython's TypeError naming the
 * three types.
 */
export function ternaryPow(vm: VM, base: PyObject, exp: PyObject, mod: PyObject): PyObject {
	const slotBase = powerSlot(base);
	let slotExp = exp.cls !== base.cls ? powerSlot(exp) : null;
	if (slotExp === slotBase) slotExp = null;
	if (slotBase) {
		if (slotExp && exp.cls.isSubclassOf(base.cls)) {
			const r = callSlot(vm, slotExp, base, exp, mod);
			if (r) return r;
			slotExp = null;
		}
		const r = callSlot(vm, slotBase, base, exp, mod);
		if (r) return r;
	}
	if (slotExp) {
		const r = callSlot(vm, slotExp, base, exp, mod);
		if (r) return r;
	}
	const slotMod = powerSlot(mod);
	if (slotMod && slotMod !== slotBase && slotMod !== slotExp) {
		const r = callSlot(vm, slotMod, base, exp, mod);
		if (r) return r;
	}
	return vm.raise("TypeError", `unsupported operand type(s) for ** or pow(): '${base.typeName}', '${exp.typeName}', '${mod.typeName}'`);
}
