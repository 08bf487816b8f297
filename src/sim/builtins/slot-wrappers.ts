// The container dunders of the builtin types, callable as `list.__setitem__(l, 0, x)` or `d.__len__()`.
// Most are slot wrappers (typeobject.c's wrap_* functions): they take their arguments as a tuple, checked by
// check_num_args; list's and dict's __getitem__ and dict's __contains__ are plain methods (METH_COEXIST).
import { builtinBinary } from "../vm/builtin-binary";
import { builtinIter } from "../vm/iteration";
import type { PyObject } from "../heap/object";
import { T, iteratorTypes, type PyClass } from "../heap/classes";
import { PySlotWrapper, type NativeImpl } from "../heap/callables";
import { builtinGetItem as getItem, builtinSetItem as setItem, builtinDelItem as delItem } from "../vm/subscript";
import { builtinContains as contains, indexValue } from "../vm/protocol";
import { fitsSsize } from "../vm/ssize";
import { builtinLength } from "../vm/lengths";
import { globalShared, defineMethods } from "./types";
import { reversed } from "./reversed";
import { takeCallerPacked } from "../vm/caller-packed";
import type { VM } from "../vm/vm";
import { requireOneArgument } from "./arity";
import { requireSlotOwner, slotWrapperArgumentError } from "./slotdef-names";
import { sequenceRepeat } from "../vm/list-subclass-operators";
import { bytesPercentFormat } from "../vm/bytes-percent";
import type { PyBytes } from "../heap/values";
import type { PyByteArray } from "../heap/bytearray";
import { tpName } from "./module-type-constructors";

const WRAPPER_ARGS = "arguments of a slot wrapper";

/**
 * wrapperdescr_call's self check, then the tuple the wrapper reads its arguments from (the sliced tuple of an
 * unbound call, or a method-wrapper's own argument tuple) and check_num_args.
 */
export function slotWrapper(owner: PyClass, name: string, nargs: number, body: (vm: VM, self: PyObject, args: PyObject[]) => PyObject, maxArgs = nargs): NativeImpl {
	return (vm, args, _kw, self) => {
		requireSlotOwner(vm, owner, name, self!);
		return withArgumentTuple(vm, args, () => {
			const problem = slotWrapperArgumentError(owner.name, name, nargs, maxArgs, args.length);
			if (problem !== null) vm.raise("TypeError", problem);
			return body(vm, self!, args);
		});
	};
}

/** `run` while the tuple a slot wrapper reads its arguments from lives (freed after, to the tuple free list). */
export function withArgumentTuple(vm: VM, args: PyObject[], run: () => PyObject): PyObject {
	// A method-wrapper called by CALL_FUNCTION_EX (`d.__setitem__(*pair)`) reads the caller's own tuple.
	const argTuple = takeCallerPacked(args) ? null : vm.tuple(args.map((a) => vm.incref(a)));
	if (argTuple) vm.heap.adopt(argTuple, WRAPPER_ARGS);
	try {
		return run();
	} finally {
		if (argTuple) vm.heap.release(argTuple, WRAPPER_ARGS);
	}
}

/** A METH_O method: exactly one argument, no tuple. */
function methodO(owner: PyClass, name: string, body: (vm: VM, self: PyObject, arg: PyObject) => PyObject): NativeImpl {
	return (vm, args, _kw, self) => {
		if (!self!.cls.isSubclassOf(owner)) {
			vm.raise("TypeError", `descriptor '${name}' for '${tpName(owner)}' objects doesn't apply to a '${self!.typeName}' object`);
		}
		requireOneArgument(vm, `${owner.name}.${name}`, args.length);
		return body(vm, self!, args[0]!);
	};
}

const getitem = (vm: VM, self: PyObject, args: PyObject[]) => getItem(vm, self, args[0]!);
const setitem = (vm: VM, self: PyObject, args: PyObject[]) => {
	setItem(vm, self, args[0]!, args[1]!);
	return vm.incref(vm.None);
};
const delitem = (vm: VM, self: PyObject, args: PyObject[]) => {
	delItem(vm, self, args[0]!);
	return vm.incref(vm.None);
};
const len = (vm: VM, self: PyObject) => vm.int(builtinLength(vm, self));

/**
 * The sq_item wrappers' getindex: PyNumber_AsSsize_t(arg, PyExc_OverflowError), a negative index counted from the
 * end once; the item slot then refuses what is still out of range with `outOfRange`.
 */
