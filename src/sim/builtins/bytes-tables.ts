// bytes.hex(), bytes.fromhex() and bytes.maketrans(): bytes to and from hex digits, and translation tables.
import type { PyObject } from "../heap/object";
import { PyBytes, PyStr, latin1 } from "../heap/values";
import type { NativeImpl } from "../heap/callables";
import { T } from "../heap/classes";
import { bytesLike } from "../vm/bytes-ops";
import { checkPositional, requireOneArgument, passedTypeName, cIntArgument } from "./arity";
import type { VM } from "../vm/vm";

/** bytes.hex([sep[, bytes_per_sep]]): a separator between groups counted from the right (or the left when negative). */
export function hex(vm: VM, bytes: Uint8Array, sepArg: PyObject | undefined, perArg: PyObject | undefined): string {
	// Argument Clinic reads bytes_per_sep as a C int first; _Py_strhex_impl then measures sep, then its type.
	const per = perArg ? cIntArgument(vm, perArg) : 1;
	vm.checkEscapedSource(bytes.length);
	const digits = Array.from(bytes, (b) => b.toString(16).padStart(2, "0"));
	if (!sepArg) return digits.join("");
	if (vm.len(sepArg) !== 1) vm.raise("ValueError", "sep must be length 1.");
	const sep = sepArg instanceof PyStr ? sepArg.value : sepArg instanceof PyBytes ? latin1(sepArg.value) : vm.raise("TypeError", "sep must be str or bytes.");
	if (sep.charCodeAt(0) > 127) vm.raise("ValueError", "sep must be ASCII.");
	if (per === 0) return digits.join("");
	const size = Math.abs(per);
	const groups: string[] = [];
	if (per > 0) {
		for (let end = digits.length; end > 0; end -= size) groups.push(digits.slice(Math.max(0, end - size), end).join(""));
		groups.reverse();
	} else for (let start = 0; start < digits.length; start += size) groups.push(digits.slice(start, start + size).join(""));
	return groups.join(sep);
}

/** bytes.fromhex(string): pairs of hex digits, with ASCII whitespace allowed between pairs (Py_ISSPACE). */
function fromHex(vm: VM, text: string): Uint8Array {
	const out: number[] = [];
	for (let i = 0; i < text.length; ) {
		if (" \t\n\r\v\f".includes(text[i]!)) {
			i++;
			continue;
		}
		const pair = /^[0-9a-fA-F]{2}/.exec(text.slice(i, i + 2));
		if (!pair) {
			const at = /[0-9a-fA-F]/.test(text[i]!) ? i + 1 : i;
			vm.raise("ValueError", `non-hexadecimal number found in fromhex() arg at position ${at}`);
		}
		out.push(parseInt(pair[0], 16));
		i += 2;
	}
	return Uint8Array.from(out);
}

/** bytes.maketrans(from, to), a staticmethod: the 256-byte table translate() reads. */
export const maketrans: NativeImpl = (vm, args) => {
	checkPositional(vm, "maketrans", args, 2);
	const from = bytesLike(vm, args[0]!);
	const to = bytesLike(vm, args[1]!);
	if (from.length !== to.length) vm.raise("ValueError", "maketrans arguments must have same length");
	const table = Uint8Array.from({ length: 256 }, (_, i) => i);
	from.forEach((c, i) => (table[c] = to[i]!));
	return vm.bytes(table);
};

export const fromhex: NativeImpl = (vm, args, kw) => {
	// A classmethod: args[0] is the class it was called on, the METH_O function's argument follows.
	const owner = args[0] === T.bytearray ? "bytearray" : "bytes";
	requireOneArgument(vm, `${owner}.fromhex`, args.length - 1, kw);
	const text = args[1]!;
	if (!(text instanceof PyStr)) return vm.raise("TypeError", `fromhex() argument must be str, not ${passedTypeName(vm, text)}`);
	const bytes = fromHex(vm, text.value);
	return owner === "bytearray" ? vm.bytearray(bytes) : vm.bytes(bytes);
};
