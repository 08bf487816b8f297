// bytearray: a mutable byte string. It holds no references, so like bytes it is never GC-tracked.
import { PyObject, HeapKind, setHeapKind } from "./object";
import { T, type PyClass } from "./classes";
import { PyBytes } from "./values";
import { byteArrayBufferOfSize, type ByteArrayBuffer } from "../runtime/bytearrayGrowth";

export class PyByteArray extends PyObject {
	static {
		setHeapKind(this, HeapKind.Atom);
	}
	/** ob_exports: buffers of it handed out (memoryviews' managed buffers); it cannot resize meanwhile. */
	exports = 0;
	/**
	 * The bytes, replaced by a new array on every change (`buffer` tracks ob_alloc and ob_start for
	 * sys.getsizeof). Iterators and methods read it afresh each time, so they see mutations as CPython does.
	 */
	constructor(
		public value: Uint8Array,
		public buffer: ByteArrayBuffer = byteArrayBufferOfSize(value.length),
	) {
		super();
	}
	get cls(): PyClass {
		return T.bytearray;
	}
}

/** bytes and bytearray (PyBytes_Check || PyByteArray_Check); vm/buffers.ts has every object with a buffer. */
export function isBytesLike(o: PyObject): o is PyBytes | PyByteArray {
	return o instanceof PyBytes || o instanceof PyByteArray;
}

