// A memoryview's items as memoryobject.c's unpack_single and pack_single read and write them: native
// formats of 64-bit Linux (little-endian, C sizes), and the exporter's bytes they live in (a bytes or
// bytearray object's own, an array's values laid out as its C buffer).
import type { PyObject } from "../heap/object";
import { PyBytes, PyFloat, PyInt } from "../heap/values";
import { PyByteArray } from "../heap/bytearray";
import { PyArray } from "../heap/array";
import { bytesToValues } from "../builtins/array-methods";
import { valuesToBytes } from "../heap/array";
import { setValues } from "./array-ops";
import { indexValue, isTruthy } from "./protocol";
import type { VM } from "./vm";

type ItemKind = "signed" | "unsigned" | "float" | "bool" | "char" | "unmodelled";

interface NativeFormat {
	readonly size: number;
	readonly kind: ItemKind;
}

/** get_native_fmtchar's formats: their C size and what an item of them is. */
const NATIVE_FORMATS: Readonly<Record<string, NativeFormat>> = {
	c: { size: 1, kind: "char" }, b: { size: 1, kind: "signed" }, B: { size: 1, kind: "unsigned" },
	h: { size: 2, kind: "signed" }, H: { size: 2, kind: "unsigned" }, i: { size: 4, kind: "signed" }, I: { size: 4, kind: "unsigned" },
	l: { size: 8, kind: "signed" }, L: { size: 8, kind: "unsigned" }, q: { size: 8, kind: "signed" }, Q: { size: 8, kind: "unsigned" },
	n: { size: 8, kind: "signed" }, N: { size: 8, kind: "unsigned" }, f: { size: 4, kind: "float" }, d: { size: 8, kind: "float" },
	"?": { size: 1, kind: "bool" }, e: { size: 2, kind: "unmodelled" }, P: { size: 8, kind: "unmodelled" },
};

/** get_native_fmtchar: the format's one character (after an optional '@') and its size, or null. */
export function nativeFormat(format: string): { char: string; size: number } | null {
	const f = format.startsWith("@") ? format.slice(1) : format;
	const native = f.length === 1 ? NATIVE_FORMATS[f] : undefined;
	return native ? { char: f, size: native.size } : null;
}

export function isByteFormat(char: string): boolean {
	return char === "b" || char === "B" || char === "c";
}

/** adjust_fmt: the single character a view's items are read with; NotImplementedError for longer formats. */
export function itemFormat(vm: VM, format: string): string {
	const f = format.startsWith("@") ? format.slice(1) : format;
	if (f.length === 1) return f;
	return vm.raise("NotImplementedError", `memoryview: unsupported format ${format}`);
}

/** A native format whose items pymem does not read or write ('e' half floats, 'P' pointers). */
function refuseUnmodelled(vm: VM, char: string): never {
	return vm.raise("TypeError", `pymem does not support memoryview items of format '${char}' yet`);
}

/** Write `bytes` at `at` in a writable exporter's buffer (its size never changes). */
export function writeExporterBytes(vm: VM, o: PyObject, at: number, bytes: Uint8Array): void {
	if (o instanceof PyByteArray) {
		o.value.set(bytes, at);
		vm.heap.observer?.contentChanged(o);
	} else if (o instanceof PyArray) {
		const buffer = valuesToBytes(o.typecode, o.values);
		buffer.set(bytes, at);
		setValues(vm, o, bytesToValues(vm, o.typecode, buffer));
	}
}

/** unpack_single: the item at `at` in `bytes`, a new object of the format's kind. */
export function unpackItem(vm: VM, bytes: Uint8Array, at: number, char: string): PyObject {
	const native = NATIVE_FORMATS[char];
	if (!native) return vm.raise("NotImplementedError", `memoryview: format ${char} not supported`);
	const data = new DataView(bytes.buffer, bytes.byteOffset + at, native.size);
	switch (native.kind) {
		case "char":
			return vm.bytes(bytes.slice(at, at + 1));
		case "bool":
			return vm.bool(data.getUint8(0) !== 0);
		case "float":
			return vm.float(native.size === 4 ? data.getFloat32(0, true) : data.getFloat64(0, true));
		case "signed":
		case "unsigned":
			return vm.int(readInteger(data, native.size, native.kind === "signed"));
		default:
			return refuseUnmodelled(vm, char);
	}
}

function readInteger(data: DataView, size: number, signed: boolean): number | bigint {
	if (size === 1) return signed ? data.getInt8(0) : data.getUint8(0);
	if (size === 2) return signed ? data.getInt16(0, true) : data.getUint16(0, true);
	if (size === 4) return signed ? data.getInt32(0, true) : data.getUint32(0, true);
	const big = signed ? data.getBigInt64(0, true) : data.getBigUint64(0, true);
	return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

/** pack_single: the bytes of `item` in the format, with memoryview's errors that name the format. */
export function packItem(vm: VM, item: PyObject, char: string): Uint8Array {
	const native = NATIVE_FORMATS[char];
	if (!native) return vm.raise("NotImplementedError", `memoryview: format ${char} not supported`);
	const out = new Uint8Array(native.size);
	const data = new DataView(out.buffer);
	const invalidType = (): never => vm.raise("TypeError", `memoryview: invalid type for format '${char}'`);
	const invalidValue = (): never => vm.raise("ValueError", `memoryview: invalid value for format '${char}'`);
	switch (native.kind) {
		case "char":
			if (!(item instanceof PyBytes)) invalidType();
			if ((item as PyBytes).value.length !== 1) invalidValue();
			out[0] = (item as PyBytes).value[0]!;
			return out;
		case "bool":
			out[0] = isTruthy(vm, item) ? 1 : 0;
			return out;
		case "float": {
			const value = floatOf(vm, item, char) ?? invalidType();
			if (native.size === 4) data.setFloat32(0, value, true);
			else data.setFloat64(0, value, true);
			return out;
		}
		case "signed":
		case "unsigned": {
			const value = indexOf(vm, item) ?? invalidType();
			const bits = BigInt(8 * native.size);
			const signed = native.kind === "signed";
			const low = signed ? -(1n << (bits - 1n)) : 0n;
			const high = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
			if (value < low || value > high) invalidValue();
			writeInteger(data, native.size, value);
			return out;
		}
		default:
			return refuseUnmodelled(vm, char);
	}
}

function writeInteger(data: DataView, size: number, value: bigint): void {
	const unsigned = BigInt.asUintN(8 * size, value);
	if (size === 8) data.setBigUint64(0, unsigned, true);
	else if (size === 4) data.setUint32(0, Number(unsigned), true);
	else if (size === 2) data.setUint16(0, Number(unsigned), true);
	else data.setUint8(0, Number(unsigned));
}

/** _PyNumber_Index for pack_single: null where CPython's TypeError becomes "invalid type". */
function indexOf(vm: VM, item: PyObject): bigint | null {
	return item instanceof PyInt ? BigInt(item.value) : indexValue(vm, item);
}

/** PyFloat_AsDouble: a float, or an int (too big a one is "invalid value" as its OverflowError becomes). */
function floatOf(vm: VM, item: PyObject, char: string): number | null {
	if (item instanceof PyFloat) return item.value;
	const index = indexOf(vm, item);
	if (index === null) return null;
	const value = Number(index);
	if (!Number.isFinite(value)) vm.raise("ValueError", `memoryview: invalid value for format '${char}'`);
	return value;
}
