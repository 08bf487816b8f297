// memoryview and the managed buffer between it and the object it views (Objects/memoryobject.c, 3.11). The
// managed buffer holds the one reference to the exporter (its master buffer's obj) and counts the views
// registered with it; every view of the same exporter, slices and casts included, holds the managed buffer.
// When the last registered view is released (release(), leaving `with`, or its dealloc) the managed buffer
// gives the exporter back at once: its reference, and a bytearray's or array's export that stops resizing.
import { PyObject, HeapKind, setHeapKind, type Reference } from "./object";
import { T, type PyClass } from "./classes";
import type { Heap } from "./heap";
import { PyBytes } from "./values";
import { PyByteArray } from "./bytearray";
import { PyArray, valuesToBytes } from "./array";

/** An object whose buffer is exported counts its exports (ob_exports): it cannot resize meanwhile. */
export interface BufferExporter {
	exports: number;
}

function countsExports(o: PyObject): o is PyObject & BufferExporter {
	return typeof (o as Partial<BufferExporter>).exports === "number";
}

export class PyManagedBuffer extends PyObject {
	/** Views registered with this buffer and not released (mbuf->exports). */
	views = 0;
	/** _Py_MANAGED_BUFFER_RELEASED: the master buffer went back to its exporter. */
	released = false;

	constructor(
		/** master.obj: the exporter, held until the buffer is released. */
		public exporter: PyObject | null,
		/** The heap that tracks this buffer: mbuf_release untracks it while views may still hold it. */
		private readonly heap: Heap,
	) {
		super();
		if (countsExports(exporter!)) exporter.exports++;
	}
	get cls(): PyClass {
		return T.managedbuffer;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	/** mbuf_traverse: master.obj. */
	override references(): Reference[] {
		return this.exporter ? [{ label: "obj", target: this.exporter }] : [];
	}
	/** mbuf_dealloc: mbuf_release, unless a view's release did it already. */
	override releaseReferences(): PyObject[] {
		return this.releaseMaster();
	}
	/**
	 * mbuf_release: untrack the buffer and give the master buffer back (PyBuffer_Release: the exporter's
	 * releasebuffer, then its reference, which the caller drops). Once only.
	 */
	releaseMaster(): PyObject[] {
		if (this.released) return [];
		this.released = true;
		this.heap.untrack(this);
		const exporter = this.exporter;
		this.exporter = null;
		if (!exporter) return [];
		if (countsExports(exporter)) exporter.exports--;
		this.heap.observer?.contentChanged(exporter);
		return [exporter];
	}
}

/** One view's Py_buffer: where its items start in the exporter's bytes, their format and layout. */
export interface BufferLayout {
	/** Byte offset of the first item (view->buf) from the start of the exporter's bytes. */
	offset: number;
	itemsize: number;
	/** The struct-module format as the view reports it ("B", "i", "@d"...). */
	format: string;
	/** shape and strides, ndim long (empty for a 0-dimensional view). */
	shape: number[];
	strides: number[];
	readonly: boolean;
}

export class PyMemoryView extends PyObject {
	/** _Py_MEMORYVIEW_RELEASED. */
	released = false;
	/** memory_hash's cache, the bytes hashed as Latin-1 text (it survives release). */
	hashText: string | null = null;

	constructor(
		public mbuf: PyManagedBuffer | null,
		readonly layout: BufferLayout,
		/** The ob_array slots memory_alloc gave the view (3 * ndim, one dimension's worth for a 0-d cast). */
		readonly arrayDimensions: number,
	) {
		super();
		if (mbuf) mbuf.views++;
	}
	get cls(): PyClass {
		return T.memoryview;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	/** view.obj: the exporter, borrowed from the managed buffer (a released view has none to show). */
	get exporter(): PyObject | null {
		return this.released ? null : (this.mbuf?.exporter ?? null);
	}
	get ndim(): number {
		return this.layout.shape.length;
	}
	/** view.len: product(shape) * itemsize. */
	get nbytes(): number {
		return this.layout.shape.reduce((n, d) => n * d, 1) * this.layout.itemsize;
	}
	/** memory_traverse: the managed buffer. */
	override references(): Reference[] {
		return this.mbuf ? [{ label: "managed buffer", target: this.mbuf }] : [];
	}
	/** memory_dealloc and memory_clear: _memory_release, then the managed buffer. */
	override releaseReferences(): PyObject[] {
		const out = this.release();
		if (this.mbuf) out.push(this.mbuf);
		this.mbuf = null;
		return out;
	}
	/**
	 * _memory_release (a view never exports buffers of its own here): the view stops reading, and the last
	 * registered one releases the managed buffer; what that gives back for the caller to drop.
	 */
	release(): PyObject[] {
		if (this.released || !this.mbuf) return [];
		this.released = true;
		return --this.mbuf.views === 0 ? this.mbuf.releaseMaster() : [];
	}
}

/** The whole buffer an exporter hands out (an array's values as its C buffer holds them). */
export function exporterBytes(o: PyObject): Uint8Array {
	if (o instanceof PyBytes || o instanceof PyByteArray) return o.value;
	if (o instanceof PyArray) return valuesToBytes(o.typecode, o.values);
	return new Uint8Array(0);
}

/** The byte offsets of a view's items in its exporter's buffer, in C order. */
export function itemOffsets(layout: BufferLayout): number[] {
	const out: number[] = [];
	const walk = (dim: number, at: number): void => {
		if (dim === layout.shape.length) {
			out.push(at);
			return;
		}
		for (let i = 0; i < layout.shape[dim]!; i++) walk(dim + 1, at + i * layout.strides[dim]!);
	};
	walk(0, layout.offset);
	return out;
}

/** A view's bytes in C order (tobytes, bytes(view), hashing, what a bytes method reads of it). */
export function viewBytes(mv: PyMemoryView): Uint8Array {
	const source = exporterBytes(mv.exporter!);
	const size = mv.layout.itemsize;
	const out = new Uint8Array(mv.nbytes);
	itemOffsets(mv.layout).forEach((at, i) => out.set(source.subarray(at, at + size), i * size));
	return out;
}
