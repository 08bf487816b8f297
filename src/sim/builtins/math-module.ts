// math: argument handling over src/sim/runtime/math.ts, which holds Modules/mathmodule.c's algorithms and messages.
import { withPackedArguments, type PackedLabels } from "../vm/packed-arguments";
import type { PyObject } from "../heap/object";
import type { NativeImpl, PyModule } from "../heap/callables";
import { PyInt, PyFloat, PyBool } from "../heap/values";
import { PyInstance } from "../heap/instances";
import * as math from "../runtime/math";
import type { VM } from "../vm/vm";
import { setModuleConstant } from "./module-constants";
import { notSupportedYet } from "./types";
import { requireOneArgument, checkFastcall, refuseKeywords } from "./arity";
import { clinicArguments, type Parameters } from "./itertools-support";
import { calledWithTuple } from "../heap/callables";
import { callLookedUpSpecial } from "../vm/dunder-calls";
import { isScalarInstance } from "../heap/scalar-instances";
import { pythonSlot } from "../heap/subclass-instances";
import { floatAsDouble, hasOwnFloat } from "./number-constructors";
import { fetchEach } from "./fetch-each";
import { forEachItem } from "../vm/iteration";
import { sequenceTuple } from "../vm/sequence-tuple";
import { PyTuple } from "../heap/containers";

type Result = number | bigint | boolean | Result[];

/**
 * A math argument as CPython reads it: PyFloat_AsDouble, but an int stays exact, for the functions that take one
 * whole (an int subclass's own __float__ still decides, unless `anyInt`: loghelper's PyLong_Check).
 */
export function real(vm: VM, o: PyObject, anyInt = false): math.Real {
	if (o instanceof PyInt && (anyInt || !hasOwnFloat(o))) return BigInt(o.value);
	// Anything else, one with only __index__ too, is a C double (PyFloat_AsDouble: "int too large to convert to float").
	return floatAsDouble(vm, o) ?? vm.raise("TypeError", `must be real number, not ${o.typeName}`);
}

function toPython(vm: VM, value: Result): PyObject {
	if (Array.isArray(value)) return vm.tuple(value.map((v) => toPython(vm, v)));
	if (typeof value === "boolean") return vm.bool(value);
	return typeof value === "bigint" ? vm.int(value) : vm.float(value);
}

/** METH_O functions: math.sqrt(x). */
function unary(name: string, fn: (x: math.Real) => Result, anyInt = false): NativeImpl {
	return (vm, args, kw) => {
		requireOneArgument(vm, `math.${name}`, args.length, kw);
		return toPython(vm, fn(real(vm, args[0]!, anyInt)));
	};
}

/** Two-argument functions (argument clinic's "pow expected 2 arguments, got 1"). */
function binary(name: string, fn: (x: math.Real, y: math.Real) => Result): NativeImpl {
	return (vm, args, kw) => {
		checkFastcall(vm, `math.${name}`, args, kw, 2);
		return toPython(vm, fn(real(vm, args[0]!), real(vm, args[1]!)));
	};
}

/** floor, ceil and trunc defer to the object's own __floor__/__ceil__/__trunc__ before reading a number. */
function rounding(name: "floor" | "ceil" | "trunc"): NativeImpl {
	const inner = unary(name, math[name]);
	return (vm, args, kw, self) => {
		requireOneArgument(vm, `math.${name}`, args.length, kw);
		const o = args[0];
		const dunder = `__${name}__`;
		// A class's own method (an int or float subclass's too), found by _PyObject_LookupSpecial.
		if (o instanceof PyInstance ? o.cls.lookup(dunder) : o && isScalarInstance(o) && pythonSlot(o.cls, dunder)) return callLookedUpSpecial(vm, o!, dunder, []);
		// int's __floor__... is long_long: an exact int is its own floor, a subclass's value a new exact int.
		if (o instanceof PyInt && !(o instanceof PyBool)) return isScalarInstance(o) ? vm.int(o.value) : vm.incref(o);
		if (name === "trunc" && o && !(o instanceof PyInt || o instanceof PyFloat)) vm.raise("TypeError", `type ${o.typeName} doesn't define __trunc__ method`);
		return inner(vm, args, kw, self);
	};
}

function ints(vm: VM, args: PyObject[]): bigint[] {
	return args.map((a) => vm.intValueBig(a));
}

/** math_fsum's items, read one at a time as its loop over PyIter_Next reads them. */
function reals(vm: VM, iterable: PyObject): math.Real[] {
	const out: math.Real[] = [];
	forEachItem(vm, iterable, (item) => {
		out.push(real(vm, item));
	});
	return out;
}

