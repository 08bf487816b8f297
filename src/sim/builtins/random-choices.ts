// Lib/random.py's choices() and sample()'s checks, through Python's own protocols: weights are added up with
// `+` (itertools.accumulate), the total is `cum_weights[-1] + 0.0`, each pick bisects the cumulative weights
// with `<`, and sample's k is compared (`0 <= k <= n`) before `[None] * k` needs an int. What they draw from
// the generator, and when, is random.py's.
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyInt } from "../heap/values";
import { PyList } from "../heap/containers";
import { listCapacityAfterAppend } from "../runtime/containerGrowth";
import { compareValues } from "../vm/comparisons";
import { length } from "../vm/lengths";
import { getItem } from "../vm/subscript";
import { clearRaised, raisedMatches } from "../vm/protocol";
import { PyRaise } from "../vm/errors";
import { checkSequenceLength, repeatIndex } from "../vm/sequence-repeat";
import { repr } from "../vm/repr";
import type { VM } from "../vm/vm";
import type { MethodArguments } from "./def-arguments";
import { floatAsDouble } from "./number-constructors";
import { generator } from "./random-methods";
import { objectIsInstance } from "../vm/metaclasses";
import { PyModule } from "../heap/callables";
import { forEachItem } from "../vm/iteration";
import { listAppend } from "../vm/list-mutations";

const WEIGHTS = "cumulative weights (random.choices)";
const TOTAL = "value random.py's code holds";

/** Random.choices(population, weights=None, *, cum_weights=None, k=1). */
export function choices(vm: VM, [required, weightsArgument]: MethodArguments, kw: ReadonlyMap<string, PyObject>): PyObject {
	const population = required!;
	const given = (o: PyObject | undefined) => (o === undefined || o === vm.None ? null : o);
	const weights = given(weightsArgument);
	const cumWeightsGiven = given(kw.get("cum_weights"));
	const k = kw.get("k");
	const n = length(vm, population);
	const twister = generator(vm);
	if (cumWeightsGiven === null && weights === null) {
		const picks = repeated(vm, k, () => Math.floor(twister.random() * n));
		return picked(vm, population, picks);
	}
	if (weights !== null && cumWeightsGiven !== null) vm.raise("TypeError", "Cannot specify both weights and cumulative weights");
	const cumWeights = cumWeightsGiven === null ? accumulated(vm, weights!) : vm.incref(cumWeightsGiven);
	return vm.heap.whileOwned(cumWeights, WEIGHTS, () => {
		if (length(vm, cumWeights) !== n) vm.raise("ValueError", "The number of weights does not match the population");
		const last = owning(vm, vm.int(-1), (index) => getItem(vm, cumWeights, index));
		const total = owning(vm, last, () => owning(vm, vm.float(0), (zero) => vm.binary("Add", last, zero)));
		return owning(vm, total, () => {
			if (owning(vm, vm.float(0), (zero) => compareValues(vm, total, zero, "LtE"))) vm.raise("ValueError", "Total of weights must be greater than zero");
			if (!Number.isFinite(floatAsDouble(vm, total) ?? vm.raise("TypeError", `must be real number, not ${total.typeName}`))) vm.raise("ValueError", "Total of weights must be finite");
			const picks = repeated(vm, k, () => {
				const x = owning(vm, vm.float(twister.random()), (r) => vm.binary("Mult", r, total));
				return owning(vm, x, () => bisectRight(vm, cumWeights, x, n - 1));
			});
			return picked(vm, population, picks);
		});
	});
}

/** `body(o)` while a new reference to `o` is held for it, released after. */
function owning<R>(vm: VM, o: PyObject, body: (o: PyObject) => R): R {
	return vm.heap.whileOwned(o, TOTAL, () => body(o));
}

const RUNNING_TOTAL = "running total (itertools.accumulate)";

