/**
 * The buffer of a bytearray as Objects/bytearrayobject.c (3.11) manages it: `alloc` bytes (ob_alloc, the
 * trailing NUL included) of which the logical bytes start `offset` bytes in (ob_start - ob_bytes, advanced
 * when bytes are deleted from the front) and run for `size`. sys.getsizeof is 56 + alloc.
 */
export interface ByteArrayBuffer {
	readonly size: number;
	readonly alloc: number;
	readonly offset: number;
}

export const EMPTY_BYTEARRAY_BUFFER: ByteArrayBuffer = { size: 0, alloc: 0, offset: 0 };

/** PyByteArray_FromStringAndSize: no buffer for no bytes, else exactly the bytes and their NUL. */
export function byteArrayBufferOfSize(size: number): ByteArrayBuffer {
	return size === 0 ? EMPTY_BYTEARRAY_BUFFER : { size, alloc: size + 1, offset: 0 };
}

/** PyByteArray_Resize: shrink only below half the allocation; grow by an eighth plus a little, or exactly for a big jump. */
export function byteArrayResize(buffer: ByteArrayBuffer, size: number): ByteArrayBuffer {
	if (size === buffer.size) return buffer;
	const { alloc, offset } = buffer;
	let newAlloc: number;
	if (size + offset + 1 <= alloc) {
		// The allocation is size_t: alloc / 2 rounds down.
		if (size >= Math.floor(alloc / 2)) return { size, alloc, offset };
		newAlloc = size + 1;
	} else if (size <= alloc * 1.125) {
		newAlloc = size + (size >> 3) + (size < 9 ? 3 : 6);
	} else {
		newAlloc = size + 1;
	}
	// Both the realloc and the fresh malloc (when the logical start had moved) leave the bytes at the start.
	return { size, alloc: newAlloc, offset: 0 };
}

/**
 * bytearray_setslice_linear: bytes lo..hi replaced by `needed` bytes. Removing bytes at the very front only
 * moves the logical start (then resizes, which may keep the allocation); anything else resizes the buffer.
 */
export function byteArrayReplace(buffer: ByteArrayBuffer, lo: number, hi: number, needed: number): ByteArrayBuffer {
	const growth = needed - (hi - lo);
	if (growth === 0) return buffer;
	if (growth < 0 && lo === 0) return byteArrayResize({ ...buffer, offset: buffer.offset - growth }, buffer.size + growth);
	return byteArrayResize(buffer, buffer.size + growth);
}

/** bytearray(iterable): each byte appended with PyByteArray_Resize(size + 1) once the allocation is full. */
export function byteArrayAfterAppends(buffer: ByteArrayBuffer, count: number): ByteArrayBuffer {
	let out = buffer;
	for (let k = 0; k < count; k++) out = byteArrayResize(out, out.size + 1);
	return out;
}

/**
 * bytearray(list or tuple): an exact list or tuple of exact ints is resized to its length at once; at the
 * first item that is not an exact int the buffer is resized back to 0 and the items appended one by one.
 */
export function byteArrayFromSequence(count: number, allExactInts: boolean): ByteArrayBuffer {
	if (allExactInts) return byteArrayResize(EMPTY_BYTEARRAY_BUFFER, count);
	return byteArrayAfterAppends(byteArrayResize(byteArrayResize(EMPTY_BYTEARRAY_BUFFER, count), 0), count);
}

/** sys.getsizeof(bytearray): the 56-byte PyByteArrayObject (no GC head: it is not a GC type) and its allocation. */
export function sizeofByteArray(buffer: ByteArrayBuffer): number {
	return 56 + buffer.alloc;
}