const PROD_ITEM = "item held by math.prod()";
const PROD_RESULT = "running product of math.prod()";

const PROD_PARAMETERS: Parameters = { names: ["", "start"], required: 1, positional: 1 };
const ISCLOSE_PARAMETERS: Parameters = { names: ["a", "b", "rel_tol", "abs_tol"], required: 2, positional: 2 };

/** math.prod: exact for ints and floats; anything else multiplies with Python's own `*`, as CPython falls back to. */
const prod: NativeImpl = (vm, args, kw) => {
	const [, start] = clinicArguments(vm, "prod", args, kw, PROD_PARAMETERS);
	const items = vm.collect(args[0]!);
	// math_prod's fast paths take exact ints and floats; a subclass's may have its own __mul__.
	const numbers = [start, ...items].every((o) => o === undefined || ((o instanceof PyInt || o instanceof PyFloat) && !isScalarInstance(o)));
	if (numbers) {
		try {
			return toPython(vm, math.prod(items.map((o) => real(vm, o)), start ? real(vm, start) : 1n));
		} finally {
			items.forEach((item) => vm.decref(item));
		}
	}
	// The items and the running product are prod's own references while a __mul__ may run.
	items.forEach((item) => vm.heap.adopt(item, PROD_ITEM));
	let result = vm.incref(start ?? vm.int(1));
	vm.heap.adopt(result, PROD_RESULT);
	try {
		for (const item of items) {
			const next = vm.binary("Mult", result, item);
			vm.heap.release(result, PROD_RESULT);
			result = next;
			vm.heap.adopt(result, PROD_RESULT);
		}
		vm.heap.disown(result, PROD_RESULT);
		return result;
	} catch (e) {
		vm.heap.release(result, PROD_RESULT);
		throw e;
	} finally {
		items.forEach((item) => vm.heap.release(item, PROD_ITEM));
	}
};

const isclose: NativeImpl = (vm, args, kw) => {
	const [a, b, relative, absolute] = clinicArguments(vm, "isclose", args, kw, ISCLOSE_PARAMETERS);
	const tolerance = (o: PyObject | undefined, fallback: number) => (o ? Number(real(vm, o)) : fallback);
	return vm.bool(math.isclose(real(vm, a!), real(vm, b!), tolerance(relative, 1e-9), tolerance(absolute, 0)));
};

const DIST_POINT = "point of math.dist(), as a tuple";

const dist: NativeImpl = (vm, args, kw) => {
	checkFastcall(vm, "math.dist", args, kw, 2);
	// math_dist_impl makes both points tuples and compares their sizes, then reads p's and q's coordinates in turn.
	const [p, q] = fetchEach(vm, [args[0]!, args[1]!], (point) => (point instanceof PyTuple ? vm.incref(point) : sequenceTuple(vm, point)), DIST_POINT) as [PyTuple, PyTuple];
	vm.heap.adopt(p, DIST_POINT);
	vm.heap.adopt(q, DIST_POINT);
	try {
		if (p.items.length !== q.items.length) vm.raise("ValueError", "both points must have the same number of dimensions");
		const differences = p.items.map((c, i) => Number(real(vm, c)) - Number(real(vm, q.items[i]!)));
		return vm.float(math.hypot(...differences));
	} finally {
		vm.heap.release(p, DIST_POINT);
		vm.heap.release(q, DIST_POINT);
	}
};

/** floor(sqrt(n)) by Newton's method on bigints (a double's sqrt is wrong past 2**53 and infinite past 1e308). */
function integerSqrt(n: bigint): bigint {
	if (n < 2n) return n;
	let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
	for (;;) {
		const next = (x + n / x) >> 1n;
		if (next >= x) return x;
		x = next;
	}
}

/** Functions CPython has whose glibc results pymem cannot yet reproduce to the last bit: a clear error, not a near miss. */
const NOT_YET = ["acos", "asin", "acosh", "asinh", "atanh", "cosh", "sinh", "tanh", "expm1", "log1p", "cbrt", "erf", "erfc", "gamma", "lgamma"];

const LOG_CALL: PackedLabels = { args: "call arguments (math.log)", kwargs: "keyword arguments (math.log)" };