function bySequenceIndex(body: WrapperBody, outOfRange: string): WrapperBody {
	return (vm, self, args) => {
		const arg = args[0]!;
		let i = indexValue(vm, arg) ?? vm.raise("TypeError", `'${arg.typeName}' object cannot be interpreted as an integer`);
		if (!fitsSsize(i)) vm.raise("OverflowError", `cannot fit '${arg.typeName}' into an index-sized integer`);
		const length = BigInt(builtinLength(vm, self));
		if (i < 0n) i += length;
		if (i < 0n || i >= length) vm.raise("IndexError", outOfRange);
		const index = vm.int(i);
		try {
			return body(vm, self, [index, ...args.slice(1)]);
		} finally {
			vm.decref(index);
		}
	};
}
const has = (vm: VM, self: PyObject, args: PyObject[]) => vm.bool(contains(vm, self, args[0]!));

type WrapperBody = (vm: VM, self: PyObject, args: PyObject[]) => PyObject;

/** Slot wrappers in owner's dict: each takes nargs arguments (up to maxArgs when given: PyArg_UnpackTuple). */
/** wrap_call: a callable type's tp_call by name, so `f.__call__(x)` calls f and `hasattr(f, "__call__")` is True. */
export function defineCallSlot(owner: PyClass): void {
	const call: NativeImpl = (vm, args, kwargs, self) => {
		requireSlotOwner(vm, owner, "__call__", self!);
		return vm.callObject(self!, args, kwargs);
	};
	owner.dict.set("__call__", globalShared(new PySlotWrapper("__call__", call, null, owner)));
}

export function defineSlotWrappers(owner: PyClass, wrappers: Record<string, [number, WrapperBody] | [number, WrapperBody, number]>): void {
	for (const [name, [nargs, body, maxArgs]] of Object.entries(wrappers)) {
		owner.dict.set(name, globalShared(new PySlotWrapper(name, slotWrapper(owner, name, nargs, body, maxArgs ?? nargs), null, owner)));
	}
}

export function installSlotWrappers(): void {
	defineSlotWrappers(T.list, { __setitem__: [2, setitem], __delitem__: [1, delitem], __len__: [0, len], __contains__: [1, has] });
	defineMethods(T.list, { __getitem__: methodO(T.list, "__getitem__", (vm, self, key) => getItem(vm, self, key)) });
	defineSlotWrappers(T.dict, { __setitem__: [2, setitem], __delitem__: [1, delitem], __len__: [0, len] });
	defineMethods(T.dict, {
		__getitem__: methodO(T.dict, "__getitem__", (vm, self, key) => getItem(vm, self, key)),
		__contains__: methodO(T.dict, "__contains__", (vm, self, key) => vm.bool(contains(vm, self, key))),
	});
	for (const owner of [T.tuple, T.str, T.bytes]) defineSlotWrappers(owner, { __getitem__: [1, getitem], __len__: [0, len], __contains__: [1, has] });
	for (const owner of [T.bytearray, T.deque]) defineMutableSequenceSlots(owner);
	// deque has no mapping slots: its item dunders are wrap_sq_item, wrap_sq_setitem and wrap_sq_delitem.
	const dequeRange = "deque index out of range";
	defineSlotWrappers(T.deque, { __getitem__: [1, bySequenceIndex(getitem, dequeRange)], __setitem__: [2, bySequenceIndex(setitem, dequeRange)], __delitem__: [1, bySequenceIndex(delitem, dequeRange)] });
	// set_contains is a METH_COEXIST method (METH_O), as dict's is.
	for (const owner of [T.set, T.frozenset]) {
		defineSlotWrappers(owner, { __len__: [0, len] });
		defineMethods(owner, { __contains__: methodO(owner, "__contains__", (vm, self, key) => vm.bool(contains(vm, self, key))) });
	}
	defineSlotWrappers(T.range, { __getitem__: [1, getitem], __len__: [0, len], __contains__: [1, has] });
	// memoryview has no sq_contains: `in` iterates.
	defineSlotWrappers(T.memoryview, { __getitem__: [1, getitem], __setitem__: [2, setitem], __delitem__: [1, delitem], __len__: [0, len] });
	// tp_iter (wrap_unaryfunc) of the iterables, and tp_iternext (wrap_next) and tp_iter of their iterators.
	for (const owner of [T.list, T.tuple, T.dict, T.set, T.frozenset, T.range, T.bytes, T.bytearray, T.memoryview]) defineSlotWrappers(owner, { __iter__: [0, iter] });
	// The dict views' sq_length, tp_iter and (keys and items) sq_contains, and their __reversed__ method.
	for (const owner of [T.dict_keys, T.dict_values, T.dict_items]) {
		defineSlotWrappers(owner, { __len__: [0, len], __iter__: [0, iter], ...(owner === T.dict_values ? {} : { __contains__: [1, has] }) });
		defineMethods(owner, { __reversed__: (vm, _args, _kw, self) => reversed(vm, [self!], null, null) });
	}
	for (const owner of iteratorTypes.values()) defineSlotWrappers(owner, { __iter__: [0, (vm, self) => vm.incref(self)], __next__: [0, next] });
	installOperatorDunders();
}

