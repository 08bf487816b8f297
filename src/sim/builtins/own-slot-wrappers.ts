// The slot wrappers builtin types have of their own where pymem's would otherwise reach object's: set.__eq__,
// frozenset.__hash__, range.__repr__, type.__repr__... Called unbound (`set.__eq__(a, b)`) or through super(),
// each runs the type's own slot (its tp_richcompare, tp_hash, tp_repr), never a subclass's dunder.
import type { PyObject } from "../heap/object";
import { T, type PyClass } from "../heap/classes";
import { PySlotWrapper, PyCell } from "../heap/callables";
import { PySet, PyRange } from "../heap/containers";
import { PyBytes, PyComplex, PyInt, PyFloat, PyBool, PyStr, latin1 } from "../heap/values";
import { isScalarInstance } from "../heap/scalar-instances";
import { PyByteArray } from "../heap/bytearray";
import { hasBuffer, readBuffer } from "../vm/buffers";
import { bytesRepr } from "../parse/repr";
import { complexRepr } from "../runtime/complexText";
import { hashComplex } from "../runtime/complexMath";
import { compareValues } from "../vm/comparisons";
import { builtinRepr } from "../vm/repr";
import { slotWrapper } from "./slot-wrappers";
import { frozensetHash, cachedStrHash, hashOf, identityHash, rangeHash } from "./identity";
import { globalShared } from "./types";
import type { VM } from "../vm/vm";

const ORDERS: readonly (readonly [string, string])[] = [["__lt__", "Lt"], ["__le__", "LtE"], ["__eq__", "Eq"], ["__ne__", "NotEq"], ["__gt__", "Gt"], ["__ge__", "GtE"]];

function define(owner: PyClass, name: string, nargs: number, body: (vm: VM, self: PyObject, args: PyObject[]) => PyObject): void {
	owner.dict.set(name, globalShared(new PySlotWrapper(name, slotWrapper(owner, name, nargs, body), null, owner)));
}

/**
 * A tp_richcompare as the six wrappers: the comparison when `accepts` the other operand, else NotImplemented;
 * `ordered` false gives NotImplemented for <, <=, > and >= (dict_richcompare, range_richcompare...).
 */
function defineComparisons(owner: PyClass, accepts: (other: PyObject) => boolean, ordered: boolean): void {
	for (const [name, op] of ORDERS) {
		const equality = op === "Eq" || op === "NotEq";
		define(owner, name, 1, (vm, self, [other]) => {
			if (!accepts(other!) || (!ordered && !equality)) return vm.incref(vm.NotImplemented);
			return vm.bool(compareValues(vm, self, other!, op, true));
		});
	}
}

const isAnySet = (o: PyObject): boolean => o instanceof PySet;
const isNumber = (o: PyObject): boolean => o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;

/** The type's tp_repr itself: a subclass's own __repr__ is not asked (bytearray_repr names the subclass). */
function ownRepr(vm: VM, self: PyObject): string {
	if (self instanceof PyBool) return self.flag ? "True" : "False";
	if (self instanceof PyComplex) return complexRepr(self);
	if (self instanceof PyBytes) return bytesRepr(self.value);
	if (self instanceof PyByteArray) return `${self.cls.name}(${bytesRepr(self.value, true)})`;
	return builtinRepr(vm, self);
}

export function installOwnSlotWrappers(): void {
	for (const owner of [T.set, T.frozenset]) defineComparisons(owner, isAnySet, true);
	defineComparisons(T.dict, (o) => o.cls.isSubclassOf(T.dict), false);
	defineComparisons(T.range, (o) => o instanceof PyRange, false);
	defineComparisons(T.slice, (o) => o.cls === T.slice, true);
	// bytes_richcompare wants two bytes objects; bytearray_richcompare any two buffers.
	defineComparisons(T.bytes, (o) => o instanceof PyBytes, true);
	defineComparisons(T.bytearray, (o) => readBuffer(o, "contiguous") !== null, true);
	defineComparisons(T.complex, isNumber, false);
	defineComparisons(T.cell, (o) => o instanceof PyCell, true);
	// memory_richcompare: == and != with any buffer.
	defineComparisons(T.memoryview, hasBuffer, false);
	for (const owner of [T.type, T.bool, T.range, T.slice, T.set, T.frozenset, T.complex, T.bytes, T.bytearray, T.classmethod, T.staticmethod, T.super, T.memoryview]) {
		define(owner, "__repr__", 0, (vm, self) => vm.str(ownRepr(vm, self)));
	}
	// bytes_str and bytearray_str (which warn under python -b) give the repr.
	for (const owner of [T.bytes, T.bytearray]) define(owner, "__str__", 0, (vm, self) => vm.str(ownRepr(vm, self)));
	// unicode_str: an exact str is its own str, a subclass's instance gives an exact copy.
	define(T.str, "__str__", 0, (vm, self) => (isScalarInstance(self) ? vm.str((self as PyStr).value) : vm.incref(self)));
	define(T.frozenset, "__hash__", 0, (vm, self) => vm.int(frozensetHash(vm, self as PySet)));
	define(T.bytes, "__hash__", 0, (vm, self) => vm.int(cachedStrHash(latin1((self as PyBytes).value))));
	define(T.memoryview, "__hash__", 0, (vm, self) => vm.int(hashOf(vm, self)));
	define(T.range, "__hash__", 0, (vm, self) => vm.int(rangeHash(vm, self as PyRange)));
	define(T.complex, "__hash__", 0, (vm, self) => vm.int(hashComplex(self as PyComplex, BigInt(identityHash(self)))));
}
