// array.array's methods (Modules/arraymodule.c, 3.11). Each change goes through array_resize's capacity
// rules (PyArray.resize), so sys.getsizeof follows; values are checked before the array changes.
import { valuesToBytes } from "../heap/array";
import type { PyObject } from "../heap/object";
import { PyArray, type ArrayValue, type Typecode } from "../heap/array";
import type { NativeImpl } from "../heap/callables";
import { PyList } from "../heap/containers";
import { PyStr } from "../heap/values";
import { bufferItemSize, getBuffer } from "../vm/buffers";
import { compareValues } from "../vm/comparisons";
import { forEachItem } from "../vm/iteration";
import { sliceIndexNotNone } from "../vm/slice-indices";
import { repr } from "../vm/repr";
import { arrayPosition, arrayToList, extendWithArray, insertOneValue, newArray, setValues } from "../vm/array-ops";
import type { VM } from "../vm/vm";
import { arrayItem, arrayValue } from "./array-values";
import { ssize } from "../vm/ssize";
import { notSupportedYet } from "./types";

const own = (self: PyObject | null) => self as PyArray;
const none = (vm: VM) => vm.incref(vm.None);

/** ins1: the value is checked first, then the array grows by one and takes it at the clamped index. */
export function insertValue(vm: VM, a: PyArray, where: number, o: PyObject): void {
	const value = arrayValue(vm, a.typecode, o);
	const n = a.values.length;
	insertOneValue(vm, a, where < 0 ? Math.max(0, where + n) : Math.min(where, n), value);
}

/** array_iter_extend: each item of the iterable appended in turn (an error keeps what came before it). */
export function extendFromIterable(vm: VM, a: PyArray, iterable: PyObject): void {
	forEachItem(vm, iterable, (item) => insertValue(vm, a, a.values.length, item));
}

/** Whether the item at `i` equals `o`, compared as the new object getarrayitem makes. */
function itemEquals(vm: VM, a: PyArray, i: number, o: PyObject): boolean {
	const item = arrayItem(vm, a.typecode, a.values[i]!);
	try {
		return item === o || compareValues(vm, item, o, "Eq");
	} finally {
		vm.decref(item);
	}
}

function readValue(view: DataView, at: number, t: Typecode, little: boolean): ArrayValue {
	if (t.kind === "unicode") return String.fromCodePoint(view.getUint32(at, little));
	if (t.kind === "float") return t.itemsize === 4 ? view.getFloat32(at, little) : view.getFloat64(at, little);
	let n: bigint;
	if (t.itemsize === 8) n = t.kind === "signed" ? view.getBigInt64(at, little) : view.getBigUint64(at, little);
	else {
		const raw = t.itemsize === 1 ? view.getUint8(at) : t.itemsize === 2 ? view.getUint16(at, little) : view.getUint32(at, little);
		n = t.kind === "signed" ? BigInt.asIntN(t.itemsize * 8, BigInt(raw)) : BigInt(raw);
	}
	return Number.isSafeInteger(Number(n)) ? Number(n) : n;
}

/** The values little-endian bytes hold (a 'u' code point past U+10FFFF would not be a str: refused). */
export function bytesToValues(vm: VM, t: Typecode, bytes: Uint8Array, little = true): ArrayValue[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const out: ArrayValue[] = [];
	for (let at = 0; at < bytes.length; at += t.itemsize) {
		if (t.kind === "unicode" && view.getUint32(at, little) > 0x10ffff) vm.raise("TypeError", "pymem does not support array('u') items past U+10FFFF yet");
		out.push(readValue(view, at, t, little));
	}
	return out;
}

/**
 * frombytes: a contiguous buffer of single bytes (not an array of wider items) whose length is a multiple of the
 * item size, appended in one resize.
 */
export function appendBytes(vm: VM, a: PyArray, source: PyObject): void {
	const bytes = getBuffer(vm, source, "contiguous");
	if (!bytes) return vm.raise("TypeError", `a bytes-like object is required, not '${source.typeName}'`);
	if (bufferItemSize(source) !== 1) vm.raise("TypeError", "a bytes-like object is required");
	if (bytes.length % a.typecode.itemsize !== 0) vm.raise("ValueError", "bytes length not a multiple of item size");
	if (bytes.length === 0) return;
	// The source's buffer stays exported while the array resizes: `a.frombytes(a)` cannot grow a.
	if (source instanceof PyArray) source.exports++;
	try {
		setValues(vm, a, a.values.concat(bytesToValues(vm, a.typecode, bytes)));
	} finally {
		if (source instanceof PyArray) source.exports--;
	}
}

function unicodeOnly(vm: VM, a: PyArray, name: string): void {
	if (a.typecode.kind !== "unicode") vm.raise("ValueError", `${name}() may only be called on unicode type arrays`);
}

/** array.index's start and stop (_PyEval_SliceIndexNotNone). */
function sliceIndex(vm: VM, o: PyObject | undefined, fallback: number): number {
	return o === undefined ? fallback : sliceIndexNotNone(vm, o);
}

