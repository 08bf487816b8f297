// Lib/random.py's methods whose arguments go through Python's own protocols: seed's accepted types and versions,
// randrange's int() fallback for a bound that is not an index, uniform's arithmetic, shuffle's subscripts. What
// they consume from the generator, and when, is random.py's, so a program that catches their errors goes on
// with the same numbers.
import type { PyObject } from "../heap/object";
import { PyBool, PyFloat, PyInt, PyStr, PyBytes } from "../heap/values";
import { PyByteArray } from "../heap/bytearray";
import { isScalarInstance } from "../heap/scalar-instances";
import { tupleFreeList } from "../heap/gc-kinds";
import { MersenneTwister } from "../runtime/random";
import { compareValues } from "../vm/comparisons";
import { length } from "../vm/lengths";
import { indexValue } from "../vm/protocol";
import { getItem, setItem } from "../vm/subscript";
import type { VM } from "../vm/vm";
import { hashOf } from "./identity";
import { newInt } from "./number-constructors";

const generators = new WeakMap<VM, MersenneTwister>();

/** The run's generator: CPython seeds an unseeded one from the OS; pymem seeds it with 0, so a run can be replayed. */
export function generator(vm: VM): MersenneTwister {
	let twister = generators.get(vm);
	if (!twister) {
		twister = new MersenneTwister();
		twister.seedInt(0n);
		generators.set(vm, twister);
	}
	return twister;
}

/** seed's `version` as random.py compares it (`version == 1`, `version == 2`): 1, 2, or 0 for anything else. */
export function versionNumber(vm: VM, version: PyObject): number {
	for (const n of [1, 2]) {
		const candidate = vm.int(n);
		try {
			if (compareValues(vm, version, candidate, "Eq")) return n;
		} finally {
			vm.decref(candidate);
		}
	}
	return 0;
}

/** How many types random.py's seed lists as the ones it takes. */
const SEED_TYPES = 6;

