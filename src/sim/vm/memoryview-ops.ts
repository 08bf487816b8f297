// memoryview's protocols (Objects/memoryobject.c, 3.11): construction through a managed buffer, indexing and
// slicing (a slice is a new view registered with the same managed buffer), item and slice assignment, len,
// iteration; == and hash are in memoryview-compare.ts.
import type { PyObject } from "../heap/object";
import { PyBytes, PyInt, PyEllipsis } from "../heap/values";
import { PyByteArray } from "../heap/bytearray";
import { PyArray } from "../heap/array";
import { PySlice, PyTuple } from "../heap/containers";
import { PyInstance } from "../heap/instances";
import { PyIterator } from "../heap/iterators";
import { PyCData } from "../heap/ctypes-data";
import { PyManagedBuffer, PyMemoryView, exporterBytes, itemOffsets, viewBytes, type BufferLayout } from "../heap/memoryview";
import { itemFormat, packItem, unpackItem, writeExporterBytes } from "./memoryview-items";
import { indexValue } from "./protocol";
import { requireIndexSized } from "./ssize";
import { sliceIndices } from "./slice-indices";
import { registerIterator, releaseSource } from "./iteration";
import type { VM } from "./vm";

/** CHECK_RELEASED. */
export function requireUnreleased(vm: VM, mv: PyMemoryView): void {
	if (mv.released || !mv.mbuf || mv.mbuf.released) vm.raise("ValueError", "operation forbidden on released memoryview object");
}

/** The layout of a bytes-like exporter's whole buffer (an array's, its typecode; 'u' is Py_UCS4, 'w' in 3.11). */
export function exporterLayout(o: PyObject): BufferLayout | null {
	if (o instanceof PyBytes || o instanceof PyByteArray) {
		return { offset: 0, itemsize: 1, format: "B", shape: [o.value.length], strides: [1], readonly: o instanceof PyBytes };
	}
	if (o instanceof PyArray) {
		const size = o.typecode.itemsize;
		return { offset: 0, itemsize: size, format: o.typecode.code === "u" ? "w" : o.typecode.code, shape: [o.values.length], strides: [size], readonly: false };
	}
	return null;
}

function copyLayout(layout: BufferLayout): BufferLayout {
	return { ...layout, shape: [...layout.shape], strides: [...layout.strides] };
}

/**
 * mbuf_add_view: a new view of `layout` registered with the managed buffer (which it holds). `dimensions`
 * is how many dimensions memory_alloc sized the view for (a cast to 0-d still has one).
 */
export function addView(vm: VM, mbuf: PyManagedBuffer, layout: BufferLayout, dimensions = layout.shape.length): PyMemoryView {
	vm.incref(mbuf);
	return vm.heap.register(new PyMemoryView(mbuf, layout, dimensions));
}

/** PyMemoryView_FromObject: a view of a memoryview's own managed buffer, or a new managed buffer of an exporter. */
export function newMemoryView(vm: VM, source: PyObject): PyMemoryView {
	if (source instanceof PyMemoryView) {
		requireUnreleased(vm, source);
		return addView(vm, source.mbuf!, copyLayout(source.layout));
	}
	const layout = exporterLayout(source);
	if (!layout) {
		if (source instanceof PyCData) return vm.raise("TypeError", `pymem does not support memoryview of '${source.typeName}' objects yet`);
		return vm.raise("TypeError", `memoryview: a bytes-like object is required, not '${source.typeName}'`);
	}
	// _PyManagedBuffer_FromObject: the buffer is made (and counted) first, then the exporter's getbuffer.
	const mbuf = vm.heap.register(new PyManagedBuffer(vm.incref(source), vm.heap));
	const view = addView(vm, mbuf, layout);
	vm.decref(mbuf);
	return view;
}

/** MV_C_CONTIGUOUS: a 1-d view of one item or of adjacent items; PyBuffer_IsContiguous 'C' past one dimension. */
export function isCContiguous(layout: BufferLayout): boolean {
	const { shape, strides, itemsize } = layout;
	if (shape.length === 0) return true;
	if (shape.length === 1) return shape[0] === 1 || strides[0] === itemsize;
	if (shape.includes(0)) return true;
	let expected = itemsize;
	for (let i = shape.length - 1; i >= 0; i--) {
		if (shape[i]! > 1 && strides[i] !== expected) return false;
		expected *= shape[i]!;
	}
	return true;
}

