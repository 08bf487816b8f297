// math: the common functions on floats and ints.
import type { PyObject } from "../heap/object";
import type { NativeImpl, PyModule } from "../heap/callables";
import { PyInt, PyFloat } from "../heap/values";
import type { VM } from "../vm/vm";
import { setModuleConstant } from "./module-constants";

function num(vm: VM, o: PyObject): number {
	if (o instanceof PyInt || o instanceof PyFloat) return Number(o.value);
	return vm.raise("TypeError", `must be real number, not ${o.typeName}`);
}

function real(fn: (x: number) => number, domain: (x: number) => boolean = () => true): NativeImpl {
	return (vm, args) => {
		const x = num(vm, args[0]!);
		if (!domain(x)) vm.raise("ValueError", "math domain error");
		return vm.float(fn(x));
	};
}

function toInt(fn: (x: number) => number): NativeImpl {
	return (vm, args) => {
		const o = args[0]!;
		if (o instanceof PyInt) return vm.incref(o);
		const x = num(vm, o);
		if (!Number.isFinite(x)) vm.raise(Number.isNaN(x) ? "ValueError" : "OverflowError", Number.isNaN(x) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
		const r = fn(x);
		return vm.int(Number.isSafeInteger(r) ? r : BigInt(r));
	};
}

function gcd(a: bigint, b: bigint): bigint {
	a = a < 0n ? -a : a;
	b = b < 0n ? -b : b;
	while (b) [a, b] = [b, a % b];
	return a;
}

export const MATH_FUNCTIONS: Record<string, NativeImpl> = {
	sqrt: real(Math.sqrt, (x) => x >= 0),
	exp: real(Math.exp),
	log: (vm, args) => {
		const x = num(vm, args[0]!);
		if (x <= 0) vm.raise("ValueError", "math domain error");
		return vm.float(args[1] ? Math.log(x) / Math.log(num(vm, args[1])) : Math.log(x));
	},
	log2: real(Math.log2, (x) => x > 0),
	log10: real(Math.log10, (x) => x > 0),
	sin: real(Math.sin),
	cos: real(Math.cos),
	tan: real(Math.tan),
	atan: real(Math.atan),
	atan2: (vm, args) => vm.float(Math.atan2(num(vm, args[0]!), num(vm, args[1]!))),
	fabs: real(Math.abs),
	floor: toInt(Math.floor),
	ceil: toInt(Math.ceil),
	trunc: toInt(Math.trunc),
	pow: (vm, args) => vm.float(Math.pow(num(vm, args[0]!), num(vm, args[1]!))),
	hypot: (vm, args) => vm.float(Math.hypot(...args.map((a) => num(vm, a)))),
	isnan: (vm, args) => vm.bool(Number.isNaN(num(vm, args[0]!))),
	isinf: (vm, args) => vm.bool(Math.abs(num(vm, args[0]!)) === Infinity),
	isfinite: (vm, args) => vm.bool(Number.isFinite(num(vm, args[0]!))),
	gcd: (vm, args) => vm.int(args.reduce((acc, a) => gcd(acc, vm.intValueBig(a)), 0n)),
	factorial: (vm, args) => {
		const n = vm.intValue(args[0]!);
		if (n < 0) vm.raise("ValueError", "factorial() not defined for negative values");
		let r = 1n;
		for (let i = 2n; i <= BigInt(n); i++) r *= i;
		return vm.int(r);
	},
	isqrt: (vm, args) => {
		const n = vm.intValueBig(args[0]!);
		if (n < 0n) vm.raise("ValueError", "isqrt() argument must be nonnegative");
		let x = BigInt(Math.floor(Math.sqrt(Number(n))));
		while (x * x > n) x--;
		while ((x + 1n) * (x + 1n) <= n) x++;
		return vm.int(x);
	},
};

export function installMathConstants(vm: VM, module: PyModule): void {
	setModuleConstant(vm, module, "pi", vm.float(Math.PI));
	setModuleConstant(vm, module, "e", vm.float(Math.E));
	setModuleConstant(vm, module, "tau", vm.float(2 * Math.PI));
	setModuleConstant(vm, module, "inf", vm.float(Infinity));
	setModuleConstant(vm, module, "nan", vm.float(NaN));
}
