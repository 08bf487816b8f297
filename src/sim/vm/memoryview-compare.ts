// memoryview's == and hash (memory_richcompare, memory_hash in Objects/memoryobject.c, 3.11): items compared by
// value with any buffer of the same shape, and read-only byte views hashed as the bytes they hold.
import type { PyObject } from "../heap/object";
import { latin1 } from "../heap/values";
import { PyMemoryView, exporterBytes, itemOffsets, viewBytes, type BufferLayout } from "../heap/memoryview";
import { isByteFormat, nativeFormat } from "./memoryview-items";
import { exporterLayout, requireUnreleased } from "./memoryview-ops";
import type { VM } from "./vm";

/**
 * memory_richcompare for == and != (null: NotImplemented): a released view equals only itself; otherwise the
 * other side's buffer must have the same shape, and the items compare by value.
 */
export function memoryviewEquals(vm: VM, a: PyMemoryView, b: PyObject): boolean | null {
	if (a.released || a.mbuf?.released) return a === b;
	let other: { layout: BufferLayout; offsets: number[]; bytes: Uint8Array };
	if (b instanceof PyMemoryView) {
		if (b.released || b.mbuf?.released) return a === b;
		other = { layout: b.layout, offsets: itemOffsets(b.layout), bytes: exporterBytes(b.exporter!) };
	} else {
		const layout = exporterLayout(b);
		if (!layout) return null;
		other = { layout, offsets: itemOffsets(layout), bytes: exporterBytes(b) };
	}
	const shapeA = a.layout.shape;
	const shapeB = other.layout.shape;
	if (shapeA.length !== shapeB.length) return false;
	for (let i = 0; i < shapeA.length; i++) {
		if (shapeA[i] !== shapeB[i]) return false;
		if (shapeA[i] === 0) break;
	}
	const charA = nativeFormat(a.layout.format)?.char;
	const charB = nativeFormat(other.layout.format)?.char;
	// Different formats go through the struct module in CPython, which pymem does not import.
	if (charA === undefined || charA !== charB) {
		return vm.raise("TypeError", "pymem does not support comparing memoryviews of different formats yet");
	}
	const mine = exporterBytes(a.exporter!);
	const offsets = itemOffsets(a.layout);
	for (let i = 0; i < offsets.length; i++) {
		if (!sameItem(vm, mine, offsets[i]!, other.bytes, other.offsets[i]!, charA)) return false;
	}
	return true;
}

/** unpack_cmp: C's == on the two items (NaN is unequal to itself). */
function sameItem(vm: VM, p: Uint8Array, pAt: number, q: Uint8Array, qAt: number, char: string): boolean {
	if (char === "f" || char === "d") {
		const size = char === "f" ? 4 : 8;
		const read = (bytes: Uint8Array, at: number): number => {
			const data = new DataView(bytes.buffer, bytes.byteOffset + at, size);
			return size === 4 ? data.getFloat32(0, true) : data.getFloat64(0, true);
		};
		return read(p, pAt) === read(q, qAt);
	}
	if (char === "?") return (p[pAt] !== 0) === (q[qAt] !== 0);
	const size = nativeFormat(char)?.size ?? vm.raise("TypeError", `pymem does not support memoryview items of format '${char}' yet`);
	for (let i = 0; i < size; i++) if (p[pAt + i] !== q[qAt + i]) return false;
	return true;
}

/** memory_hash: a read-only view of bytes hashes as the bytes it holds (cached, even past release). */
export function memoryviewHashText(vm: VM, mv: PyMemoryView, hashExporter: (o: PyObject) => void): string {
	if (mv.hashText !== null) return mv.hashText;
	requireUnreleased(vm, mv);
	if (!mv.layout.readonly) vm.raise("ValueError", "cannot hash writable memoryview object");
	const native = nativeFormat(mv.layout.format);
	if (!native || !isByteFormat(native.char)) vm.raise("ValueError", "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
	// PyObject_Hash(view->obj) first: a read-only view of a bytearray fails as hash(bytearray) does.
	hashExporter(mv.exporter!);
	return (mv.hashText = latin1(viewBytes(mv)));
}