/** list(itertools.accumulate(weights)); a TypeError for an int given where weights go is random.py's hint about k. */
function accumulated(vm: VM, weights: PyObject): PyObject {
	try {
		return vm.heap.build(vm.list([]), WEIGHTS, (sums) => {
			let total: PyObject | null = null;
			try {
				forEachItem(vm, weights, (w) => {
					const next: PyObject = total === null ? vm.incref(w) : vm.binary("Add", total, w);
					if (total !== null) vm.heap.release(total, RUNNING_TOTAL);
					total = next;
					vm.heap.adopt(total, RUNNING_TOTAL);
					listAppend(vm, sums, total);
				});
			} finally {
				if (total !== null) vm.heap.release(total, RUNNING_TOTAL);
			}
		});
	} catch (e) {
		if (!(raisedMatches(vm, e, "TypeError") && weights instanceof PyInt)) throw e;
		// random.py's `except TypeError:` made the error an object: the new one's __context__, suppressed (from None).
		e.raised.normalize?.();
		const context = vm.incref(e.raised);
		clearRaised(vm, e);
		const hint = vm.newException(vm.exceptionClass("TypeError"), [vm.str(`The number of choices must be a keyword argument: k=${repr(vm, weights)}`)]);
		hint.context = context;
		hint.suppressContext = true;
		vm.heap.observer?.contentChanged(hint);
		throw new PyRaise(hint);
	}
}

/** bisect.bisect(a, x, 0, hi): the first index in [0, hi) whose item is greater than x, else hi. */
function bisectRight(vm: VM, a: PyObject, x: PyObject, hi: number): number {
	let lo = 0;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		const item = a instanceof PyList && a.cls === T.list ? vm.incref(a.items[mid]!) : owning(vm, vm.int(mid), (index) => getItem(vm, a, index));
		if (vm.heap.whileOwned(item, WEIGHTS, () => compareValues(vm, x, item, "Lt"))) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** `[... for i in _repeat(None, k)]`: k (1 when not given) must be an int; each pick within simulated memory. */
function repeated(vm: VM, k: PyObject | undefined, pick: () => number): number[] {
	const count = k === undefined ? 1 : Number(repeatIndex(vm, k) ?? vm.raise("TypeError", `'${k.typeName}' object cannot be interpreted as an integer`));
	checkSequenceLength(vm, count);
	vm.chargeWork(Math.max(count, 0));
	const picks: number[] = [];
	for (let i = 0; i < count; i++) picks.push(pick());
	return picks;
}

/** The list comprehension's result: population[i] for each pick, with the capacity of that many appends. */
function picked(vm: VM, population: PyObject, picks: readonly number[]): PyObject {
	let allocated = 0;
	for (let size = 0; size < picks.length; size++) allocated = listCapacityAfterAppend(allocated, size);
	const items = picks.map((i) => owning(vm, vm.int(i), (index) => getItem(vm, population, index)));
	return vm.list(items, allocated);
}

/** The builtin sequences collections.abc registers as Sequence (or MutableSequence, ByteString). */
const REGISTERED_SEQUENCES = ["list", "tuple", "range", "str", "bytes", "bytearray", "memoryview", "array", "deque"];

/**
 * sample's `isinstance(population, _Sequence)`: collections.abc's own check once the program imported it (a class
 * of its own may derive from Sequence or be registered); until then only the builtin sequences can pass.
 */
export function isSequenceForSample(vm: VM, population: PyObject): boolean {
	const abc = vm.modules.get("collections.abc");
	const sequence = abc instanceof PyModule ? vm.dictGetStr(abc.dict, "Sequence") : undefined;
	if (sequence instanceof PyClass) return objectIsInstance(vm, population, sequence);
	return population.cls.mro.some((c) => c.builtin && REGISTERED_SEQUENCES.includes(c.name));
}

/** sample's `if not 0 <= k <= n`, then `[None] * k`: k compares with ints, then must be one (or have __index__). */
export function sampleSize(vm: VM, k: PyObject, n: number): number {
	const inRange = owning(vm, vm.int(0), (zero) => compareValues(vm, zero, k, "LtE")) && owning(vm, vm.int(n), (size) => compareValues(vm, k, size, "LtE"));
	if (!inRange) vm.raise("ValueError", "Sample larger than population or is negative");
	const count = k instanceof PyInt ? BigInt(k.value) : repeatIndex(vm, k);
	if (count === null) return vm.raise("TypeError", `can't multiply sequence by non-int of type '${k.typeName}'`);
	// `if k > 5: setsize += 4 ** _ceil(_log(k * 3, 4))`, which only a k that is no int can make fail.
	if (!(k instanceof PyInt) && owning(vm, vm.int(5), (five) => compareValues(vm, k, five, "Gt"))) vm.decref(owning(vm, vm.int(3), (three) => vm.binary("Mult", k, three)));
	return Number(count);
}
