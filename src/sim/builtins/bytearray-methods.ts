// bytearray's own methods, the ones that change it (its other methods are bytes's: bytes-methods.ts). Each
// resizes the buffer as Objects/bytearrayobject.c does, so sys.getsizeof follows.
import type { PyObject } from "../heap/object";
import { PyByteArray } from "../heap/bytearray";
import { hasBuffer, readBuffer } from "../vm/buffers";
import type { NativeImpl } from "../heap/callables";
import { byteValue } from "../vm/bytes-ops";
import { ssize } from "../vm/ssize";
import { copyOfByteArray, replaceBytes, resizeTo } from "../vm/bytearray-ops";
import { bytesFromIterable } from "./bytes-construct";
import type { VM } from "../vm/vm";
import { requireOneArgument } from "./arity";

const own = (self: PyObject | null): PyByteArray => self as PyByteArray;

/** A METH_O method's one argument. */
function onlyArgument(vm: VM, name: string, args: PyObject[]): PyObject {
	requireOneArgument(vm, `bytearray.${name}`, args.length);
	return args[0]!;
}

/** The bytes without the one at index i. */
function without(bytes: Uint8Array, i: number): Uint8Array {
	const out = new Uint8Array(bytes.length - 1);
	out.set(bytes.subarray(0, i));
	out.set(bytes.subarray(i + 1), i);
	return out;
}

/**
 * bytearray.extend: an object with a buffer as bytearray_setslice takes it (contiguous bytes), else an iterable of
 * ints gathered first (self unchanged on error).
 */
function extend(vm: VM, b: PyByteArray, source: PyObject): void {
	const direct = hasBuffer(source) ? readBuffer(source, "contiguous") : null;
	if (hasBuffer(source) && !direct) vm.raise("TypeError", `can't set bytearray slice from ${source.typeName}`);
	const bytes = direct ? direct.slice() : bytesFromIterable(vm, source, (typeName) => `can't extend bytearray with ${typeName}`)[0];
	const end = b.value.length;
	replaceBytes(vm, b, end, end, bytes);
}

const none = (vm: VM): PyObject => vm.incref(vm.None);

export const BYTEARRAY_METHODS: Record<string, NativeImpl> = {
	append: (vm, args, _kw, self) => {
		const b = own(self);
		const value = byteValue(vm, onlyArgument(vm, "append", args));
		const out = new Uint8Array(b.value.length + 1);
		out.set(b.value);
		out[b.value.length] = value;
		resizeTo(vm, b, out);
		return none(vm);
	},
	insert: (vm, args, _kw, self) => {
		const b = own(self);
		const n = b.value.length;
		let where = ssize(vm, args[0]!);
		const value = byteValue(vm, args[1]!);
		if (where < 0) where = Math.max(where + n, 0);
		if (where > n) where = n;
		const out = new Uint8Array(n + 1);
		out.set(b.value.subarray(0, where));
		out[where] = value;
		out.set(b.value.subarray(where), where + 1);
		resizeTo(vm, b, out);
		return none(vm);
	},
	extend: (vm, args, _kw, self) => {
		extend(vm, own(self), onlyArgument(vm, "extend", args));
		return none(vm);
	},
	pop: (vm, args, _kw, self) => {
		const b = own(self);
		const n = b.value.length;
		let where = args[0] ? ssize(vm, args[0]) : -1;
		if (n === 0) vm.raise("IndexError", "pop from empty bytearray");
		if (where < 0) where += n;
		if (where < 0 || where >= n) vm.raise("IndexError", "pop index out of range");
		const value = b.value[where]!;
		resizeTo(vm, b, without(b.value, where));
		return vm.int(value);
	},
	remove: (vm, args, _kw, self) => {
		const b = own(self);
		const where = b.value.indexOf(byteValue(vm, onlyArgument(vm, "remove", args)));
		if (where < 0) vm.raise("ValueError", "value not found in bytearray");
		resizeTo(vm, b, without(b.value, where));
		return none(vm);
	},
	reverse: (vm, _args, _kw, self) => {
		const b = own(self);
		b.value.reverse();
		vm.heap.observer?.contentChanged(b);
		return none(vm);
	},
	clear: (vm, _args, _kw, self) => {
		resizeTo(vm, own(self), new Uint8Array(0));
		return none(vm);
	},
	copy: (vm, _args, _kw, self) => copyOfByteArray(vm, own(self)),
	__alloc__: (vm, _args, _kw, self) => vm.int(own(self).buffer.alloc),
};

