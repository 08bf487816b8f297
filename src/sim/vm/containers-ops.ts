// Opcodes that build, index and unpack containers, and f-string assembly.
import { isScalarInstance } from "../heap/scalar-instances";
import { Op } from "../compile/code";
import type { PyObject } from "../heap/object";
import { PyList, PyTuple, PyDict, PySet, PySlice } from "../heap/containers";
import type { Frame } from "./frame";
import { dictSet, dictSetTaking, setAdd } from "./dicts";
import { getItem, setItem, delItem } from "./subscript";
import { formatObject } from "./formatting";
import { asciiObject, reprObject } from "./repr-objects";
import { strObject } from "./str-of";
import { PyStr } from "../heap/values";
import type { VM } from "./vm";
import { HINTED_ITERATORS, listExtendFrom } from "./list-mutations";
import { whenNoIterSlot } from "./iteration";
import { markRaising } from "./errors";
import { listCapacityAfterExtendIterator } from "../runtime/containerGrowth";
import { PyIterator } from "../heap/iterators";
import { mergeKeywords, updateFromMapping } from "./call-arguments";
import { isExactList, isExactTuple } from "../heap/subclass-instances";

export function execContainerOp(vm: VM, f: Frame, op: Op, arg: number): boolean {
	const stack = f.stack;
	switch (op) {
		case Op.BINARY_SUBSCR: {
			const result = getItem(vm, stack[stack.length - 2]!, stack[stack.length - 1]!);
			const [container, sub] = stack.splice(stack.length - 2);
			stack.push(result);
			vm.decref(container!);
			vm.decref(sub!);
			return true;
		}
		case Op.STORE_SUBSCR: {
			setItem(vm, stack[stack.length - 2]!, stack[stack.length - 1]!, stack[stack.length - 3]!);
			const [value, container, sub] = stack.splice(stack.length - 3);
			vm.decref(value!);
			vm.decref(container!);
			vm.decref(sub!);
			return true;
		}
		case Op.DELETE_SUBSCR: {
			// The operands stay on the stack while an __index__ or __delitem__ runs, so they show as held (as for STORE_SUBSCR).
			delItem(vm, stack[stack.length - 2]!, stack[stack.length - 1]!);
			const [container, sub] = stack.splice(stack.length - 2);
			vm.decref(container!);
			vm.decref(sub!);
			return true;
		}
		case Op.BUILD_SLICE: {
			const step = arg === 3 ? stack.pop()! : vm.None;
			const stop = stack.pop()!;
			const start = stack.pop()!;
			stack.push(vm.heap.register(new PySlice(start, stop, step), true));
			return true;
		}
		case Op.BUILD_LIST:
			stack.push(vm.list(stack.splice(stack.length - arg)));
			return true;
		case Op.BUILD_TUPLE:
			stack.push(vm.tuple(stack.splice(stack.length - arg)));
			return true;
		case Op.BUILD_SET: {
			// Each item leaves the stack once the set took it (or failed to): a later item's __eq__ sees it
			// held by the set alone; after a failure the rest are still released, then the set.
			const items = stack.splice(stack.length - arg);
			for (const item of items) vm.heap.adopt(item, SET_ITEM);
			const set = vm.set();
			vm.heap.adopt(set, "set being built");
			let next = 0;
			try {
				for (; next < items.length; next++) {
					setAdd(vm, set, items[next]!);
					vm.heap.release(items[next]!, SET_ITEM);
				}
			} catch (e) {
				for (let i = next; i < items.length; i++) vm.heap.release(items[i]!, SET_ITEM);
				vm.heap.release(set, "set being built");
				throw e;
			}
			vm.heap.disown(set, "set being built");
			stack.push(set);
			return true;
		}
		case Op.BUILD_MAP: {
			const items = stack.slice(stack.length - 2 * arg);
			const d = buildInto(vm, vm.dict(), "dict being built", (dict) => {
				for (let i = 0; i < items.length; i += 2) dictSet(vm, dict, items[i]!, items[i + 1]!);
			});
			stack.length -= items.length;
			for (let i = items.length - 1; i >= 0; i--) vm.decref(items[i]!);
			stack.push(d);
			return true;
		}
		case Op.BUILD_CONST_KEY_MAP: {
			const keys = (stack[stack.length - 1] as PyTuple).items;
			const values = stack.slice(stack.length - 1 - arg, stack.length - 1);
			const d = buildInto(vm, vm.dict(), "dict being built", (dict) => {
				for (let i = 0; i < arg; i++) dictSet(vm, dict, keys[i]!, values[i]!);
			});
			// ceval.c pops the keys, then the values from the top.
			vm.decref(stack.pop()!);
			for (let i = 0; i < arg; i++) vm.decref(stack.pop()!);
			stack.push(d);
			return true;
		}
		case Op.BUILD_STRING: {
			const parts = stack.splice(stack.length - arg);
			const text = parts.map((p) => vm.strValue(p)).join("");
			for (const p of parts) vm.decref(p);
			stack.push(vm.str(text));
			return true;
		}
		case Op.FORMAT_VALUE: {
			// The value (and spec) stay on the stack while __repr__/__format__ may run.
			const hasSpec = (arg & 4) !== 0;
			const spec = hasSpec ? stack[stack.length - 1]! : null;
			const at = stack.length - (hasSpec ? 2 : 1);
			const conversion = arg & 3;
			if (conversion !== 0) {
				// The converted str replaces the value, which is released at once.
				const value = stack[at]!;
				stack[at] = conversion === 1 ? strObject(vm, value) : conversion === 2 ? reprObject(vm, value) : asciiObject(vm, value);
				vm.decref(value);
			}
			// An exact str without a spec is its own result; otherwise PyObject_Format.
			const value = stack[at]!;
			const result = !spec && value instanceof PyStr && !isScalarInstance(value) ? vm.incref(value) : formatObject(vm, value, spec ? vm.strValue(spec) : "");
			const operands = stack.splice(at);
			stack.push(result);
			for (const o of operands) vm.decref(o);
			return true;
		}
		case Op.LIST_APPEND: {
			const v = stack.pop()!;
			vm.listAppend(stack[stack.length - arg] as PyList, v);
			vm.decref(v);
			return true;
		}
		case Op.SET_ADD: {
			const v = stack.pop()!;
			vm.heap.adopt(v, SET_ITEM);
			try {
				setAdd(vm, stack[stack.length - arg] as PySet, v);
			} finally {
				vm.heap.release(v, SET_ITEM);
			}
			return true;
		}
		case Op.MAP_ADD: {
			const value = stack.pop()!;
			const key = stack.pop()!;
			dictSetTaking(vm, stack[stack.length - arg] as PyDict, key, value);
			return true;
		}
		case Op.LIST_EXTEND:
		case Op.SET_UPDATE:
		case Op.DICT_UPDATE:
		case Op.DICT_MERGE: {
			// The popped operand is the instruction's while the update may run __hash__ or __eq__.
			const source = stack.pop()!;
			const target = stack[stack.length - arg]!;
			vm.heap.adopt(source, UPDATE_SOURCE);
			try {
				if (op === Op.LIST_EXTEND) listExtendFrom(vm, target as PyList, source, false, VALUE_AFTER_STAR);
				else if (op === Op.SET_UPDATE) vm.setUpdate(target as PySet, source);
				// DICT_MERGE's callable is below the positional arguments and the dict being built.
				else if (op === Op.DICT_MERGE) mergeKeywords(vm, target as PyDict, source, stack[stack.length - arg - 2]!);
				else updateFromMapping(vm, target as PyDict, source);
			} finally {
				vm.heap.release(source, UPDATE_SOURCE);
			}
			return true;
		}
		case Op.LIST_TO_TUPLE: {
			const list = stack.pop() as PyList;
			stack.push(vm.tuple(list.items.map((x) => vm.incref(x))));
			vm.decref(list);
			return true;
		}
		case Op.UNPACK_SEQUENCE:
			unpack(vm, f, arg, -1);
			return true;
		case Op.UNPACK_EX:
			unpack(vm, f, arg & 0xff, arg >> 8);
			return true;
	}
	return false;
}

