// itertools.groupby and its _grouper objects (3.11): groupby holds the iterator, the key function, the key of
// the group it handed out last (tgtkey) and the item it read ahead with its key; each grouper holds the
// groupby and its group's key. Only the newest grouper reads on (groupby's currgrouper is a borrowed pointer).
import type { PyObject } from "../heap/object";
import type { PyToolIterator } from "../heap/tool-iterators";
import type { VM } from "../vm/vm";
import { clinicArguments, newToolIterator, sameOrEqual, setSlot } from "./itertools-support";
import type { ModuleTypeConstructor } from "./module-type-constructors";

const IT = 0;
const KEYFUNC = 1;
const TARGET_KEY = 2;
const CURRENT_KEY = 3;
const CURRENT_VALUE = 4;

/** groupby_step: read the next item and its key into currvalue and currkey; false when the iterator is done. */
function step(vm: VM, groupby: PyToolIterator): boolean {
	const value = vm.iterNext(groupby.slots[IT]!);
	if (!value) return false;
	const keyfunc = groupby.slots[KEYFUNC]!;
	const key = keyfunc === vm.None ? vm.incref(value) : vm.heap.releaseIfRaises(value, "item groupby is keying", () => vm.callObject(keyfunc, [value]));
	setSlot(vm, groupby, CURRENT_VALUE, value);
	setSlot(vm, groupby, CURRENT_KEY, key);
	return true;
}

export const groupby: ModuleTypeConstructor = (vm, args, kw) => {
	const [iterable, key] = clinicArguments(vm, "groupby", args, kw, { names: ["iterable", "key"], required: 1, clinicModule: "itertools" });
	let currentGrouper: PyToolIterator | null = null;
	const source = vm.getIter(iterable!);
	const fields: [string, PyObject | null][] = [["iterator", source], ["key function", vm.incref(key ?? vm.None)], ["key of the current group", null], ["key read ahead", null], ["item read ahead", null]];
	const grouping = newToolIterator(vm, "groupby", fields, 64, (self) => {
		currentGrouper = null;
		for (;;) {
			const currentKey = self.slots[CURRENT_KEY];
			const targetKey = self.slots[TARGET_KEY];
			if (currentKey) {
				if (!targetKey) break;
				if (!sameOrEqual(vm, targetKey, currentKey)) break;
			}
			if (!step(vm, self)) return null;
		}
		const groupKey = self.slots[CURRENT_KEY]!;
		setSlot(vm, self, TARGET_KEY, vm.incref(groupKey));
		const grouper = newGrouper(vm, self, groupKey, () => currentGrouper);
		currentGrouper = grouper;
		const pair = vm.heap.releaseIfRaises(grouper, "new _grouper", () => vm.tuple([vm.incref(groupKey), vm.incref(grouper)]));
		vm.decref(grouper);
		return pair;
	});
	return grouping;
};

/** A _grouper: the items of its group while it is groupby's newest one and the read-ahead key equals its key. */
function newGrouper(vm: VM, parent: PyToolIterator, groupKey: PyObject, current: () => PyToolIterator | null): PyToolIterator {
	vm.incref(parent);
	vm.incref(groupKey);
	const grouper = newToolIterator(vm, "_grouper", [["groupby", parent], ["key of its group", groupKey]], 32, (self) => {
		if (current() !== self) return null;
		if (!parent.slots[CURRENT_VALUE] && !step(vm, parent)) return null;
		if (!sameOrEqual(vm, self.slots[1]!, parent.slots[CURRENT_KEY]!)) return null;
		const value = parent.slots[CURRENT_VALUE]!;
		// The item passes to the caller; the read-ahead key is dropped.
		parent.slots[CURRENT_VALUE] = null;
		vm.heap.observer?.contentChanged(parent);
		setSlot(vm, parent, CURRENT_KEY, null);
		return value;
	});
	return grouper;
}
