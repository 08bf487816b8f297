// Fake addresses for id(), identity hashes and default reprs, reused the way CPython reuses memory: a freed
// object's address goes on a stack for its allocation class (its type's free list for lists, dicts, floats,
// small tuples and the slice cache; otherwise pymalloc's 16-byte size class of its struct), and the next
// object of that class takes the newest one. A list or dict made by calling its type (`list()`, `dict(x)`:
// PyType_GenericAlloc) skips the free list and so does one freed while the free list is full: both come from
// and go to pymalloc, and so does what a full collection empties from the free lists. So `id(A()) == id(A())` and "a new list gets the id of the one
// just deleted" hold as in CPython. Objects past pymalloc's 512 bytes (classes, long strs) never reuse one.
// The heap starts reusing at the program's first id() or hash() call: before it nothing could compare addresses.
import { HeapKind, type PyObject } from "./object";
import type { PyClass } from "./classes";
import { PyList, PyDict, PyTuple, PySet } from "./containers";
import { PyFloat } from "./values";
import { PyInstance } from "./instances";
import { preHeaderSize, sizeOf, subtypeRequestSize } from "./sizes";
import { isScalarInstance, PySetInstance } from "./scalar-instances";
import { PyByteArray } from "./bytearray";
import { isSubclassInstance } from "./subclass-instances";

/** PyByteArrayObject without its buffer. */
const BYTEARRAY_STRUCT = 56;
const BASE = 0x7f0000000000;
/** Addresses made from ids are this far apart, so no two objects ever share one. */
const STRIDE = 48;

const NONE = -1;
const SMALL_REQUEST_THRESHOLD = 512;
const LIST = 40;
const DICT = 41;
const FLOAT = 42;
const SLICE = 43;
/** Tuples of 1 to 19 items: one free list per length. */
const TUPLE = 44;
/**
 * Blocks of objects with a managed __dict__ (a 32-byte pre-header): id() is the address after the pre-header,
 * so one of these reusing a block freed by an object with a 16-byte pre-header never has its id.
 */
const MANAGED = TUPLE + 20;
const CLASSES = MANAGED + 33;
/** PyListObject and PyDictObject with their GC header, as pymalloc sees them off the free lists. */
const LIST_STRUCT = 56;
const DICT_STRUCT = 64;
const FLOAT_STRUCT = 24;

/** The id whose address the object has: its own, or the freed object's it reused (small ints keep them cheap). */
function addressId(o: PyObject): number {
	return o.addressId || (o.id < 0 ? 0x100000 - o.id : o.id);
}

/** The object's fake address. */
export function addressOf(o: PyObject): number {
	return BASE + addressId(o) * STRIDE;
}

/** pymalloc's size class of a struct (16-byte alignment), or NONE for what goes to malloc. */
function sizeClass(size: number): number {
	return size > SMALL_REQUEST_THRESHOLD ? NONE : (size + 15) >> 4;
}

/** Which freed memory a new object can take (see the file comment); `byType` caches the fixed-size types. */
function allocationClass(o: PyObject, byType: Map<PyClass, number>): number {
	if (o.shared) return NONE;
	switch (o.heapKind) {
		case HeapKind.Atom:
			// Ints and strs are as big as their value needs; a bytearray's bytes are a block of their own.
			if (o instanceof PyByteArray) return sizeClass(BYTEARRAY_STRUCT);
			return o instanceof PyFloat ? FLOAT : sizeClass(sizeOf(o));
		case HeapKind.List:
			return o instanceof PyList && !isSubclassInstance(o) ? LIST : NONE;
		case HeapKind.Dict:
			return o instanceof PyDict && !isSubclassInstance(o) ? DICT : NONE;
		case HeapKind.Slice:
			return SLICE;
		case HeapKind.Tuple: {
			const length = (o as PyTuple).items.length;
			return length > 0 && length < 20 ? TUPLE + length : NONE;
		}
		case HeapKind.Class:
			return NONE;
		case HeapKind.Plain:
		case HeapKind.Instance:
			// A tuple subclass's instance is as big as its items make it (never on the tuple free lists).
			if (o instanceof PyTuple) return sizeClass(sizeOf(o));
			if (isScalarInstance(o) || o instanceof PySetInstance) return withPreHeader(o, sizeClass(subtypeRequestSize(o)));
			return o instanceof PyInstance ? withPreHeader(o, classOfType(o, byType)) : NONE;
		case HeapKind.Tracked:
			return classOfType(o, byType);
		default:
			// Generators and frame objects are as big as their code needs; builtin methods and iterators vary.
			return sizeClass(sizeOf(o));
	}
}