/** Random.seed(a, version): random.py's own branches, then _random.Random.seed (random_seed) for the rest. */
export function seed(vm: VM, a: PyObject, version: number): void {
	const twister = generator(vm);
	const bytes = a instanceof PyBytes || a instanceof PyByteArray ? a.value : null;
	if (version === 1 && (a instanceof PyStr || a instanceof PyBytes)) {
		return twister.seedVersion1(a instanceof PyStr ? [...a.value].map((c) => c.codePointAt(0)!) : [...a.value]);
	}
	if (version === 2 && a instanceof PyStr) return twister.seedStr(a.value);
	if (version === 2 && bytes) return twister.seedBytes(bytes);
	// `not isinstance(a, (type(None), int, float, str, bytes, bytearray))` builds its tuple each time.
	vm.heap.countUnbuiltTupleAllocation(SEED_TYPES);
	vm.heap.countUnbuiltFreeListFree(tupleFreeList(SEED_TYPES));
	if (!(a === vm.None || a instanceof PyInt || a instanceof PyFloat || a instanceof PyStr || bytes)) {
		vm.raise("TypeError", "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
	}
	// random_seed: an int by its absolute value, anything else by its hash (as an unsigned C size_t).
	if (a === vm.None) twister.seedInt(0n);
	else if (a instanceof PyInt) twister.seedInt(BigInt(a.value));
	else twister.seedInt(BigInt.asUintN(64, hashOf(vm, a)));
}

/**
 * randrange's bound: operator.index, else int(), which must give an equal number. random.py warns either way
 * (DeprecationWarning, naming randrange's caller): when that is the program, python3 prints the warning, which
 * pymem cannot; from randint, inside random.py, the default filters hide it.
 */
function randrangeBound(vm: VM, value: PyObject, which: string, warningShown: boolean): bigint {
	const index = indexValue(vm, value);
	if (index !== null) return index;
	const converted = newInt(vm, [value]);
	try {
		if (warningShown) vm.raise("TypeError", "pymem does not support randrange() with a non-integer argument yet (python3 prints a DeprecationWarning)");
		if (compareValues(vm, converted, value, "NotEq")) vm.raise("ValueError", `non-integer ${which} for randrange()`);
		return BigInt((converted as PyInt).value);
	} finally {
		vm.decref(converted);
	}
}

/** random.py's default step, the module's `_ONE`: only the int 1 itself is it. */
function isDefaultStep(step: PyObject | undefined): boolean {
	return step === undefined || (step instanceof PyInt && !(step instanceof PyBool) && !isScalarInstance(step) && Number(step.value) === 1);
}

/** Random.randrange(start, stop=None, step=1), its bounds converted in random.py's order. */
export function randrange(vm: VM, start: PyObject, stop: PyObject | undefined, step: PyObject | undefined, direct: boolean): PyObject {
	const twister = generator(vm);
	const first = randrangeBound(vm, start, "arg 1", direct);
	if (stop === undefined || stop === vm.None) {
		if (!isDefaultStep(step)) vm.raise("TypeError", "Missing a non-None stop argument");
		return vm.int(twister.randrange(first, null));
	}
	const end = randrangeBound(vm, stop, "stop", direct);
	const stride = isDefaultStep(step) ? 1n : randrangeBound(vm, step!, "step", direct);
	return vm.int(twister.randrange(first, end, stride));
}

/** An int or a float itself (no subclass, whose arithmetic may be its own): random.py's arithmetic on it is a float's. */
export function isPlainNumber(o: PyObject): o is PyInt | PyFloat {
	return (o instanceof PyInt || o instanceof PyFloat) && !isScalarInstance(o);
}

/** Random.uniform(a, b): `a + (b - a) * self.random()`, the random number drawn once `b - a` is made. */
export function uniform(vm: VM, a: PyObject, b: PyObject): PyObject {
	const twister = generator(vm);
	if (isPlainNumber(a) && isPlainNumber(b)) {
		return vm.float(twister.uniform(Number(a.value), Number(b.value)));
	}
	const width = vm.binary("Sub", b, a);
	return vm.heap.whileOwned(width, "b - a in Random.uniform", () => {
		const r = vm.float(twister.random());
		const scaled = vm.heap.whileOwned(r, "self.random() in Random.uniform", () => vm.binary("Mult", width, r));
		return vm.heap.whileOwned(scaled, "(b - a) * self.random() in Random.uniform", () => vm.binary("Add", a, scaled));
	});
}

/**
 * Random.shuffle(x) for anything but a plain list: `x[i], x[j] = x[j], x[i]` for i from len(x) - 1 down to 1, each
 * j drawn first. A tuple or str fails at its first store (after one draw); a dict of one item is left as it is.
 */
export function shuffleBySubscripts(vm: VM, x: PyObject): void {
	const twister = generator(vm);
	for (let i = length(vm, x) - 1; i >= 1; i--) {
		const j = Number(twister.randbelow(BigInt(i + 1)));
		swapItems(vm, x, i, j);
	}
}

/** `x[i], x[j] = x[j], x[i]`: both read (j first), then x[i] stored, then x[j]. */
function swapItems(vm: VM, x: PyObject, i: number, j: number): void {
	const label = "a value on Random.shuffle's stack";
	const held: PyObject[] = [];
	const hold = (o: PyObject): PyObject => {
		vm.heap.adopt(o, label);
		held.push(o);
		return o;
	};
	try {
		const keyI = hold(vm.int(i));
		const keyJ = hold(vm.int(j));
		const atJ = hold(getItem(vm, x, keyJ));
		const atI = hold(getItem(vm, x, keyI));
		setItem(vm, x, keyI, atJ);
		setItem(vm, x, keyJ, atI);
	} finally {
		for (const o of held.reverse()) vm.heap.release(o, label);
	}
}
