// printf-style `bytes % args` and `bytearray % args` (Objects/bytesobject.c _PyBytes_FormatEx), on the runtime
// library's printf with bytes held one character per byte.
import type { PyObject } from "../heap/object";
import { PyBytes, PyStr, latin1 } from "../heap/values";
import { PyTuple } from "../heap/containers";
import { PyByteArray, isBytesLike } from "../heap/bytearray";
import { percentFormat } from "../runtime/printf";
import { asciiEscaped } from "../runtime/strRepr";
import { isMappingObject } from "./abstract-checks";
import { indexValue } from "./protocol";
import { getBuffer } from "./buffers";
import { bytesFromDunder } from "./bytes-ops";
import { percentValue, percentNumbers, percentMapping } from "./formatting";
import { repr } from "./repr";
import type { VM } from "./vm";


/** The new bytes (a bytearray for a bytearray template) `template % args` makes. */
export function bytesPercentFormat(vm: VM, template: PyBytes | PyByteArray, args: PyObject): PyObject {
	const isTuple = args instanceof PyTuple;
	const text = percentFormat(latin1(template.value), isTuple ? args.items : [args], isTuple, {
		classify: percentValue,
		...percentNumbers(vm),
		str: (value) => latin1(bytesOfArgument(vm, value)),
		repr: (value) => repr(vm, value),
		ascii: (value) => asciiEscaped(repr(vm, value)),
		typeName: (value) => value.typeName,
		...percentMapping(vm, isMapping, (key) => vm.bytes(Uint8Array.from(key, (c) => c.charCodeAt(0)))),
		bytes: { byteChar: (value) => String.fromCharCode(byteOfChar(vm, value)) },
	});
	const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
	return template instanceof PyByteArray ? vm.bytearray(bytes) : vm.bytes(bytes);
}

/** _PyBytes_FormatEx's mapping test: subscriptable, but no tuple, str or object with a buffer. */
function isMapping(o: PyObject): boolean {
	return isMappingObject(o) && !(o instanceof PyTuple) && !(o instanceof PyStr) && !isBytesLike(o);
}

/** format_obj for %s and %b: the bytes of any buffer (copied in C order), or what its `__bytes__` returned. */
function bytesOfArgument(vm: VM, value: PyObject): Uint8Array {
	const buffer = getBuffer(vm, value, "any");
	if (buffer) return buffer;
	const special = bytesFromDunder(vm, value);
	if (special) {
		const bytes = special.value;
		vm.decref(special);
		return bytes;
	}
	return vm.raise("TypeError", `%b requires a bytes-like object, or an object that implements __bytes__, not '${value.typeName}'`);
}

/** byte_converter for %c: a bytes or bytearray of one byte, or an integer in range(256). */
function byteOfChar(vm: VM, value: PyObject): number {
	if (isBytesLike(value) && value.value.length === 1) return value.value[0]!;
	const n = indexValue(vm, value);
	if (n === null) return vm.raise("TypeError", "%c requires an integer in range(256) or a single byte");
	if (n < 0n || n > 255n) return vm.raise("OverflowError", "%c arg not in range(256)");
	return Number(n);
}