const cannotUnpack = whenNoIterSlot((typeName) => `cannot unpack non-iterable ${typeName} object`);
const UNPACKING = "sequence being unpacked";

/** Push the items of the popped sequence so the first target is stored first (last item deepest). */
function unpack(vm: VM, f: Frame, before: number, after: number): void {
	const seq = f.stack.pop()!;
	if (after < 0) {
		const items = unpackExactly(vm, seq, before);
		for (let i = items.length - 1; i >= 0; i--) f.stack.push(items[i]!);
		return;
	}
	const { items, hinted } = unpackedItems(vm, seq);
	if (items.length < before + after) failUnpacking(vm, items, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
	const head = items.slice(0, before);
	// PySequence_List(it) makes the starred list from all the remaining items (sized from the iterator's length
	// hint, as list_extend does), then drops the trailing ones by shrinking its size only.
	const rest = items.length - before;
	const capacity = listCapacityAfterExtendIterator(0, 0, rest, hinted ? rest : null);
	const middle = vm.list(items.slice(before, items.length - after), capacity);
	const tail = items.slice(items.length - after);
	for (let i = tail.length - 1; i >= 0; i--) f.stack.push(tail[i]!);
	f.stack.push(middle);
	for (let i = head.length - 1; i >= 0; i--) f.stack.push(head[i]!);
}

/**
 * UNPACK_SEQUENCE `count` of `seq`, whose reference it takes: its items as new references, first first, or
 * CPython's ValueError when there are more or fewer. An exact tuple or list of the right length is read
 * directly (3.11's specialized forms); anything else goes through unpack_iterable, which takes at most one
 * item more than it needs: a generator with more to give stays suspended.
 */
export function unpackExactly(vm: VM, seq: PyObject, count: number): PyObject[] {
	vm.heap.adopt(seq, UNPACKING);
	try {
		if ((isExactTuple(seq) || isExactList(seq)) && seq.items.length === count) return seq.items.map((x) => vm.incref(x));
		return unpackIterable(vm, seq, count);
	} finally {
		vm.heap.release(seq, UNPACKING);
	}
}

const UNPACKING_ITERATOR = "iterator being unpacked";

const UNPACKED_ITEM = "item taken by the unpacking (on the stack, above its top)";

/** unpack_iterable for UNPACK_SEQUENCE; on an error the items taken go last first, then the iterator. */
function unpackIterable(vm: VM, seq: PyObject, count: number): PyObject[] {
	const it = vm.getIter(seq, cannotUnpack);
	vm.heap.adopt(it, UNPACKING_ITERATOR);
	const items: PyObject[] = [];
	try {
		while (items.length < count) {
			const item = vm.iterNext(it);
			if (!item) vm.raise("ValueError", `not enough values to unpack (expected ${count}, got ${items.length})`);
			vm.heap.adopt(item, UNPACKED_ITEM);
			items.push(item);
		}
		const extra = vm.iterNext(it);
		if (extra) {
			vm.decref(extra);
			vm.raise("ValueError", `too many values to unpack (expected ${count})`);
		}
	} catch (e) {
		markRaising(vm.heap, e);
		for (let i = items.length - 1; i >= 0; i--) vm.heap.release(items[i]!, UNPACKED_ITEM);
		throw e;
	} finally {
		vm.heap.release(it, UNPACKING_ITERATOR);
	}
	for (const item of items) vm.heap.disown(item, UNPACKED_ITEM);
	return items;
}

/**
 * The items of `seq` (its reference is taken), shown as held while it is iterated: Python code (a generator, a
 * collection the error's allocation starts) may run. `hinted`: the iterator had a length hint (UNPACK_EX).
 */
function unpackedItems(vm: VM, seq: PyObject): { items: PyObject[]; hinted: boolean } {
	vm.heap.adopt(seq, UNPACKING);
	try {
		// Exact tuples and lists are read directly (UNPACK_EX's iterator of one has a length hint); anything else
		// (a list subclass's instance too) is iterated.
		if (isExactTuple(seq) || isExactList(seq)) return { items: seq.items.map((x) => vm.incref(x)), hinted: true };
		return iterateForStarred(vm, seq);
	} finally {
		vm.heap.release(seq, UNPACKING);
	}
}

function failUnpacking(vm: VM, items: PyObject[], message: string): never {
	items.forEach((x) => vm.decref(x));
	return vm.raise("ValueError", message);
}

/** UNPACK_EX's unpack_iterable: every item through iter(seq), and whether that iterator has __length_hint__. */
function iterateForStarred(vm: VM, seq: PyObject): { items: PyObject[]; hinted: boolean } {
	const it = vm.getIter(seq, cannotUnpack);
	vm.heap.adopt(it, UNPACKING_ITERATOR);
	const items: PyObject[] = [];
	try {
		for (let x = vm.iterNext(it); x; x = vm.iterNext(it)) items.push(x);
	} catch (e) {
		items.forEach((x) => vm.decref(x));
		throw e;
	} finally {
		vm.heap.release(it, UNPACKING_ITERATOR);
	}
	return { items, hinted: it instanceof PyIterator && HINTED_ITERATORS.has(it.kindName) };
}

/** Fill a new container the instruction holds in a C local; an error releases it. */
const SET_ITEM = "item being added to a set";
const UPDATE_SOURCE = "operand being merged in";
/** LIST_EXTEND's wording for `[*x]` and `f(a, *x)` when x cannot be iterated. */
const VALUE_AFTER_STAR = whenNoIterSlot((typeName) => `Value after * must be an iterable, not ${typeName}`);

function buildInto<T extends PyObject>(vm: VM, container: T, label: string, fill: (container: T) => void): T {
	vm.heap.adopt(container, label);
	try {
		fill(container);
	} catch (e) {
		vm.heap.release(container, label);
		throw e;
	}
	vm.heap.disown(container, label);
	return container;
}
