// Lib/random.py 3.11's distributions, step for step on the run's generator: the same draws in the same order,
// and the same float operations (log, exp, sin, cos and ** correctly rounded, as glibc's are), so the same numbers.
// Their arguments must be ints or floats: random.py would do its arithmetic with any numbers, which pymem leaves out.
import type { PyObject } from "../heap/object";
import { PyInt } from "../heap/values";
import * as math from "../runtime/math";
import { floatPow, floatTrueDiv } from "../runtime/floatMath";
import type { MersenneTwister } from "../runtime/random";
import type { VM } from "../vm/vm";
import { generator, isPlainNumber } from "./random-methods";

/** random.py's constants: 4 * exp(-0.5) / sqrt(2.0), log(4.0), 1.0 + log(4.5), 2.0 * pi. */
const NV_MAGICCONST = 1.7155277699214135;
const LOG4 = 1.3862943611198906;
const SG_MAGICCONST = 2.504077396776274;
const TWOPI = 6.283185307179586;

/** The last normal deviate gauss() made in pairs, kept for its next call (random.py's `self.gauss_next`). */
const gaussNext = new WeakMap<MersenneTwister, number>();

/** seed() starts gauss() afresh, as random.py's `self.gauss_next = None`. */
export function forgetGaussNext(twister: MersenneTwister): void {
	gaussNext.delete(twister);
}

/**
 * An argument as random.py's float arithmetic reads it: an int converted exactly as int.__float__ does. One too
 * large for a float reads as an infinity here; drawFrom raises OverflowError once the draws are made, which is
 * where random.py's arithmetic first uses its arguments.
 */
function number(vm: VM, o: PyObject, name: string): number {
	if (!isPlainNumber(o)) {
		return vm.raise("TypeError", `pymem does not support random.${name} with arguments that are not ints or floats yet`);
	}
	return Number(o.value);
}

/** Whether `o` is an int too large for a float (see number). */
function overflowsFloat(o: PyObject | undefined): boolean {
	return o instanceof PyInt && !Number.isFinite(Number(o.value));
}

/** `base ** exponent` for the positive bases random.py raises. */
function power(base: number, exponent: number): number {
	return floatPow(base, exponent) ?? NaN;
}

/** A draw, or null where random.py returns its first argument as given (see triangular). */
type Draw = (vm: VM, twister: MersenneTwister, args: number[]) => number | null;

function triangular(_vm: VM, twister: MersenneTwister, [low, high, mode]: number[]): number | null {
	let u = twister.random();
	// `(mode - low) / (high - low)` divides by zero: random.py returns `low` itself (an int stays an int).
	if (mode !== undefined && high! - low! === 0) return null;
	let c = mode === undefined ? 0.5 : (mode - low!) / (high! - low!);
	if (u > c) {
		u = 1.0 - u;
		c = 1.0 - c;
		[low, high] = [high, low];
	}
	return low! + (high! - low!) * math.sqrt(u * c);
}

function gauss(_vm: VM, twister: MersenneTwister, [mu, sigma]: number[]): number {
	let z = gaussNext.get(twister);
	gaussNext.delete(twister);
	if (z === undefined) {
		const x2pi = twister.random() * TWOPI;
		const g2rad = math.sqrt(-2.0 * math.log(1.0 - twister.random()));
		z = math.cos(x2pi) * g2rad;
		gaussNext.set(twister, math.sin(x2pi) * g2rad);
	}
	return mu! + z * sigma!;
}

function lognormvariate(vm: VM, twister: MersenneTwister, args: number[]): number {
	return math.exp(normalvariate(vm, twister, args));
}

function expovariate(_vm: VM, twister: MersenneTwister, [lambd]: number[]): number {
	return floatTrueDiv(-math.log(1.0 - twister.random()), lambd!);
}

function betavariate(vm: VM, twister: MersenneTwister, [alpha, beta]: number[]): number {
	const y = gammavariate(vm, twister, [alpha!, 1.0]);
	return y !== 0 ? floatTrueDiv(y, y + gammavariate(vm, twister, [beta!, 1.0])) : 0.0;
}

function paretovariate(_vm: VM, twister: MersenneTwister, [alpha]: number[]): number {
	const u = 1.0 - twister.random();
	return power(u, floatTrueDiv(-1.0, alpha!));
}

