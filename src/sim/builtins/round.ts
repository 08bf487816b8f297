// round(): builtin_round's __round__ lookup, then int's and float's own rounding (long_round, float___round___impl),
// half to even and on a float's exact binary value, as CPython rounds.
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyBool } from "../heap/values";
import { PyFunction } from "../heap/callables";
import { hasInstanceAttributes } from "../heap/subclass-instances";
import { isScalarInstance } from "../heap/scalar-instances";
import { fixedDigits } from "../runtime/floatRepr";
import type { VM } from "../vm/vm";
import { intRoundDigits } from "../runtime/floatMath";
import { callLookedUpSpecial } from "../vm/dunder-calls";

export function roundBuiltin(vm: VM, args: PyObject[]): PyObject {
	const x = args[0]!;
	// builtin_round looks up __round__ first; int.__round__ and float.__round__ then read ndigits.
	if (hasInstanceAttributes(x) && x.cls.lookup("__round__") && !(isScalarInstance(x) && !(x.cls.lookup("__round__") instanceof PyFunction))) return callLookedUpSpecial(vm, x, "__round__", args[1] && args[1] !== vm.None ? [args[1]] : []);
	if (!(x instanceof PyInt || x instanceof PyFloat)) return vm.raise("TypeError", `type ${x.typeName} doesn't define __round__ method`);
	const nd = args[1] && args[1] !== vm.None ? vm.intValue(args[1]) : null;
	if (x instanceof PyInt) {
		// long_round: long_long of the value, which copies a subclass's instance (a bool's too: round(True) is 1).
		if (nd === null || nd >= 0) return isScalarInstance(x) || x instanceof PyBool ? vm.int(x.value) : vm.incref(x);
		return vm.int(intRoundDigits(BigInt(x.value), BigInt(nd)));
	}
	if (nd === null) {
		if (!Number.isFinite(x.value)) vm.raise(Number.isNaN(x.value) ? "ValueError" : "OverflowError", Number.isNaN(x.value) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
		const r = roundHalfEven(x.value);
		// Past 2**53 a float is an integer already; its exact value needs a bigint.
		return vm.int(Number.isSafeInteger(r) ? r : BigInt(r));
	}
	return vm.float(roundToDecimals(vm, x.value, nd));
}

function roundHalfEven(v: number): number {
	const r = Math.round(v);
	return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * float___round___impl: past NDIGITS_MAX (323) decimals x is its own rounding, before NDIGITS_MIN (-308) it is a
 * zero of its sign; else double_round, correctly rounded (half to even) on x's exact binary value, to the left of
 * the point too for a negative ndigits.
 */
function roundToDecimals(vm: VM, x: number, nd: number): number {
	if (!Number.isFinite(x) || nd > 323) return x;
	if (nd < -308) return 0 * x;
	const { digits, decpt } = fixedDigits(x, nd);
	const rounded = Number(`${x < 0 || Object.is(x, -0) ? "-" : ""}0.${digits}e${decpt}`);
	if (!Number.isFinite(rounded)) vm.raise("OverflowError", "rounded value too large to represent");
	return rounded;
}
