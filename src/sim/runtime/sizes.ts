/**
 * sys.getsizeof for CPython 3.11 on 64-bit Linux. Each formula mirrors the type's __sizeof__
 * (plus the 16-byte PyGC_Head that sys.getsizeof adds for GC-tracked types) and was checked
 * against python3 measurements (tests/sim/runtime/fixtures/sizes.json).
 * Container capacity rules live in containerGrowth.ts.
 */
import { bitLength } from "./intMath";
import { maxCodePoint, pyLen } from "./codepoints";

const GC_HEAD = 16;
const POINTER = 8;

/** long_sizeof: 24-byte header, then 30-bit digits; 0 still holds one digit. */
export function sizeofInt(n: bigint): number {
	return 24 + 4 * Math.max(1, Math.ceil(bitLength(n) / 30));
}

export const SIZEOF_BOOL = 28;
export const SIZEOF_FLOAT = 24;
export const SIZEOF_NONE = 16;
export const SIZEOF_OBJECT = 16;
export const SIZEOF_COMPLEX = 32;
export const SIZEOF_CELL = 40;
export const SIZEOF_EMPTY_SLOTS_INSTANCE = 32;
export const SIZEOF_RANGE = 48;
export const SIZEOF_SLICE = 56;
/** A Python function object (PyFunctionObject + GC head). */
export const SIZEOF_FUNCTION = 152;
/** A bound method (PyMethodObject + GC head). */
export const SIZEOF_BOUND_METHOD = 64;
/** A builtin function or method (PyCFunctionObject + GC head), e.g. `sum` or `[].append`. */
export const SIZEOF_BUILTIN_FUNCTION = 72;
/** Iterators over list, tuple, range, str: 48; dict iterators: 72; set iterator: 64. */
export const SIZEOF_SEQUENCE_ITERATOR = 48;
export const SIZEOF_DICT_ITERATOR = 72;
export const SIZEOF_SET_ITERATOR = 64;

/** PyASCIIObject is 48 bytes, PyCompactUnicodeObject 72 (3.11 still has wstr); plus a NUL. */
export function sizeofStr(s: string): number {
	const length = pyLen(s);
	const max = maxCodePoint(s);
	if (max < 0x80) return 48 + length + 1;
	const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
	return 72 + kind * (length + 1);
}

/** PyBytesObject: 32-byte header plus the bytes and a NUL. */
export function sizeofBytes(length: number): number {
	return 33 + length;
}

export function sizeofBytearray(allocated: number): number {
	return 56 + allocated;
}

/** PyTupleObject: 24-byte header, a pointer per item, GC head. */
export function sizeofTuple(length: number): number {
	return 24 + GC_HEAD + POINTER * length;
}

/** PyListObject: 40 bytes, GC head, and a pointer per *allocated* slot. */
export function sizeofList(allocated: number): number {
	return 40 + GC_HEAD + POINTER * allocated;
}

/** Set: PySetObject (200 bytes, with an 8-entry small table inside) + GC; a larger table is separate. */
export function sizeofSet(tableSize: number): number {
	return 200 + GC_HEAD + (tableSize > 8 ? 16 * tableSize : 0);
}

/** Bytes of a combined dict keys object: header, index array, entries (16 if all keys are str, else 24). */
export function dictKeysBytes(log2Size: number, unicodeKeys: boolean): number {
	const size = 2 ** log2Size;
	const indexBytesPerSlot = size <= 0xff ? 1 : size <= 0xffff ? 2 : size <= 0xffffffff ? 4 : 8;
	const usable = Math.floor((size * 2) / 3);
	return 32 + indexBytesPerSlot * size + usable * (unicodeKeys ? 16 : 24);
}

/**
 * dict_sizeof for a combined-table dict: 48-byte PyDictObject + GC head + its own keys object.
 * `log2Size` null means the shared empty keys (a dict that never held anything).
 */
export function sizeofDict(log2Size: number | null, unicodeKeys: boolean): number {
	return 48 + GC_HEAD + (log2Size === null ? 0 : dictKeysBytes(log2Size, unicodeKeys));
}

/**
 * An instance of a plain class (no __slots__): 16-byte object header + GC head + 3.11's
 * pre-header (managed dict and weakref pointers) = 56, whatever its attributes.
 */
export const SIZEOF_PLAIN_INSTANCE = 56;

/**
 * An instance of a class with __slots__ (and no __dict__/__weakref__): header, GC head, a pointer
 * per slot. `__slots__ = ()` leaves the instance untracked by GC: 16 + 16 measured as 32 as well.
 */
export function sizeofSlotsInstance(slotCount: number): number {
	return 16 + GC_HEAD + POINTER * slotCount;
}

/**
 * gen_sizeof: the generator with its embedded frame header (152 bytes) + GC head, plus one
 * pointer per co_nlocalsplus (locals, cells, free vars) and per co_stacksize slot.
 */
export function sizeofGenerator(nlocalsplus: number, stacksize: number): number {
	return 152 + GC_HEAD + POINTER * (nlocalsplus + stacksize);
}

/**
 * frame_sizeof: a frame object with the frame data it owns (the PyFrameObject fields, 48 bytes, and the frame
 * header, 72) + GC head, plus one pointer per co_nlocalsplus and co_stacksize slot.
 */
export function sizeofFrameObject(nlocalsplus: number, stacksize: number): number {
	return 120 + GC_HEAD + POINTER * (nlocalsplus + stacksize);
}