function weibullvariate(_vm: VM, twister: MersenneTwister, [alpha, beta]: number[]): number {
	const u = 1.0 - twister.random();
	return alpha! * power(-math.log(u), floatTrueDiv(1.0, beta!));
}

function normalvariate(_vm: VM, twister: MersenneTwister, [mu, sigma]: number[]): number {
	let z: number;
	for (;;) {
		const u1 = twister.random();
		const u2 = 1.0 - twister.random();
		z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
		if ((z * z) / 4.0 <= -math.log(u2)) break;
	}
	return mu! + z * sigma!;
}

function gammavariate(vm: VM, twister: MersenneTwister, [alpha, beta]: number[]): number {
	const a = alpha!;
	const b = beta!;
	if (a <= 0.0 || b <= 0.0) vm.raise("ValueError", "gammavariate: alpha and beta must be > 0.0");
	if (a > 1.0) {
		// Uses R.C.H. Cheng's algorithm, as random.py does.
		const ainv = math.sqrt(2.0 * a - 1.0);
		const bbb = a - LOG4;
		const ccc = a + ainv;
		for (;;) {
			const u1 = twister.random();
			if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
			const u2 = 1.0 - twister.random();
			const v = math.log(u1 / (1.0 - u1)) / ainv;
			const x = a * math.exp(v);
			const z = u1 * u1 * u2;
			const r = bbb + ccc * v - x;
			if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= math.log(z)) return x * b;
		}
	}
	if (a === 1.0) return -math.log(1.0 - twister.random()) * b;
	// alpha between 0 and 1: ALGORITHM GS of Statistical Computing (Kennedy & Gentle).
	let x: number;
	for (;;) {
		const u = twister.random();
		const bb = (Math.E + a) / Math.E;
		const p = bb * u;
		x = p <= 1.0 ? power(p, 1.0 / a) : -math.log((bb - p) / a);
		const u1 = twister.random();
		if (p > 1.0) {
			if (u1 <= power(x, a - 1.0)) break;
		} else if (u1 <= math.exp(-x)) break;
	}
	return x * b;
}

/** A parameter's default: a float, None (triangular's mode, which then takes no part), or none: the caller gives it. */
type Default = number | "None" | "required";

/** A distribution: its parameters with their defaults, in random.py's order, and its draw. */
export interface Distribution {
	readonly parameters: readonly (readonly [string, Default])[];
	readonly draw: Draw;
}

const distribution = (draw: Draw, ...parameters: [string, Default][]): Distribution => ({ parameters, draw });

/** The distributions random.py defines, by name. */
export const DISTRIBUTIONS: Record<string, Distribution> = {
	triangular: distribution(triangular, ["low", 0.0], ["high", 1.0], ["mode", "None"]),
	normalvariate: distribution(normalvariate, ["mu", 0.0], ["sigma", 1.0]),
	gauss: distribution(gauss, ["mu", 0.0], ["sigma", 1.0]),
	lognormvariate: distribution(lognormvariate, ["mu", "required"], ["sigma", "required"]),
	expovariate: distribution(expovariate, ["lambd", "required"]),
	gammavariate: distribution(gammavariate, ["alpha", "required"], ["beta", "required"]),
	betavariate: distribution(betavariate, ["alpha", "required"], ["beta", "required"]),
	paretovariate: distribution(paretovariate, ["alpha", "required"]),
	weibullvariate: distribution(weibullvariate, ["alpha", "required"], ["beta", "required"]),
};

/** How many of a distribution's first parameters the caller must give. */
export function requiredParameters({ parameters }: Distribution): number {
	return parameters.filter(([, fallback]) => fallback === "required").length;
}

/** Random.<name>(...) with its bound arguments (undefined where a default applies). */
export function drawFrom(vm: VM, name: string, { parameters, draw }: Distribution, args: readonly (PyObject | undefined)[]): PyObject {
	const numbers = parameters.map(([, fallback], i) => {
		const given = args[i];
		if (given === undefined || (given === vm.None && fallback === "None")) return typeof fallback === "number" ? fallback : undefined;
		return number(vm, given, name);
	});
	const drawn = draw(vm, generator(vm), numbers as number[]);
	if (drawn === null) return args[0] ? vm.incref(args[0]) : vm.float(numbers[0]!);
	if (args.some(overflowsFloat)) vm.raise("OverflowError", "int too large to convert to float");
	return vm.float(drawn);
}
