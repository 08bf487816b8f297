// Which dunders of a builtin type are slot wrappers: typeobject.c's slotdefs table gives each of these names a
// wrapper_descriptor in the type's dict (`<slot wrapper '__repr__' of 'object' objects>`); any other method a
// type defines in C is a method_descriptor (`<method '__format__' of 'object' objects>`).
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import type { VM } from "../vm/vm";
import { tpName } from "./module-type-constructors";

const SLOTDEF_NAMES = new Set(
	(
		"__getattribute__ __getattr__ __setattr__ __delattr__ __repr__ __hash__ __call__ __str__ __lt__ __le__ __eq__ __ne__ __gt__ " +
		"__ge__ __iter__ __next__ __get__ __set__ __delete__ __init__ __del__ __await__ __aiter__ __anext__ __add__ __radd__ __sub__ " +
		"__rsub__ __mul__ __rmul__ __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ __neg__ __pos__ __abs__ __bool__ " +
		"__invert__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__ __int__ " +
		"__float__ __iadd__ __isub__ __imul__ __imod__ __ipow__ __ilshift__ __irshift__ __iand__ __ixor__ __ior__ __floordiv__ " +
		"__rfloordiv__ __truediv__ __rtruediv__ __ifloordiv__ __itruediv__ __index__ __matmul__ __rmatmul__ __imatmul__ __len__ " +
		"__getitem__ __setitem__ __delitem__ __contains__"
	).split(" "),
);

/**
 * METH_COEXIST methods: list's and dict's `__getitem__`, dict's, set's and frozenset's `__contains__` are
 * method descriptors that stand in for the slot wrapper a faster C function would have made.
 */
const COEXISTING = new Set(["list.__getitem__", "dict.__getitem__", "dict.__contains__", "set.__contains__", "frozenset.__contains__"]);

export function isSlotWrapperName(typeName: string, name: string): boolean {
	return SLOTDEF_NAMES.has(name) && !COEXISTING.has(`${typeName}.${name}`);
}

const UNARY = new Set("__repr__ __str__ __hash__ __len__ __iter__ __next__ __bool__ __neg__ __pos__ __abs__ __invert__ __int__ __float__ __index__ __del__ __await__ __aiter__ __anext__".split(" "));
const TWO_ARGUMENTS = new Set(["__setitem__", "__setattr__", "__set__"]);
const ONE_OR_TWO = new Set(["__pow__", "__rpow__", "__ipow__", "__get__"]);
const ANY_ARGUMENTS = new Set(["__init__", "__call__"]);
/** sq_repeat and sq_inplace_repeat: wrap_indexargfunc unpacks its one argument with PyArg_UnpackTuple's empty name. */
const REPEATED_SEQUENCES = new Set(["list", "tuple", "str", "bytes", "bytearray", "deque", "array"]);
const REPEAT_NAMES = new Set(["__mul__", "__rmul__", "__imul__"]);

/**
 * The argument-count error of the wrap_* function behind slot wrapper `name` given `count` arguments, or null
 * (see slotArgumentRangeError).
 */
export function slotArgumentCountError(typeName: string, name: string, count: number): string | null {
	if (ANY_ARGUMENTS.has(name)) return null;
	if (ONE_OR_TWO.has(name)) return slotArgumentRangeError(1, 2, count);
	const expected = TWO_ARGUMENTS.has(name) ? 2 : UNARY.has(name) ? 0 : 1;
	return slotWrapperArgumentError(typeName, name, expected, expected, count);
}

/** slotArgumentRangeError, but for a sequence's repeat slots, whose wrapper unpacks its argument by PyArg_UnpackTuple. */
export function slotWrapperArgumentError(typeName: string, name: string, min: number, max: number, count: number): string | null {
	if (REPEAT_NAMES.has(name) && REPEATED_SEQUENCES.has(typeName)) return count === 1 ? null : ` expected 1 argument, got ${count}`;
	return slotArgumentRangeError(min, max, count);
}

/**
 * A wrap_* function's error for `given` arguments where it takes `min` to `max`, or null: check_num_args'
 * "expected 1 argument, got 0", or PyArg_UnpackTuple's with an empty function name (hence the leading space)
 * for the wrappers that unpack two, or an optional second one.
 */
export function slotArgumentRangeError(min: number, max: number, given: number): string | null {
	if (min !== max) {
		if (given < min) return ` expected at least ${min} argument${min === 1 ? "" : "s"}, got ${given}`;
		return given > max ? ` expected at most ${max} arguments, got ${given}` : null;
	}
	if (given === min) return null;
	const message = `expected ${min} argument${min === 1 ? "" : "s"}, got ${given}`;
	return min === 2 ? ` ${message}` : message;
}

/** wrapperdescr_call's check that a slot wrapper of `owner` is given one of its instances. */
export function requireSlotOwner(vm: VM, owner: PyClass, name: string, self: PyObject): void {
	if (!self.cls.isSubclassOf(owner)) vm.raise("TypeError", `descriptor '${name}' requires a '${tpName(owner)}' object but received a '${self.typeName}'`);
}