// sq_concat (list_concat, tuplerepeat...) through wrap_binaryfunc: the builtin operator's own TypeError.
const concat = (vm: VM, self: PyObject, args: PyObject[]) => vm.binary("Add", self, args[0]!);
// sq_repeat through wrap_indexargfunc: the count must have __index__.
const repeat = (vm: VM, self: PyObject, args: PyObject[]) => sequenceRepeat(vm, self, args[0]!);
/** sq_inplace_repeat through wrap_indexargfunc: the count must have __index__. */
const repeatInPlace = (vm: VM, self: PyObject, args: PyObject[]) => sequenceRepeat(vm, self, args[0]!, true);

/**
 * The sequence slots of a mutable sequence type defined in C (bytearray, deque, array): item access, length,
 * membership, and sq_concat and sq_repeat with their in-place forms, the type's own (never a subclass's
 * __iadd__ again). `refuseConcat` is sq_inplace_concat's error for an operand it cannot take, when it has one
 * of its own (the others raise theirs as they extend).
 */
export function defineMutableSequenceSlots(owner: PyClass, refuseConcat: (vm: VM, self: PyObject, other: PyObject) => PyObject = (vm, self, other) => vm.binary("Add", self, other)): void {
	defineSlotWrappers(owner, {
		__getitem__: [1, getitem],
		__setitem__: [2, setitem],
		__delitem__: [1, delitem],
		__len__: [0, len],
		__contains__: [1, has],
		__add__: [1, concat],
		__iadd__: [1, (vm, self, args) => builtinBinary(vm, "Add", self, args[0]!, true) ?? refuseConcat(vm, self, args[0]!)],
		__mul__: [1, repeat],
		__rmul__: [1, repeat],
		__imul__: [1, repeatInPlace],
	});
}

/** tuple's and the sets' operator dunders, NoneType.__bool__ and list.__reversed__. */
function installOperatorDunders(): void {
	// (list's are in builtin-subclasses.ts, with its in-place ones.)
	defineSlotWrappers(T.tuple, { __add__: [1, concat], __mul__: [1, repeat], __rmul__: [1, repeat] });
	defineSlotWrappers(T.bytes, { __add__: [1, concat], __mul__: [1, repeat], __rmul__: [1, repeat] });
	// bytes_mod and bytearray_mod (nb_remainder): NotImplemented unless the left operand is of the type.
	for (const owner of [T.bytes, T.bytearray]) {
		const format = (vm: VM, template: PyObject, args: PyObject) =>
			template.cls.isSubclassOf(owner) ? bytesPercentFormat(vm, template as PyBytes | PyByteArray, args) : vm.incref(vm.NotImplemented);
		defineSlotWrappers(owner, { __mod__: [1, (vm, self, args) => format(vm, self, args[0]!)], __rmod__: [1, (vm, self, args) => format(vm, args[0]!, self)] });
	}
	// set_or, set_and...: NotImplemented unless both operands are sets or frozensets.
	const isSet = (o: PyObject) => o.cls.isSubclassOf(T.set) || o.cls.isSubclassOf(T.frozenset);
	for (const owner of [T.set, T.frozenset]) {
		const wrappers: Record<string, [number, (vm: VM, self: PyObject, args: PyObject[]) => PyObject]> = {};
		for (const [dunder, op] of [["or", "BitOr"], ["and", "BitAnd"], ["sub", "Sub"], ["xor", "BitXor"]] as const) {
			// The set operation itself: a subclass's own __or__... (calling this through super()) is not asked again.
			wrappers[`__${dunder}__`] = [1, (vm, self, args) => (isSet(args[0]!) ? builtinBinary(vm, op, self, args[0]!, false)! : vm.incref(vm.NotImplemented))];
			wrappers[`__r${dunder}__`] = [1, (vm, self, args) => (isSet(args[0]!) ? builtinBinary(vm, op, args[0]!, self, false)! : vm.incref(vm.NotImplemented))];
			// set_ior...: the set itself, changed (frozenset has none: its `|=` makes a new one).
			if (owner === T.set) wrappers[`__i${dunder}__`] = [1, (vm, self, args) => (isSet(args[0]!) ? builtinBinary(vm, op, self, args[0]!, true)! : vm.incref(vm.NotImplemented))];
		}
		defineSlotWrappers(owner, wrappers);
	}
	defineSlotWrappers(T.NoneType, { __bool__: [0, (vm) => vm.incref(vm.False)] });
	defineMethods(T.list, { __reversed__: (vm, _args, _kw, self) => reversed(vm, [self!], null, null) });
}

// tp_iter of the type itself: a subclass's own __iter__ (which may call this through super()) is not asked.
const iter = (vm: VM, self: PyObject) => builtinIter(vm, self);
/** wrap_next: the next item, or StopIteration. */
const next = (vm: VM, self: PyObject) => vm.iterNext(self) ?? vm.raise("StopIteration");
