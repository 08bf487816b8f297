// CPython 3.11's adaptive STORE_SUBSCR (specialize.c's _Py_Specialize_StoreSubscr; ceval.c's STORE_SUBSCR_LIST_INT
// and STORE_SUBSCR_DICT), with adaptive-sites.ts's counter. The generic instruction calls PyObject_SetItem, which
// takes references of its own to the key and value before it stores them and drops the replaced value, then
// releases the stack's. The specialized forms move the stack's references in: while the replaced value's __del__
// runs (or the key's __hash__ and __eq__), the new value and the key have one reference fewer, and a key equal to
// one the dict has goes right after the old value, before the dict is released.
import { T } from "../heap/classes";
import type { PyObject } from "../heap/object";
import type { PyInt } from "../heap/values";
import type { PyDict, PyList } from "../heap/containers";
import { dictSetTaking } from "./dicts";
import { AdaptiveSite, GENERIC, formOfRun, quickenedSite } from "./adaptive-sites";
import { truncate } from "../arrays";
import { releaseOperands } from "./operand-release";
import { isIndexBelow } from "./subscript-sites";
import type { Frame } from "./frame";
import type { VM } from "./vm";

const LIST_INT = 1;
const DICT = 2;

const newSite = (): AdaptiveSite => new AdaptiveSite();

/**
 * STORE_SUBSCR at `pc` of `f`, the value, container and key on top of the stack: true when a specialized form
 * stored it, false when the generic instruction is left to run.
 */
export function runsSpecializedStore(vm: VM, f: Frame, pc: number): boolean {
	const site = quickenedSite(f.code, pc, newSite);
	if (!site) return false;
	const stack = f.stack;
	const container = stack[stack.length - 2]!;
	const key = stack[stack.length - 1]!;
	const form = formOfRun(site, container, key, specialize, guardsHold);
	site.operandsGone = form !== GENERIC;
	if (form === GENERIC) return false;
	const value = stack[stack.length - 3]!;
	truncate(stack, stack.length - 3);
	if (form === LIST_INT) {
		const list = container as PyList;
		const index = (key as PyInt).value as number;
		const old = list.items[index]!;
		list.items[index] = value;
		vm.heap.observer?.itemReplaced(list, index);
		releaseOperands(vm, [old, key, list]);
		return true;
	}
	vm.heap.adopt(container, STORE_OPERAND);
	try {
		dictSetTaking(vm, container as PyDict, key, value);
	} finally {
		vm.heap.release(container, STORE_OPERAND);
	}
	return true;
}

/** What the specialized store holds once its operands left the stack. */
const STORE_OPERAND = "operand of a store";

function specialize(site: AdaptiveSite, container: PyObject, key: PyObject): void {
	const cls = container.cls;
	if (cls === T.list && isIndexBelow(key, (container as PyList).items.length)) site.form = LIST_INT;
	else if (cls === T.dict) site.form = DICT;
}

function guardsHold(site: AdaptiveSite, container: PyObject, key: PyObject): boolean {
	if (site.form === DICT) return container.cls === T.dict;
	return container.cls === T.list && isIndexBelow(key, (container as PyList).items.length);
}
