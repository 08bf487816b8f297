// deepcopy's memo: a plain dict from id(original) to its copy, which a user __deepcopy__(self, memo) sees
// and may fill itself. memo[id(memo)] is the list copy._keep_alive appends each copied original to, so that
// no id is reused while the deepcopy runs.
import type { PyObject } from "../heap/object";
import { PyList, type PyDict } from "../heap/containers";
import { dictGet, dictSet } from "../vm/dicts";
import { listAppend } from "../vm/list-mutations";
import { fakeAddressNumber } from "./identity";
import { CopyFrame } from "./copy-frame";
import type { VM } from "../vm/vm";

/** id(o): a new int. */
export function idOf(vm: VM, o: PyObject): PyObject {
	return vm.int(fakeAddressNumber(o));
}

/** memo.get(d): the copy already made for the object whose id is `key`, borrowed. */
export function memoLookup(vm: VM, memo: PyDict, key: PyObject): PyObject | undefined {
	return dictGet(vm, memo, key);
}

/**
 * `memo[id(x)]` inside `try: ... except KeyError: pass` in `frame`: a miss raises KeyError, whose args tuple
 * (the key) comes from a free list.
 */
export function memoSubscript(vm: VM, memo: PyDict, x: PyObject, frame: CopyFrame): PyObject | undefined {
	const key = idOf(vm, x);
	const found = dictGet(vm, memo, key);
	if (found) vm.decref(key);
	else frame.raiseAndCatch(vm.tuple([key]), () => {});
	return found;
}

/** memo[id(x)] = y */
export function memoize(vm: VM, memo: PyDict, x: PyObject, y: PyObject): void {
	const key = idOf(vm, x);
	dictSet(vm, memo, key, y);
	vm.decref(key);
}

/** copy._keep_alive: memo[id(memo)].append(x), or memo[id(memo)] = [x] after the KeyError of the first time. */
export function keepAlive(vm: VM, x: PyObject, memo: PyDict): void {
	const frame = new CopyFrame(vm, "_keep_alive", true);
	try {
		frame.hold("x", x);
		frame.hold("memo", memo);
		const key = frame.own("id(memo)", idOf(vm, memo));
		const kept = dictGet(vm, memo, key);
		if (kept instanceof PyList) return listAppend(vm, kept, x);
		if (kept) return vm.decref(vm.callMethod(kept, "append", [x]));
		frame.raiseAndCatch(vm.tuple([vm.incref(key)]), () => {
			const list = vm.list([vm.incref(x)]);
			dictSet(vm, memo, key, list);
			vm.decref(list);
		});
	} finally {
		frame.clear();
	}
}