/** MV_F_CONTIGUOUS: as C contiguity, with the dimensions taken first to last. */
export function isFContiguous(layout: BufferLayout): boolean {
	const { shape, strides, itemsize } = layout;
	if (shape.length <= 1) return isCContiguous(layout);
	if (shape.includes(0)) return true;
	let expected = itemsize;
	for (let i = 0; i < shape.length; i++) {
		if (shape[i]! > 1 && strides[i] !== expected) return false;
		expected *= shape[i]!;
	}
	return true;
}

function isIndexKey(key: PyObject): boolean {
	return key instanceof PyInt || (key instanceof PyInstance && key.cls.lookup("__index__") !== undefined);
}

/** PyNumber_AsSsize_t(key, IndexError) and lookup_dimension's bounds check. */
function offsetInDimension(vm: VM, layout: BufferLayout, at: number, dim: number, key: PyObject): number {
	const index = indexValue(vm, key) ?? vm.raise("TypeError", `'${key.typeName}' object cannot be interpreted as an integer`);
	requireIndexSized(vm, index, key);
	const n = layout.shape[dim]!;
	const i = Number(index < 0n ? index + BigInt(n) : index);
	if (i < 0 || i >= n) vm.raise("IndexError", `index out of bounds on dimension ${dim + 1}`);
	return at + layout.strides[dim]! * i;
}

/** ptr_from_tuple: the item a full tuple of indices names. */
function offsetOfTuple(vm: VM, layout: BufferLayout, key: PyTuple): number {
	if (key.items.length > layout.shape.length) {
		vm.raise("TypeError", `cannot index ${layout.shape.length}-dimension view with ${key.items.length}-element tuple`);
	}
	let at = layout.offset;
	key.items.forEach((index, dim) => (at = offsetInDimension(vm, layout, at, dim, index)));
	return at;
}

const isMultiIndex = (key: PyObject): key is PyTuple => key instanceof PyTuple && key.items.every(isIndexKey);
const isMultiSlice = (key: PyObject): boolean => key instanceof PyTuple && key.items.length > 0 && key.items.every((k) => k instanceof PySlice);

/** memory_subscript. */
export function memoryviewGetItem(vm: VM, mv: PyMemoryView, key: PyObject): PyObject {
	requireUnreleased(vm, mv);
	const layout = mv.layout;
	const bytes = (): Uint8Array => exporterBytes(mv.exporter!);
	if (layout.shape.length === 0) {
		if (key instanceof PyTuple && key.items.length === 0) return unpackItem(vm, bytes(), layout.offset, itemFormat(vm, layout.format));
		if (key instanceof PyEllipsis) return vm.incref(mv);
		return vm.raise("TypeError", "invalid indexing of 0-dim memory");
	}
	if (isIndexKey(key)) {
		const char = itemFormat(vm, layout.format);
		if (layout.shape.length > 1) {
			// memory_item converts the index before it refuses a sub-view.
			offsetInDimension(vm, layout, layout.offset, 0, key);
			return vm.raise("NotImplementedError", "multi-dimensional sub-views are not implemented");
		}
		return unpackItem(vm, bytes(), offsetInDimension(vm, layout, layout.offset, 0, key), char);
	}
	if (key instanceof PySlice) {
		const [start, , step, count] = sliceIndices(vm, key, layout.shape[0]!);
		const sliced = copyLayout(layout);
		sliced.offset += layout.strides[0]! * start;
		sliced.shape[0] = count;
		sliced.strides[0] = layout.strides[0]! * step;
		return addView(vm, mv.mbuf!, sliced);
	}
	if (isMultiIndex(key)) {
		const char = itemFormat(vm, layout.format);
		if (key.items.length < layout.shape.length) return vm.raise("NotImplementedError", "sub-views are not implemented");
		return unpackItem(vm, bytes(), offsetOfTuple(vm, layout, key), char);
	}
	if (isMultiSlice(key)) return vm.raise("NotImplementedError", "multi-dimensional slicing is not implemented");
	return vm.raise("TypeError", "memoryview: invalid slice key");
}