export const ARRAY_METHODS: Record<string, NativeImpl> = {
	append: (vm, [v], _kw, self) => {
		insertValue(vm, own(self), own(self).values.length, v!);
		return none(vm);
	},
	// extend(bb, /) with the defining class: clinic's own wording for a missing argument.
	extend: (vm, args, _kw, self) => {
		if (args.length !== 1) vm.raise("TypeError", `extend() takes exactly 1 positional argument (${args.length} given)`);
		const a = own(self);
		if (args[0] instanceof PyArray) extendWithArray(vm, a, args[0]);
		else extendFromIterable(vm, a, args[0]!);
		return none(vm);
	},
	insert: (vm, [i, v], _kw, self) => {
		insertValue(vm, own(self), ssize(vm, i!), v!);
		return none(vm);
	},
	pop: (vm, args, _kw, self) => {
		const a = own(self);
		const i = args[0] === undefined ? -1 : ssize(vm, args[0]);
		if (a.values.length === 0) vm.raise("IndexError", "pop from empty array");
		const at = arrayPosition(vm, a, i, "pop index out of range");
		const item = arrayItem(vm, a.typecode, a.values[at]!);
		setValues(vm, a, a.values.filter((_, j) => j !== at));
		return item;
	},
	remove: (vm, [v], _kw, self) => {
		const a = own(self);
		for (let i = 0; i < a.values.length; i++) {
			if (!itemEquals(vm, a, i, v!)) continue;
			setValues(vm, a, a.values.filter((_, j) => j !== i));
			return none(vm);
		}
		return vm.raise("ValueError", "array.remove(x): x not in array");
	},
	index: (vm, args, _kw, self) => {
		const a = own(self);
		let start = sliceIndex(vm, args[1], 0);
		let stop = sliceIndex(vm, args[2], Number.MAX_SAFE_INTEGER);
		if (start < 0) start = Math.max(0, start + a.values.length);
		if (stop < 0) stop += a.values.length;
		for (let i = start; i < stop && i < a.values.length; i++) if (itemEquals(vm, a, i, args[0]!)) return vm.int(i);
		return vm.raise("ValueError", "array.index(x): x not in array");
	},
	count: (vm, [v], _kw, self) => {
		const a = own(self);
		let n = 0;
		for (let i = 0; i < a.values.length; i++) if (itemEquals(vm, a, i, v!)) n++;
		return vm.int(n);
	},
	reverse: (vm, _args, _kw, self) => {
		own(self).values.reverse();
		vm.heap.observer?.contentChanged(self!);
		return none(vm);
	},
	tolist: (vm, _args, _kw, self) => arrayToList(vm, own(self)),
	tobytes: (vm, _args, _kw, self) => vm.bytes(valuesToBytes(own(self).typecode, own(self).values)),
	frombytes: (vm, [source], _kw, self) => {
		appendBytes(vm, own(self), source!);
		return none(vm);
	},
	fromlist: (vm, [list], _kw, self) => {
		const a = own(self);
		if (!(list instanceof PyList)) return vm.raise("TypeError", "arg must be list");
		// The array grows first and each item is stored in turn; an error shrinks it back (through array_resize).
		const n = list.items.length;
		const old = a.values.length;
		if (n === 0) return none(vm);
		setValues(vm, a, a.values.concat(new Array<number>(n).fill(0)));
		try {
			for (let i = 0; i < n; i++) {
				a.values[old + i] = arrayValue(vm, a.typecode, list.items[i]!);
				if (list.items.length !== n) vm.raise("RuntimeError", "list changed size during iteration");
			}
		} catch (e) {
			setValues(vm, a, a.values.slice(0, old));
			throw e;
		}
		vm.heap.observer?.contentChanged(a);
		return none(vm);
	},
	tounicode: (vm, _args, _kw, self) => {
		unicodeOnly(vm, own(self), "tounicode");
		return vm.str(own(self).values.join(""));
	},
	fromunicode: (vm, [text], _kw, self) => {
		const a = own(self);
		unicodeOnly(vm, a, "fromunicode");
		if (!(text instanceof PyStr)) return vm.raise("TypeError", `fromunicode() argument must be str, not ${text!.typeName}`);
		const chars = [...text.value];
		if (chars.length) setValues(vm, a, a.values.concat(chars));
		return none(vm);
	},
	byteswap: (vm, _args, _kw, self) => {
		const a = own(self);
		if (a.typecode.itemsize > 1) {
			a.values = bytesToValues(vm, a.typecode, valuesToBytes(a.typecode, a.values), false);
			vm.heap.observer?.contentChanged(a);
		}
		return none(vm);
	},
	// array_array___copy__ and __deepcopy__: a new array of the same values, exactly sized.
	__copy__: (vm, _args, _kw, self) => newArray(vm, own(self).typecode, own(self).values.slice()),
	__deepcopy__: (vm, _args, _kw, self) => newArray(vm, own(self).typecode, own(self).values.slice()),
	__repr__: (vm, _args, _kw, self) => vm.str(repr(vm, self!)),
	buffer_info: (vm) => vm.raise("TypeError", "pymem does not support array.array.buffer_info() yet (an array's buffer address is not simulated)"),
	...notSupportedYet(["tofile", "fromfile", "__reduce_ex__"], (name) => `array.array.${name}()`),
};
