// array.array (Modules/arraymodule.c, 3.11): C values in a buffer of `allocated` slots, so an array holds
// no reference to what was put in it (each read makes a new int, float or str). 3.11 defines the type with
// PyType_FromSpec, so it is a GC type whose tp_traverse visits only the type: arrays are tracked and count in
// gc.get_count(), though no cycle can run through one.
import { PyObject, HeapKind, setHeapKind, type Reference } from "./object";
import type { PyClass } from "./classes";

/** What one typecode stores: its C type's size and how a value is checked and read back. */
export interface Typecode {
	readonly code: string;
	readonly itemsize: number;
	readonly kind: "signed" | "unsigned" | "float" | "unicode";
}

const descriptor = (code: string, itemsize: number, kind: Typecode["kind"]): Typecode => ({ code, itemsize, kind });

/** arraymodule.c's descriptors, in its order (which `array.typecodes` and the bad-typecode message follow). */
export const TYPECODES: readonly Typecode[] = [
	descriptor("b", 1, "signed"),
	descriptor("B", 1, "unsigned"),
	descriptor("u", 4, "unicode"),
	descriptor("h", 2, "signed"),
	descriptor("H", 2, "unsigned"),
	descriptor("i", 4, "signed"),
	descriptor("I", 4, "unsigned"),
	descriptor("l", 8, "signed"),
	descriptor("L", 8, "unsigned"),
	descriptor("q", 8, "signed"),
	descriptor("Q", 8, "unsigned"),
	descriptor("f", 4, "float"),
	descriptor("d", 8, "float"),
];

/** One stored C value: an integer (a bigint past 2**53), a double (a float rounded to single precision for 'f') or one character. */
export type ArrayValue = number | bigint | string;

export class PyArray extends PyObject {
	/** ob_exports: buffers of it handed out (memoryviews' managed buffers); it cannot resize meanwhile. */
	exports = 0;
	constructor(
		readonly typecode: Typecode,
		/** The values, ob_size of them. */
		public values: ArrayValue[],
		/** ob_item's capacity in items, as array_resize over-allocates it; drives sys.getsizeof. */
		public allocated = values.length,
	) {
		super();
	}
	get cls(): PyClass {
		return arrayClasses.array!;
	}
	override get typeName(): string {
		return "array.array";
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	/** array_tp_traverse: the (heap) type, nothing else. */
	override references(): Reference[] {
		return [{ label: "type", target: this.cls }];
	}
	override shownReferences(): Reference[] {
		return [];
	}
	/**
	 * array_resize, called before the values change: a smaller size within the capacity (and less than 16 below
	 * the current one) keeps it; otherwise it becomes newSize plus newSize/16 plus 3 (7 once past 8 items).
	 */
	resize(newSize: number): void {
		const size = this.values.length;
		if (this.allocated >= newSize && size < newSize + 16 && this.allocated > 0) return;
		this.allocated = newSize === 0 ? 0 : (newSize >> 4) + (size < 8 ? 3 : 7) + newSize;
	}
}

/** The array module's types, made once per process by the module (array-module.ts). */
export const arrayClasses: { array: PyClass | null } = { array: null };

/** The values as C stores them, little-endian. */
export function valuesToBytes(typecode: Typecode, values: readonly ArrayValue[]): Uint8Array {
	const bytes = new Uint8Array(values.length * typecode.itemsize);
	const view = new DataView(bytes.buffer);
	values.forEach((v, i) => writeValue(view, i * typecode.itemsize, typecode, v, true));
	return bytes;
}

function writeValue(view: DataView, at: number, t: Typecode, v: ArrayValue, little: boolean): void {
	if (typeof v === "string") return view.setUint32(at, v.codePointAt(0)!, little);
	if (t.kind === "float") return t.itemsize === 4 ? view.setFloat32(at, v as number, little) : view.setFloat64(at, v as number, little);
	const n = BigInt(v);
	if (t.itemsize === 8) return t.kind === "signed" ? view.setBigInt64(at, n, little) : view.setBigUint64(at, n, little);
	const bits = BigInt(t.itemsize * 8);
	const unsigned = Number(BigInt.asUintN(Number(bits), n));
	if (t.itemsize === 1) view.setUint8(at, unsigned);
	else if (t.itemsize === 2) view.setUint16(at, unsigned, little);
	else view.setUint32(at, unsigned, little);
}
