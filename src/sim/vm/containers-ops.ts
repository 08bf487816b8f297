// Opcodes that build and index containers, and f-string assembly (unpacking is in unpacking.ts).
import { Op } from "../compile/code";
import type { PyObject } from "../heap/object";
import { PyList, PyTuple, PyDict, PySet, PySlice } from "../heap/containers";
import type { Frame } from "./frame";
import { dictSet, dictSetTaking, setAdd } from "./dicts";
import { getItem, setItem, delItem } from "./subscript";
import { runsSpecializedSubscript } from "./subscript-sites";
import { runsSpecializedStore } from "./store-subscript-sites";
import { releaseOperands, replaceTop } from "./operand-release";
import { execFormatValue } from "./format-value";
import type { VM } from "./vm";
import { listExtendFrom } from "./list-mutations";
import { unpack } from "./unpacking";
import { whenNoIterSlot } from "./iteration";
import { mergeKeywords, updateFromMapping } from "./call-arguments";

export function execContainerOp(vm: VM, f: Frame, op: Op, arg: number): boolean {
	const stack = f.stack;
	switch (op) {
		case Op.BINARY_SUBSCR: {
			if (runsSpecializedSubscript(vm, f, f.pc - 1)) return true;
			replaceTop(vm, stack, 2, getItem(vm, stack[stack.length - 2]!, stack[stack.length - 1]!));
			return true;
		}
		case Op.STORE_SUBSCR: {
			if (runsSpecializedStore(vm, f, f.pc - 1)) return true;
			setItem(vm, stack[stack.length - 2]!, stack[stack.length - 1]!, stack[stack.length - 3]!);
			releaseOperands(vm, stack.splice(stack.length - 3));
			return true;
		}
		case Op.DELETE_SUBSCR: {
			// The operands stay on the stack while an __index__ or __delitem__ runs, so they show as held (as for STORE_SUBSCR).
			delItem(vm, stack[stack.length - 2]!, stack[stack.length - 1]!);
			releaseOperands(vm, stack.splice(stack.length - 2));
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
		case Op.FORMAT_VALUE:
			execFormatValue(vm, f, arg);
			return true;
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
			unpack(vm, f.stack, arg, -1);
			return true;
		case Op.UNPACK_EX:
			unpack(vm, f.stack, arg & 0xff, arg >> 8);
			return true;
	}
	return false;
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
