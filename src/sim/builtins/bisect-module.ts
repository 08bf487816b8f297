// bisect: Modules/_bisectmodule.c (3.11), which Lib/bisect.py re-exports with bisect = bisect_right and
// insort = insort_right. Each probe takes a new reference to a[mid] (PySequence_GetItem), replaces it by
// key(a[mid]) when a key is given, compares and lets it go before the next probe.
import type { NativeImpl, PyModule } from "../heap/callables";
import type { PyObject } from "../heap/object";
import { PyDict } from "../heap/containers";
import { isExactList } from "../heap/subclass-instances";
import { compareValues } from "../vm/comparisons";
import { length } from "../vm/lengths";
import { listInsert } from "../vm/list-mutations";
import { indexValue } from "../vm/protocol";
import { getItem } from "../vm/subscript";
import type { VM } from "../vm/vm";
import { ssize } from "../vm/ssize";
import { clinicArguments } from "./itertools-support";
import { fitsSsize } from "../vm/ssize";
import { nativeFunction } from "./types";

const PARAMETERS = { names: ["a", "x", "lo", "hi", "key"], required: 2, positional: 4, clinicModule: "bisect" } as const;
const PROBED = "a[mid] being compared";

/** The hi converter: None (or -1) means len(a). */
function highBound(vm: VM, o: PyObject | undefined): number {
	if (o === undefined || o === vm.None) return -1;
	const value = indexValue(vm, o);
	if (value === null) return vm.raise("TypeError", `argument should be integer or None, not '${o.typeName}'`);
	if (!fitsSsize(value)) vm.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
	return Number(value);
}

/** PySequence_Size: a mapping is refused by name. */
function sequenceSize(vm: VM, a: PyObject): number {
	if (a instanceof PyDict) vm.raise("TypeError", `${a.typeName} is not a sequence`);
	return length(vm, a);
}

/**
 * internal_bisect_left / internal_bisect_right: the probe goes right while `a[mid] < x` (left) or while not
 * `x < a[mid]` (right).
 */
function search(vm: VM, a: PyObject, x: PyObject, lo: number, hi: number, key: PyObject, right: boolean): number {
	if (lo < 0) vm.raise("ValueError", "lo must be non-negative");
	if (hi === -1) hi = sequenceSize(vm, a);
	while (lo < hi) {
		const mid = Math.floor((lo + hi) / 2);
		const index = vm.int(mid);
		let probe: PyObject;
		try {
			probe = getItem(vm, a, index);
		} finally {
			vm.decref(index);
		}
		if (key !== vm.None) {
			vm.heap.adopt(probe, PROBED);
			let keyed: PyObject;
			try {
				keyed = vm.callObject(key, [probe]);
			} finally {
				vm.heap.release(probe, PROBED);
			}
			probe = keyed;
		}
		vm.heap.adopt(probe, PROBED);
		let goRight: boolean;
		try {
			goRight = right ? !compareValues(vm, x, probe, "Lt") : compareValues(vm, probe, x, "Lt");
		} finally {
			vm.heap.release(probe, PROBED);
		}
		if (goRight) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function parse(vm: VM, name: string, args: PyObject[], kw: Map<string, PyObject> | null) {
	const [a, x, lo, hi, key] = clinicArguments(vm, name, args, kw, PARAMETERS);
	return { a: a!, x: x!, lo: lo === undefined ? 0 : ssize(vm, lo), hi: highBound(vm, hi), key: key ?? vm.None };
}

function bisect(name: string, right: boolean): NativeImpl {
	return (vm, args, kw) => {
		const { a, x, lo, hi, key } = parse(vm, name, args, kw);
		return vm.int(search(vm, a, x, lo, hi, key, right));
	};
}

const KEYED_ITEM = "key(x) of the item being inserted";

/** insort: the item's key is computed once; an exact list takes it through PyList_Insert, anything else through its insert method. */
function insort(name: string, right: boolean): NativeImpl {
	return (vm, args, kw) => {
		const { a, x, lo, hi, key } = parse(vm, name, args, kw);
		let index: number;
		if (key === vm.None) index = search(vm, a, x, lo, hi, key, right);
		else {
			const keyed = vm.callObject(key, [x]);
			vm.heap.adopt(keyed, KEYED_ITEM);
			try {
				index = search(vm, a, keyed, lo, hi, key, right);
			} finally {
				vm.heap.release(keyed, KEYED_ITEM);
			}
		}
		if (isExactList(a)) listInsert(vm, a, index, x);
		else {
			const position = vm.int(index);
			try {
				vm.decref(vm.callMethod(a, "insert", [position, x]));
			} finally {
				vm.decref(position);
			}
		}
		return vm.incref(vm.None);
	};
}

const BISECT_NATIVES: [string, NativeImpl][] = [
	["bisect_right", bisect("bisect_right", true)],
	["insort_right", insort("insort_right", true)],
	["bisect_left", bisect("bisect_left", false)],
	["insort_left", insort("insort_left", false)],
];

let natives: Map<string, PyObject> | null = null;

/** The module dict: the four natives, and Lib/bisect.py's two aliases of the right-hand ones. */
export function installBisect(vm: VM, module: PyModule): void {
	natives ??= new Map(BISECT_NATIVES.map(([name, impl]) => [name, nativeFunction(name, impl)]));
	for (const [name, fn] of natives) vm.dictSetStr(module.dict, name, fn);
	vm.dictSetStr(module.dict, "bisect", natives.get("bisect_right")!);
	vm.dictSetStr(module.dict, "insort", natives.get("insort_right")!);
}
