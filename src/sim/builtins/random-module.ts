// random: the runtime library's Mersenne Twister and Lib/random.py methods (checked against CPython's own
// sequences), one generator per run. CPython seeds an unseeded generator from the OS; pymem seeds it with
// 0 so that a run can be replayed step by step.
import type { NativeImpl } from "../heap/callables";
import type { PyObject } from "../heap/object";
import { PyFloat, PyInt, PyStr } from "../heap/values";
import { PyList } from "../heap/containers";
import { MersenneTwister } from "../runtime/random";
import { length } from "../vm/iteration";
import { getItem } from "../vm/subscript";
import type { VM } from "../vm/vm";

const generators = new WeakMap<VM, MersenneTwister>();

function generator(vm: VM): MersenneTwister {
	let twister = generators.get(vm);
	if (!twister) {
		twister = new MersenneTwister();
		twister.seedInt(0n);
		generators.set(vm, twister);
	}
	return twister;
}

function real(vm: VM, o: PyObject | undefined): number {
	if (o instanceof PyInt || o instanceof PyFloat) return Number(o.value);
	return vm.raise("TypeError", `must be real number, not ${o?.typeName ?? "NoneType"}`);
}

export const RANDOM_FUNCTIONS: Record<string, NativeImpl> = {
	seed: (vm, args) => {
		const seed = args[0] ?? vm.None;
		const twister = generator(vm);
		if (seed instanceof PyStr) twister.seedStr(seed.value);
		else if (seed instanceof PyInt) twister.seedInt(BigInt(seed.value));
		else if (seed === vm.None) twister.seedInt(0n);
		else vm.raise("TypeError", `pymem seeds random from an int or a str, not from '${seed.typeName}'`);
		return vm.incref(vm.None);
	},
	random: (vm) => vm.float(generator(vm).random()),
	getrandbits: (vm, args) => vm.int(generator(vm).getrandbits(vm.intValue(args[0] ?? vm.None))),
	randint: (vm, args) => vm.int(generator(vm).randint(vm.intValueBig(args[0] ?? vm.None), vm.intValueBig(args[1] ?? vm.None))),
	randrange: (vm, args) => {
		const [start, stop, step] = args.map((a) => vm.intValueBig(a));
		return vm.int(generator(vm).randrange(start ?? vm.raise("TypeError", "randrange expected at least 1 argument, got 0"), stop ?? null, step ?? 1n));
	},
	uniform: (vm, args) => vm.float(generator(vm).uniform(real(vm, args[0]), real(vm, args[1]))),
	choice: (vm, args) => {
		const sequence = args[0] ?? vm.None;
		const index = vm.int(generator(vm).choiceIndex(length(vm, sequence)));
		try {
			return getItem(vm, sequence, index);
		} finally {
			vm.decref(index);
		}
	},
	shuffle: (vm, args) => {
		const list = args[0];
		if (!(list instanceof PyList)) return vm.raise("TypeError", `pymem shuffles lists only, not '${list?.typeName ?? "NoneType"}'`);
		generator(vm).shuffle(list.items);
		vm.heap.observer?.contentChanged(list);
		return vm.incref(vm.None);
	},
	sample: (vm, args) => {
		const population = args[0] ?? vm.None;
		if (!(population instanceof PyList) && !["tuple", "range", "str"].includes(population.typeName)) {
			vm.raise("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).");
		}
		const items = vm.collect(population);
		try {
			return vm.list(generator(vm).sample(items, vm.intValue(args[1] ?? vm.None)).map((item) => vm.incref(item)));
		} finally {
			items.forEach((item) => vm.decref(item));
		}
	},
};
