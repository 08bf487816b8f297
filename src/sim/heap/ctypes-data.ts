// ctypes' simple data objects (c_long, c_int, c_ulong, c_uint and py_object instances): a C value in a buffer of
// their own, or a view of the memory at an address id() gave (from_address, cast). A view holds no reference to
// the object at that address: it reads that object's memory whenever asked, so it sees the count change.
import { PyObject, HeapKind, setHeapKind, refsOf, present, type Reference } from "./object";
import type { PyClass } from "./classes";

/** The C types pymem reads and writes, 64-bit Linux sizes (c_ssize_t, c_longlong, c_int64 are c_long there). */
export const SIMPLE_CTYPES = {
	c_long: { size: 8, signed: true },
	c_ulong: { size: 8, signed: false },
	c_int: { size: 4, signed: true },
	c_uint: { size: 4, signed: false },
} as const;

export type SimpleCTypeName = keyof typeof SIMPLE_CTYPES;

export function isSimpleCTypeName(name: string): name is SimpleCTypeName {
	return Object.prototype.hasOwnProperty.call(SIMPLE_CTYPES, name);
}

/** A value as the C type stores it: truncated to its width, as ctypes' setters do without complaint. */
export function asCValue(name: SimpleCTypeName, value: bigint): bigint {
	const { size, signed } = SIMPLE_CTYPES[name];
	return signed ? BigInt.asIntN(size * 8, value) : BigInt.asUintN(size * 8, value);
}

/** The ctypes classes (c_long... and their bases): pymem makes their instances only, no subclass's. */
export const CTYPES_CLASSES = new Set<PyClass>();

/** CDataObject: `ctype` is its class (c_long...). */
export class PyCData extends PyObject {
	constructor(
		readonly ctype: PyClass,
		/** The value in its own buffer (c_long(5)); unused for a view. */
		public stored: bigint,
		/** The address id() gave that a view reads (c_long.from_address, cast), or null for its own buffer. */
		readonly address: number | null,
		/** The object a py_object of its own holds (py_object(x)); a view holds none. */
		public held: PyObject | null = null,
	) {
		super();
	}
	get cls(): PyClass {
		return this.ctype;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		return refsOf([["value", this.held]]);
	}
	override releaseReferences(): PyObject[] {
		const out = present([this.held]);
		this.held = null;
		return out;
	}
}
