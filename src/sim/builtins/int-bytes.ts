// int.to_bytes and the classmethod int.from_bytes (Objects/longobject.c, 3.11's Argument Clinic signatures:
// to_bytes(length=1, byteorder='big', *, signed=False), from_bytes(bytes, byteorder='big', *, signed=False)).
// from_bytes reads its argument through PyObject_Bytes: any buffer's bytes, __bytes__, or an iterable of ints.
import type { PyObject } from "../heap/object";
import { PyBytes, PyInt, PyStr } from "../heap/values";
import { PyDescriptor, type NativeImpl } from "../heap/callables";
import { T } from "../heap/classes";
import { objectBytes } from "./bytes-construct";
import { ssize } from "../vm/ssize";
import { clinicArguments } from "./itertools-support";
import { passedTypeName } from "./arity";
import { defineMethods, globalShared, nativeFunction } from "./types";
import type { VM } from "../vm/vm";

const SIGNATURE = { required: 0, positional: 2, clinicModule: "int" };

/** Argument Clinic's str converter for byteorder, which runs before `signed` is read. */
function byteorderArgument(vm: VM, name: string, byteorder: PyObject | undefined): PyStr | undefined {
	if (byteorder === undefined || byteorder instanceof PyStr) return byteorder;
	return vm.raise("TypeError", `${name}() argument 'byteorder' must be str, not ${passedTypeName(vm, byteorder)}`);
}

/** The byteorder the implementation reads: absent is 'big'; a str other than 'little' or 'big' is a ValueError. */
function isLittleEndian(vm: VM, byteorder: PyStr | undefined): boolean {
	if (byteorder === undefined) return false;
	if (byteorder.value !== "little" && byteorder.value !== "big") vm.raise("ValueError", "byteorder must be either 'little' or 'big'");
	return byteorder.value === "little";
}

/**
 * _PyLong_AsByteArray: two's complement when signed, with its OverflowErrors. No byte at all holds 0, and signed
 * also -1 (nothing but sign bits, which need no storing).
 */
function intToBytes(vm: VM, value: bigint, length: number, little: boolean, signed: boolean): Uint8Array {
	if (value < 0n && !signed) vm.raise("OverflowError", "can't convert negative int to unsigned");
	const bits = BigInt(length * 8);
	const fits = length === 0 ? value === 0n || value === -1n : signed ? value >= -(1n << (bits - 1n)) && value < 1n << (bits - 1n) : value < 1n << bits;
	if (!fits) vm.raise("OverflowError", "int too big to convert");
	const unsigned = value < 0n ? (1n << bits) + value : value;
	// Through hex text: shifting a BigInt a byte at a time copies it each time, quadratic in the length.
	const hex = unsigned.toString(16).padStart(length * 2, "0");
	const out = new Uint8Array(length);
	for (let i = 0; i < length; i++) out[little ? length - 1 - i : i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
	return out;
}

/** _PyLong_FromByteArray. */
function bytesToInt(bytes: Uint8Array, little: boolean, signed: boolean): bigint {
	if (bytes.length === 0) return 0n;
	// Through hex text, in linear time (a shift and an or per byte would copy the growing value each time).
	const hex = new Array<string>(bytes.length);
	for (let i = 0; i < bytes.length; i++) hex[i] = bytes[little ? bytes.length - 1 - i : i]!.toString(16).padStart(2, "0");
	let value = BigInt(`0x${hex.join("")}`);
	if (signed && bytes.length > 0 && value >= 1n << BigInt(bytes.length * 8 - 1)) value -= 1n << BigInt(bytes.length * 8);
	return value;
}

const toBytes: NativeImpl = (vm, args, kw, self) => {
	const [lengthArg, byteorderArg, signedArg] = clinicArguments(vm, "to_bytes", args, kw, { names: ["length", "byteorder", "signed"], ...SIGNATURE });
	const length = lengthArg === undefined ? 1 : ssize(vm, lengthArg);
	const byteorder = byteorderArgument(vm, "to_bytes", byteorderArg);
	const signed = signedArg !== undefined && vm.truthy(signedArg);
	const little = isLittleEndian(vm, byteorder);
	if (length < 0) vm.raise("ValueError", "length argument must be non-negative");
	if (length > 100_000_000) vm.raise("MemoryError");
	const out = intToBytes(vm, BigInt((self as PyInt).value), length, little, signed);
	// PyBytes_FromStringAndSize(NULL, n): a new object even for one byte (only the empty one is shared).
	return length === 0 ? vm.bytes(out) : vm.heap.register(new PyBytes(out));
};

/** int.from_bytes, bound to its class: a subclass of int gets cls(value). */
const fromBytes: NativeImpl = (vm, args, kw) => {
	const [cls, ...rest] = args;
	const [source, byteorderArg, signedArg] = clinicArguments(vm, "from_bytes", rest, kw, { names: ["bytes", "byteorder", "signed"], ...SIGNATURE, required: 1 });
	const byteorder = byteorderArgument(vm, "from_bytes", byteorderArg);
	const signed = signedArg !== undefined && vm.truthy(signedArg);
	const little = isLittleEndian(vm, byteorder);
	const bytes = objectBytes(vm, source!);
	const value = bytesToInt(bytes.value, little, signed);
	vm.decref(bytes);
	const result = vm.int(value);
	if (cls === T.int) return result;
	try {
		return vm.callObject(cls!, [result]);
	} finally {
		vm.decref(result);
	}
};

export function installIntBytes(): void {
	defineMethods(T.int, { to_bytes: toBytes });
	T.int.dict.set("from_bytes", globalShared(new PyDescriptor("classmethod", [nativeFunction("from_bytes", fromBytes)])));
}