/** pymalloc's size class of an empty list's or dict's struct, where it goes when its free list is not used. */
function structClass(cls: typeof LIST | typeof DICT): number {
	return sizeClass(cls === LIST ? LIST_STRUCT : DICT_STRUCT);
}

/** PyTupleObject of `length` items with its GC header. */
function tupleStructSize(length: number): number {
	return 40 + 8 * length;
}

/** The class of an object whose id sits after a managed __dict__'s pre-header (see MANAGED). */
function withPreHeader(o: PyObject, cls: number): number {
	return cls !== NONE && preHeaderSize(o) === 32 ? MANAGED + cls : cls;
}

/** Structs whose size their type settles: worked out once per type. */
function classOfType(o: PyObject, byType: Map<PyClass, number>): number {
	let cls = byType.get(o.cls);
	if (cls === undefined) {
		// A set's table is a block of its own once it outgrows the small table in its struct.
		cls = sizeClass(o instanceof PySet ? 216 : sizeOf(o));
		byType.set(o.cls, cls);
	}
	return cls;
}

export class AddressReuse {
	private readonly freed: number[][] = Array.from({ length: CLASSES }, () => []);
	private readonly byType = new Map<PyClass, number>();
	/**
	 * What is at each address id() handed out: the live object there now, or null once it is freed and no new
	 * object took the address. Only these addresses can be read back (ctypes' from_address and cast).
	 */
	private readonly handedOut = new Map<number, PyObject | null>();

	/**
	 * A new object takes the newest address freed in its allocation class, if any: `viaFreeList` says a list or
	 * dict was asked of its free list (PyList_New, PyDict_New), which falls back on pymalloc when it is empty.
	 */
	take(o: PyObject, viaFreeList = false): void {
		let cls = allocationClass(o, this.byType);
		if (cls === NONE) return;
		if (cls === LIST || cls === DICT) {
			if (!viaFreeList || this.freed[cls]!.length === 0) cls = structClass(cls);
		}
		const stack = this.freed[cls]!;
		if (stack.length === 0) return;
		o.addressId = stack.pop()!;
		if (this.handedOut.size !== 0) {
			const address = addressOf(o);
			if (this.handedOut.has(address)) this.handedOut.set(address, o);
		}
	}

	/** id(o) gave the program o's address: it can now ask what is there. */
	handOut(o: PyObject): number {
		const address = addressOf(o);
		this.handedOut.set(address, o);
		return address;
	}

	/** The object now at an address id() gave, null if that object is gone and nothing took its place, undefined for any other address. */
	objectAt(address: number): PyObject | null | undefined {
		return this.handedOut.get(address);
	}

	/** The class a dying object's memory goes back to: asked before it releases what it holds (a tuple's items). */
	classOf(o: PyObject): number {
		return allocationClass(o, this.byType);
	}

	/** Where a list or dict of allocation class `cls` goes when its free list is full: pymalloc's class of its struct. */
	outsideFreeList(cls: number): number {
		return cls === LIST || cls === DICT ? structClass(cls) : cls;
	}

	/** clear_freelists at the end of a full collection: what the free lists kept goes back to pymalloc. */
	emptyFreeLists(): void {
		const moves: [number, number][] = [[LIST, structClass(LIST)], [DICT, structClass(DICT)], [FLOAT, sizeClass(FLOAT_STRUCT)]];
		for (let length = 1; length < 20; length++) moves.push([TUPLE + length, sizeClass(tupleStructSize(length))]);
		for (const [from, to] of moves) {
			const stack = this.freed[from]!;
			this.freed[to]!.push(...stack);
			stack.length = 0;
		}
	}

	/** A dead object's memory (after it released what it held) is free for the next one of its class. */
	release(o: PyObject, cls: number): void {
		if (this.handedOut.size !== 0) {
			const address = addressOf(o);
			if (this.handedOut.get(address) === o) this.handedOut.set(address, null);
		}
		if (cls !== NONE) this.freed[cls]!.push(addressId(o));
	}
}
