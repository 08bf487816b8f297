// bytes(...) and str.encode(): where a program's bytes objects come from (literals aside).
import type { PyObject } from "../heap/object";
import { PyBytes, PyStr } from "../heap/values";
import { PyFunction } from "../heap/callables";
import { hasInstanceAttributes } from "../heap/subclass-instances";
import { indexValue } from "../vm/protocol";
import { codecNamed, decodeBytes, encodeText } from "../runtime/codecs";
import { textArgument } from "./bytes-methods";
import type { VM } from "../vm/vm";

/** str.encode(encoding="utf-8", errors="strict"). */
export function encodeStr(vm: VM, text: string, encodingArg: PyObject | undefined, errorsArg: PyObject | undefined): PyBytes {
	const encoding = textArgument(vm, encodingArg, "encode", "encoding", "utf-8");
	const errors = textArgument(vm, errorsArg, "encode", "errors", "strict");
	return vm.bytes(encodeText(text, codecNamed(encoding), errors));
}

/** str(object, encoding, errors): only a bytes object can be decoded. */
export function decodeToStr(vm: VM, o: PyObject, encodingArg: PyObject | undefined, errorsArg: PyObject | undefined): PyObject {
	const encoding = textArgument(vm, encodingArg, "str", "encoding", "utf-8");
	const errors = textArgument(vm, errorsArg, "str", "errors", "strict");
	if (o instanceof PyStr) return vm.raise("TypeError", "decoding str is not supported");
	if (!(o instanceof PyBytes)) return vm.raise("TypeError", `decoding to str: need a bytes-like object, ${o.typeName} found`);
	return vm.str(decodeBytes(o.value, codecNamed(encoding), errors));
}

/** bytes(source, encoding, errors): bytes_new in Objects/bytesobject.c. */
export function newBytes(vm: VM, source: PyObject | undefined, encoding: PyObject | undefined, errors: PyObject | undefined): PyObject {
	if (!source) {
		if (encoding || errors) vm.raise("TypeError", encoding ? "encoding without a string argument" : "errors without a string argument");
		return vm.bytes(new Uint8Array(0));
	}
	if (encoding || errors) {
		if (!(source instanceof PyStr)) return vm.raise("TypeError", encoding ? "encoding without a string argument" : "errors without a string argument");
		if (!encoding) return vm.raise("TypeError", "string argument without an encoding");
		return encodeStr(vm, source.value, encoding, errors);
	}
	if (hasInstanceAttributes(source) && source.cls.lookup("__bytes__") instanceof PyFunction) {
		const result = vm.callMethod(source, "__bytes__", []);
		if (result instanceof PyBytes) return result;
		vm.decref(result);
		return vm.raise("TypeError", `__bytes__ returned non-bytes (type ${result.typeName})`);
	}
	if (source instanceof PyStr) return vm.raise("TypeError", "string argument without an encoding");
	// PyBytes_FromObject hands an exact bytes object back as it is.
	if (source instanceof PyBytes) return vm.incref(source);
	const count = indexValue(vm, source);
	if (count !== null) {
		if (count < 0n) vm.raise("ValueError", "negative count");
		if (count > 100_000_000n) vm.raise("MemoryError");
		return vm.bytes(new Uint8Array(Number(count)));
	}
	const items = vm.collect(source, (typeName) => `cannot convert '${typeName}' object to bytes`);
	try {
		return vm.bytes(Uint8Array.from(items, (item) => byteOf(vm, item)));
	} finally {
		for (const item of items) vm.decref(item);
	}
}

/** An item of the iterable bytes() is given: an int in range(0, 256). */
function byteOf(vm: VM, item: PyObject): number {
	const value = indexValue(vm, item);
	if (value === null) return vm.raise("TypeError", `'${item.typeName}' object cannot be interpreted as an integer`);
	if (value < 0n || value > 255n) vm.raise("ValueError", "bytes must be in range(0, 256)");
	return Number(value);
}