export const MATH_FUNCTIONS: Record<string, NativeImpl> = {
	sqrt: unary("sqrt", math.sqrt),
	exp: unary("exp", math.exp),
	exp2: unary("exp2", math.exp2),
	// math_log takes an optional group (METH_VARARGS): the call packs its arguments in a tuple first.
	log: (vm, args, kw) =>
		withPackedArguments(vm, args, kw, () => {
			// cfunction_call refuses keywords once the call has packed them.
			if (kw?.size) vm.raise("TypeError", "log() takes no keyword arguments");
			if (args.length < 1 || args.length > 2) vm.raise("TypeError", "math.log requires 1 to 2 arguments");
			return vm.float(math.log(real(vm, args[0]!, true), args[1] ? real(vm, args[1], true) : null));
		}, LOG_CALL),
	log2: unary("log2", math.log2, true),
	log10: unary("log10", math.log10, true),
	sin: unary("sin", math.sin),
	cos: unary("cos", math.cos),
	tan: unary("tan", math.tan),
	atan: unary("atan", math.atan),
	atan2: binary("atan2", math.atan2),
	fabs: unary("fabs", math.fabs),
	floor: rounding("floor"),
	ceil: rounding("ceil"),
	trunc: rounding("trunc"),
	degrees: unary("degrees", math.degrees),
	radians: unary("radians", math.radians),
	pow: binary("pow", math.pow),
	copysign: binary("copysign", math.copysign),
	fmod: binary("fmod", math.fmod),
	remainder: binary("remainder", math.remainder),
	nextafter: binary("nextafter", math.nextafter),
	ulp: unary("ulp", math.ulp),
	frexp: unary("frexp", math.frexp),
	modf: unary("modf", math.modf),
	ldexp: (vm, args, kw) => {
		checkFastcall(vm, "math.ldexp", args, kw, 2);
		// The clinic's double converter reads x before the body checks i.
		const x = real(vm, args[0]!);
		if (!(args[1] instanceof PyInt)) vm.raise("TypeError", "Expected an int as second argument to ldexp.");
		return vm.float(math.ldexp(x, BigInt((args[1] as PyInt).value)));
	},
	hypot: (vm, args, kw) => {
		refuseKeywords(vm, "math.hypot", kw);
		return vm.float(math.hypot(...args.map((a) => real(vm, a))));
	},
	dist,
	fsum: (vm, args, kw) => {
		requireOneArgument(vm, "math.fsum", args.length, kw);
		return vm.float(math.fsum(reals(vm, args[0]!)));
	},
	prod,
	isclose,
	isnan: unary("isnan", math.isnan),
	isinf: unary("isinf", math.isinf),
	isfinite: unary("isfinite", math.isfinite),
	gcd: (vm, args, kw) => {
		refuseKeywords(vm, "math.gcd", kw);
		return vm.int(math.gcd(...ints(vm, args)));
	},
	lcm: (vm, args, kw) => {
		refuseKeywords(vm, "math.lcm", kw);
		return vm.int(math.lcm(...ints(vm, args)));
	},
	factorial: (vm, args, kw) => {
		requireOneArgument(vm, "math.factorial", args.length, kw);
		return vm.int(math.factorial(vm.intValueBig(args[0]!)));
	},
	perm: (vm, args, kw) => {
		checkFastcall(vm, "math.perm", args, kw, 1, 2);
		return vm.int(math.perm(vm.intValueBig(args[0]!), args[1] && args[1] !== vm.None ? vm.intValueBig(args[1]) : null));
	},
	comb: (vm, args, kw) => {
		checkFastcall(vm, "math.comb", args, kw, 2);
		return vm.int(math.comb(vm.intValueBig(args[0]!), vm.intValueBig(args[1]!)));
	},
	isqrt: (vm, args, kw) => {
		requireOneArgument(vm, "math.isqrt", args.length, kw);
		const n = vm.intValueBig(args[0]!);
		if (n < 0n) vm.raise("ValueError", "isqrt() argument must be nonnegative");
		return vm.int(integerSqrt(n));
	},
	...notSupportedYet(NOT_YET, (name) => `math.${name}`),
};

export function installMathConstants(vm: VM, module: PyModule): void {
	setModuleConstant(vm, module, "pi", vm.float(math.PI));
	setModuleConstant(vm, module, "e", vm.float(math.E));
	setModuleConstant(vm, module, "tau", vm.float(math.TAU));
	setModuleConstant(vm, module, "inf", vm.float(math.INF));
	setModuleConstant(vm, module, "nan", vm.float(math.NAN));
}

// math.log is METH_VARARGS: a call with **kwargs hands it its own tuple and dict (no names tuple).
for (const name of ["log"]) calledWithTuple(MATH_FUNCTIONS[name]!);
