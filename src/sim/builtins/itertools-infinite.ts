// itertools.count, repeat and cycle (Modules/itertoolsmodule.c in 3.11): the iterators that need not end.
import type { PyObject } from "../heap/object";
import type { PyToolIterator } from "../heap/tool-iterators";
import { PyComplex, PyFloat, PyInt } from "../heap/values";
import { hasInstanceAttributes } from "../heap/subclass-instances";
import { PyList } from "../heap/containers";
import { listAppend } from "../vm/list-mutations";
import { repr } from "../vm/repr";
import { clinicArguments, newToolIterator, positionalArguments, setSlot } from "./itertools-support";
import type { ModuleTypeConstructor } from "./module-type-constructors";
import { fitsSsize, ssize } from "../vm/ssize";

/** PyNumber_Check: an int, float or complex, or an object whose type has __index__, __int__ or __float__. */
function isNumber(o: PyObject): boolean {
	if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex) return true;
	return hasInstanceAttributes(o) && ["__index__", "__int__", "__float__"].some((name) => o.cls.lookup(name));
}

/**
 * count(start=0, step=1). With an int start that fits a Py_ssize_t and an int step of 1 it counts in a C
 * integer (fast mode: it holds only the step); otherwise it holds the next value, and next() hands that over
 * and keeps start + step.
 */
export const count: ModuleTypeConstructor = (vm, args, kw) => {
	const [start, step] = clinicArguments(vm, "count", args, kw, { names: ["start", "step"], required: 0, clinicModule: "itertools" });
	if ((start && !isNumber(start)) || (step && !isNumber(step))) vm.raise("TypeError", "a number is required");
	const startsFast = !start || (start instanceof PyInt && fitsSsize(BigInt(start.value)));
	const fast = startsFast && (!step || (step instanceof PyInt && BigInt(step.value) === 1n));
	let next = fast && start instanceof PyInt ? BigInt(start.value) : 0n;
	const current = fast ? null : vm.incref(start ?? vm.int(0));
	const counter = newToolIterator(vm, "count", [["current count", current], ["step", vm.incref(step ?? vm.int(1))]], 40, (it) => {
		if (fast) return vm.int(next++);
		const value = it.slots[0]!;
		const steppedUp = vm.binary("Add", value, it.slots[1]!);
		// The count hands its reference to the caller and keeps the new value.
		it.slots[0] = steppedUp;
		vm.heap.observer?.contentChanged(it);
		return value;
	});
	counter.describe = () => {
		if (fast) return `count(${next})`;
		const stepValue = counter.slots[1]!;
		if (stepValue instanceof PyInt && BigInt(stepValue.value) === 1n) return `count(${repr(vm, counter.slots[0]!)})`;
		return `count(${repr(vm, counter.slots[0]!)}, ${repr(vm, stepValue)})`;
	};
	return counter;
};

/** repeat(object[, times]): the element, handed out `times` times (forever without it; a negative times is 0). */
export const repeat: ModuleTypeConstructor = (vm, args, kw) => {
	const [element, times] = clinicArguments(vm, "repeat", args, kw, { names: ["object", "times"], required: 1 });
	let left = times ? ssize(vm, times) : -1;
	if (times && left < 0) left = 0;
	const repeater = newToolIterator(vm, "repeat", [["element", vm.incref(element!)]], 32, (it) => {
		if (left === 0) return null;
		if (left > 0) left--;
		return vm.incref(it.slots[0]!);
	});
	repeater.lengthHint = left < 0 ? null : () => left;
	repeater.describe = () => (left < 0 ? `repeat(${repr(vm, repeater.slots[0]!)})` : `repeat(${repr(vm, repeater.slots[0]!)}, ${left})`);
	return repeater;
};

/**
 * cycle(iterable): the first pass hands out the iterator's items and saves each in a list; once the iterator
 * is exhausted it lets go of it and goes round the saved list.
 */
export const cycle: ModuleTypeConstructor = (vm, args, kw) => {
	positionalArguments(vm, "cycle", args, kw, 1);
	const source = vm.getIter(args[0]!);
	let saved: PyList;
	vm.heap.adopt(source, "iterator for a new cycle");
	try {
		saved = vm.list([]);
	} finally {
		vm.heap.disown(source, "iterator for a new cycle");
	}
	let index = 0;
	return newToolIterator(vm, "cycle", [["iterator", source], ["saved items", saved]], 48, (it) => {
		const list = it.slots[1] as PyList;
		if (it.slots[0]) {
			const item = vm.iterNext(it.slots[0]);
			if (item) {
				listAppend(vm, list, item);
				return item;
			}
			setSlot(vm, it, 0, null);
		}
		if (list.items.length === 0) return null;
		const item = list.items[index]!;
		index = (index + 1) % list.items.length;
		return vm.incref(item);
	});
};

export type { PyToolIterator };
