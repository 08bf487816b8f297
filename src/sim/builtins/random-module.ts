// random: the runtime library's Mersenne Twister and Lib/random.py methods (checked against CPython's own
// sequences), one generator per run. CPython seeds an unseeded generator from the OS; pymem seeds it with
// 0 so that a run can be replayed step by step.
import type { NativeImpl, PyModule } from "../heap/callables";
import type { PyObject } from "../heap/object";
import { PyList } from "../heap/containers";
import { length } from "../vm/lengths";
import { getItem } from "../vm/subscript";
import type { VM } from "../vm/vm";
import { subclassSlot } from "../heap/subclass-instances";
import { notSupportedYet } from "./types";
import { defMethod, type MethodArguments } from "./def-arguments";
import { generator, randrange, seed, shuffleBySubscripts, uniform, versionNumber } from "./random-methods";
import { DISTRIBUTIONS, drawFrom, forgetGaussNext, requiredParameters } from "./random-distributions";
import { choices, isSequenceForSample, sampleSize } from "./random-choices";
import { cIntArgument, requireNoArguments, requireOneArgument } from "./arity";

const SAMPLED_INDEX = "index picked by random.sample";

/** The rest of random's public functions: calling one says pymem lacks it (an AttributeError would say Python does). */
const NOT_YET = ["Random", "SystemRandom", "getstate", "randbytes", "setstate", "vonmisesvariate"];

/** random.py's distributions, bound as Python binds their defs (random-distributions.ts draws them). */
const DISTRIBUTION_METHODS: Record<string, NativeImpl> = Object.fromEntries(
	Object.entries(DISTRIBUTIONS).map(([name, distribution]) => {
		const parameters = distribution.parameters.map(([parameter]) => parameter);
		return [name, method(name, parameters, requiredParameters(distribution), (vm, args) => drawFrom(vm, name, distribution, args))];
	}),
);

/** A method of random.py's Random, bound to the module's instance. */
function method(name: string, params: readonly string[], required: number, impl: (vm: VM, args: MethodArguments, keywordOnly: ReadonlyMap<string, PyObject>) => PyObject, keywordOnly: readonly string[] = []): NativeImpl {
	return defMethod(`Random.${name}`, params, required, (vm, args, _self, named) => impl(vm, args, named), keywordOnly);
}

/** A method _randommodule.c defines in C (METH_NOARGS, METH_O): its messages name it `Random.name`. */
function cMethod(name: string, takes: 0 | 1, impl: (vm: VM, arg: PyObject) => PyObject): NativeImpl {
	return (vm, args, kw) => {
		if (takes === 0) requireNoArguments(vm, `Random.${name}`, args.length, kw);
		else requireOneArgument(vm, `Random.${name}`, args.length, kw);
		return impl(vm, args[0]!);
	};
}

export const RANDOM_FUNCTIONS: Record<string, NativeImpl> = {
	seed: method("seed", ["a", "version"], 0, (vm, [a, version]) => {
		seed(vm, a ?? vm.None, version === undefined ? 2 : versionNumber(vm, version));
		forgetGaussNext(generator(vm));
		return vm.incref(vm.None);
	}),
	random: cMethod("random", 0, (vm) => vm.float(generator(vm).random())),
	getrandbits: cMethod("getrandbits", 1, (vm, k) => vm.int(generator(vm).getrandbits(cIntArgument(vm, k)))),
	randint: method("randint", ["a", "b"], 2, (vm, [a, b]) => {
		// randrange(a, b + 1), called from random.py: the DeprecationWarning of a non-integer bound is not shown.
		const one = vm.int(1);
		const stop = vm.heap.whileOwned(one, "1 in Random.randint's b + 1", () => vm.binary("Add", b!, one));
		return vm.heap.whileOwned(stop, "b + 1 in Random.randint", () => randrange(vm, a!, stop, undefined, false));
	}),
	randrange: method("randrange", ["start", "stop", "step"], 1, (vm, [start, stop, step]) => randrange(vm, start!, stop, step, true)),
	uniform: method("uniform", ["a", "b"], 2, (vm, [a, b]) => uniform(vm, a!, b!)),
	choice: method("choice", ["seq"], 1, (vm, [seq]) => {
		const sequence = seq!;
		const index = vm.int(generator(vm).choiceIndex(length(vm, sequence)));
		try {
			return getItem(vm, sequence, index);
		} finally {
			vm.decref(index);
		}
	}),
	shuffle: method("shuffle", ["x"], 1, (vm, [sequence]) => {
		const x = sequence!;
		if (x instanceof PyList && !overridesItems(x)) {
			generator(vm).shuffle(x.items);
			vm.heap.observer?.contentChanged(x);
		} else shuffleBySubscripts(vm, x);
		return vm.incref(vm.None);
	}),
	choices: method("choices", ["population", "weights"], 1, choices, ["cum_weights", "k"]),
	sample: method("sample", ["population", "k"], 2, (vm, [argument, k], keywordOnly) => {
		const population = argument!;
		if (!isSequenceForSample(vm, population)) vm.raise("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).");
		const counts = keywordOnly.get("counts");
		if (counts && counts !== vm.None) vm.raise("TypeError", "pymem does not support random.sample's counts yet");
		refuseOverridingSubclass(vm, population, "sample");
		const n = length(vm, population);
		const { pooled, positions } = generator(vm).samplePositions(BigInt(n), sampleSize(vm, k!, n));
		// `population[j]` for each index picked; only a small population is copied to a pool.
		if (!pooled) {
			return vm.list(
				positions.map((j) => {
					const index = vm.int(j);
					return vm.heap.whileOwned(index, SAMPLED_INDEX, () => getItem(vm, population, index));
				}),
			);
		}
		const items = vm.collect(population);
		try {
			return vm.list(positions.map((j) => vm.incref(items[Number(j)]!)));
		} finally {
			items.forEach((item) => vm.decref(item));
		}
	}, ["counts"]),
	...DISTRIBUTION_METHODS,
	...notSupportedYet(NOT_YET, (name) => `random.${name}`),
};

/** Whether a list subclass measures or indexes itself with dunders of its own, which random.py would call. */
function overridesItems(sequence: PyObject): boolean {
	return ["__getitem__", "__setitem__", "__len__", "__iter__"].some((dunder) => subclassSlot(sequence, dunder));
}

/** random.py reads a list's items through its own dunders: pymem reads them directly, so it refuses a list subclass that has its own. */
function refuseOverridingSubclass(vm: VM, sequence: PyObject, name: string): void {
	if (overridesItems(sequence)) {
		vm.raise("TypeError", `pymem does not support random.${name} of a list subclass with its own __getitem__, __setitem__, __len__ or __iter__ yet`);
	}
}

/**
 * random.py's `from math import pi as _pi, e as _e, tau as TWOPI`: its globals hold math's own floats, so
 * importing random adds a reference to each (sys.getrefcount(math.pi) goes from 2 to 3).
 */
export function installRandomMathNames(vm: VM, module: PyModule, math: PyModule): void {
	for (const [name, mathName] of [["_pi", "pi"], ["_e", "e"], ["TWOPI", "tau"]] as const) {
		const value = vm.dictGetStr(math.dict, mathName);
		if (value) vm.dictSetStr(module.dict, name, value);
	}
}
