// The buffer protocol as its consumers use it (PyObject_CheckBuffer, PyObject_GetBuffer and a copy): bytes,
// bytearray, array.array and memoryview export buffers here. A consumer asks either for any layout, copied in C
// order (PyBUF_FULL_RO: bytes(), bytearray(), %b), or for plain contiguous bytes (PyBUF_SIMPLE: concatenation,
// join, the bytes methods' arguments), which a view with gaps between its items refuses.
import type { PyObject } from "../heap/object";
import { PyBytes } from "../heap/values";
import { PyByteArray } from "../heap/bytearray";
import { PyArray } from "../heap/array";
import { PyMemoryView, exporterBytes, viewBytes } from "../heap/memoryview";
import { isCContiguous, requireUnreleased } from "./memoryview-ops";
import type { VM } from "./vm";

export type BufferRequest = "any" | "contiguous";

/** PyObject_CheckBuffer: the type has a getbuffer slot (a released view still has). */
export function hasBuffer(o: PyObject): boolean {
	return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyArray || o instanceof PyMemoryView;
}

/** The bytes PyObject_GetBuffer hands out, or null when it would fail (no buffer, a released or gapped view). */
export function readBuffer(o: PyObject, request: BufferRequest): Uint8Array | null {
	if (o instanceof PyBytes || o instanceof PyByteArray) return o.value;
	if (o instanceof PyArray) return exporterBytes(o);
	if (!(o instanceof PyMemoryView) || !o.exporter) return null;
	return request === "contiguous" && !isCContiguous(o.layout) ? null : viewBytes(o);
}

/**
 * PyObject_GetBuffer for a consumer that lets the exporter's own error through: a released view's ValueError,
 * memory_getbuf's BufferError for a gapped view asked for contiguous bytes; null for an object with no buffer.
 */
export function getBuffer(vm: VM, o: PyObject, request: BufferRequest): Uint8Array | null {
	if (o instanceof PyMemoryView) {
		requireUnreleased(vm, o);
		if (request === "contiguous" && !isCContiguous(o.layout)) vm.raise("BufferError", "memoryview: underlying buffer is not C-contiguous");
	}
	return readBuffer(o, request);
}

/** The item size of the buffer an object exports (Py_buffer.itemsize), which array.frombytes wants to be 1. */
export function bufferItemSize(o: PyObject): number {
	if (o instanceof PyArray) return o.typecode.itemsize;
	return o instanceof PyMemoryView ? o.layout.itemsize : 1;
}