/** memory_ass_sub: `view[key] = value`, or `del view[key]` (value null), which memory refuses. */
export function memoryviewSetItem(vm: VM, mv: PyMemoryView, key: PyObject, value: PyObject | null): void {
	requireUnreleased(vm, mv);
	const layout = mv.layout;
	const char = itemFormat(vm, layout.format);
	if (layout.readonly) vm.raise("TypeError", "cannot modify read-only memory");
	if (value === null) return vm.raise("TypeError", "cannot delete memory");
	const exporter = mv.exporter!;
	if (layout.shape.length === 0) {
		if (key instanceof PyEllipsis || (key instanceof PyTuple && key.items.length === 0)) return writeExporterBytes(vm, exporter, layout.offset, packItem(vm, value, char));
		return vm.raise("TypeError", "invalid indexing of 0-dim memory");
	}
	if (isIndexKey(key)) {
		if (layout.shape.length > 1) return vm.raise("NotImplementedError", "sub-views are not implemented");
		const at = offsetInDimension(vm, layout, layout.offset, 0, key);
		return writeExporterBytes(vm, exporter, at, packItem(vm, value, char));
	}
	if (key instanceof PySlice && layout.shape.length === 1) return assignSlice(vm, mv, key, value);
	if (isMultiIndex(key)) {
		if (key.items.length < layout.shape.length) return vm.raise("NotImplementedError", "sub-views are not implemented");
		const at = offsetOfTuple(vm, layout, key);
		return writeExporterBytes(vm, exporter, at, packItem(vm, value, char));
	}
	if (key instanceof PySlice || isMultiSlice(key)) {
		return vm.raise("NotImplementedError", "memoryview slice assignments are currently restricted to ndim = 1");
	}
	return vm.raise("TypeError", "memoryview: invalid slice key");
}

/** The source of a slice assignment as PyObject_GetBuffer(value, PyBUF_FULL_RO) sees it: its layout and items' bytes. */
function sourceBuffer(vm: VM, value: PyObject): { layout: BufferLayout; bytes: Uint8Array } {
	if (value instanceof PyMemoryView) {
		requireUnreleased(vm, value);
		return { layout: value.layout, bytes: viewBytes(value) };
	}
	const layout = exporterLayout(value);
	if (!layout) return vm.raise("TypeError", `a bytes-like object is required, not '${value.typeName}'`);
	return { layout, bytes: exporterBytes(value) };
}

/** The one-dimensional fast path: copy_single after equiv_structure (same format, itemsize and length). */
function assignSlice(vm: VM, mv: PyMemoryView, key: PySlice, value: PyObject): void {
	const layout = mv.layout;
	const source = sourceBuffer(vm, value);
	const [start, , step, count] = sliceIndices(vm, key, layout.shape[0]!);
	const bare = (f: string): string => (f.startsWith("@") ? f.slice(1) : f);
	const sameShape = source.layout.shape.length === 1 && source.layout.shape[0] === count;
	if (bare(layout.format) !== bare(source.layout.format) || layout.itemsize !== source.layout.itemsize || !sameShape) {
		vm.raise("ValueError", "memoryview assignment: lvalue and rvalue have different structures");
	}
	const size = layout.itemsize;
	for (let i = 0; i < count; i++) {
		const at = layout.offset + layout.strides[0]! * (start + i * step);
		writeExporterBytes(vm, mv.exporter!, at, source.bytes.slice(i * size, (i + 1) * size));
	}
}

/** memory_length. */
export function memoryviewLength(vm: VM, mv: PyMemoryView): number {
	requireUnreleased(vm, mv);
	// 3.11 counts a 0-dimensional view as one item (later versions refuse its len()).
	return mv.layout.shape.length === 0 ? 1 : mv.layout.shape[0]!;
}

/** memory_iter: a memory_iterator over a one-dimensional view, which checks for release at every item. */
export function memoryviewIterator(vm: VM, mv: PyMemoryView): PyIterator {
	const ndim = mv.layout.shape.length;
	if (ndim === 0) vm.raise("TypeError", "invalid indexing of 0-dim memory");
	if (ndim !== 1) vm.raise("NotImplementedError", "multi-dimensional sub-views are not implemented");
	const char = itemFormat(vm, mv.layout.format);
	const length = memoryviewLength(vm, mv);
	return registerIterator(
		vm,
		new PyIterator("memory_iterator", mv, (it) => {
			if (!it.source) return null;
			if (it.index < length) {
				requireUnreleased(vm, mv);
				const at = mv.layout.offset + mv.layout.strides[0]! * it.index++;
				return unpackItem(vm, exporterBytes(mv.exporter!), at, char);
			}
			releaseSource(vm, it);
			return null;
		}),
	);
}

/** Each item of a view, unpacked, in C order (tolist's leaves, comparisons). */
export function viewItems(vm: VM, mv: PyMemoryView, char: string): PyObject[] {
	const bytes = exporterBytes(mv.exporter!);
	return itemOffsets(mv.layout).map((at) => unpackItem(vm, bytes, at, char));
}
