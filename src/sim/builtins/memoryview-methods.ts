// memoryview's methods and getsets (memory_methods, memory_getsetlist in Objects/memoryobject.c, 3.11):
// release() and the context manager, tobytes, tolist, hex, cast, toreadonly, and obj, nbytes, format...
import type { PyObject } from "../heap/object";
import { VARARGS_IMPLS, type NativeImpl } from "../heap/callables";
import { VARARGS_CALL, withPackedArguments } from "../vm/packed-arguments";
import { T } from "../heap/classes";
import { PyList, PyTuple } from "../heap/containers";
import { PyInt, PyStr } from "../heap/values";
import { PyMemoryView, viewBytes, type BufferLayout } from "../heap/memoryview";
import { addView, isCContiguous, isFContiguous, requireUnreleased, viewItems } from "../vm/memoryview-ops";
import { isByteFormat, itemFormat, nativeFormat } from "../vm/memoryview-items";
import { requireNoArguments, passedTypeName } from "./arity";
import { defineMethods } from "./types";
import { hex } from "./bytes-tables";
import type { VM } from "../vm/vm";
import { clinicArguments, type Parameters } from "./itertools-support";

function own(vm: VM, self: PyObject | null): PyMemoryView {
	return self instanceof PyMemoryView ? self : vm.raise("TypeError", "descriptor requires a 'memoryview' object");
}

/** memoryview.release(): what the view gave back (the exporter, when it was the last view) is dropped now. */
function release(vm: VM, mv: PyMemoryView): PyObject {
	const released = mv.release();
	vm.heap.observer?.contentChanged(mv);
	for (const o of released) vm.decref(o);
	return vm.incref(vm.None);
}

/** tolist_rec: nested lists of a view's items, dimension by dimension. */
function nestedList(vm: VM, items: PyObject[], shape: readonly number[]): PyObject {
	if (shape.length <= 1) return vm.list(items);
	const inner = shape.slice(1).reduce((n, d) => n * d, 1);
	const rows: PyObject[] = [];
	for (let i = 0; i < shape[0]!; i++) rows.push(nestedList(vm, items.slice(i * inner, (i + 1) * inner), shape.slice(1)));
	return vm.list(rows);
}

/** copy_shape: the new shape's dimensions, each an int above 0. */
function castShape(vm: VM, shape: PyList | PyTuple): number[] {
	return shape.items.map((item) => {
		if (!(item instanceof PyInt)) return vm.raise("TypeError", "memoryview.cast(): elements of shape must be integers");
		const n = Number(item.value);
		if (n <= 0) vm.raise("ValueError", "memoryview.cast(): elements of shape must be integers > 0");
		return n;
	});
}

/** memoryview_cast_impl: a new view of the same managed buffer, 1-D in the new format, then reshaped. */
function cast(vm: VM, mv: PyMemoryView, format: PyObject, shape: PyObject | undefined): PyObject {
	// Argument Clinic checks the format's type before the implementation runs.
	if (!(format instanceof PyStr)) return vm.raise("TypeError", `cast() argument 'format' must be str, not ${passedTypeName(vm, format)}`);
	requireUnreleased(vm, mv);
	const layout = mv.layout;
	if (!isCContiguous(layout)) vm.raise("TypeError", "memoryview: casts are restricted to C-contiguous views");
	if ((shape || layout.shape.length !== 1) && layout.shape.includes(0)) vm.raise("TypeError", "memoryview: cannot cast view with zeros in shape or strides");
	let ndim = 1;
	if (shape) {
		if (!(shape instanceof PyList || shape instanceof PyTuple)) return vm.raise("TypeError", "shape must be a list or a tuple");
		ndim = shape.items.length;
		if (ndim > 64) vm.raise("ValueError", "memoryview: number of dimensions must not exceed 64");
		if (layout.shape.length !== 1 && ndim !== 1) vm.raise("TypeError", "memoryview: cast must be 1D -> ND or ND -> 1D");
	}
	if (!/^[\x20-\x7e]*$/.test(format.value)) return vm.raise("TypeError", "pymem does not support memoryview.cast() to a non-ASCII format yet");
	const nbytes = mv.nbytes;
	const cast: BufferLayout = { offset: layout.offset, itemsize: layout.itemsize, format: layout.format, shape: [nbytes / layout.itemsize], strides: [layout.itemsize], readonly: layout.readonly };
	// mbuf_add_incomplete_view registers the view first: a failed cast frees it again.
	const view = addView(vm, mv.mbuf!, cast, ndim === 0 ? 1 : ndim);
	try {
		castTo1D(vm, cast, layout.format, format.value, nbytes);
		if (shape) castToND(vm, cast, castShape(vm, shape), nbytes);
	} catch (e) {
		vm.decref(view);
		throw e;
	}
	return view;
}

/** cast_to_1D: the new format's items, one dimension over the same bytes. */
function castTo1D(vm: VM, layout: BufferLayout, from: string, to: string, nbytes: number): void {
	const dest = nativeFormat(to);
	if (!dest) return vm.raise("ValueError", "memoryview: destination format must be a native single character format prefixed with an optional '@'");
	const source = nativeFormat(from);
	if ((!source || !isByteFormat(source.char)) && !isByteFormat(dest.char)) vm.raise("TypeError", "memoryview: cannot cast between two non-byte formats");
	if (nbytes % dest.size) vm.raise("TypeError", "memoryview: length is not a multiple of itemsize");
	if (dest.char === "e" || dest.char === "P") vm.raise("TypeError", `pymem does not support memoryview format '${dest.char}' yet`);
	layout.format = to;
	layout.itemsize = dest.size;
	layout.shape = [nbytes / dest.size];
	layout.strides = [dest.size];
}

/** cast_to_ND: a C-contiguous shape over the same bytes (none for a 0-d view of one item). */
function castToND(vm: VM, layout: BufferLayout, shape: number[], nbytes: number): void {
	const size = shape.reduce((n, d) => n * d, layout.itemsize);
	layout.shape = shape;
	layout.strides = shape.map(() => 0);
	let stride = layout.itemsize;
	for (let i = shape.length - 1; i >= 0; i--) {
		layout.strides[i] = stride;
		stride *= shape[i]!;
	}
	if (size !== nbytes) vm.raise("TypeError", "memoryview: product(shape) * itemsize != buffer size");
}

/** memoryview_tobytes_impl: order is 'C', 'F', 'A' or None; every view pymem makes is C-contiguous in bytes read. */
function tobytes(vm: VM, mv: PyMemoryView, order: PyObject | undefined): PyObject {
	requireUnreleased(vm, mv);
	if (order && order !== vm.None) {
		if (!(order instanceof PyStr)) return vm.raise("TypeError", `tobytes() argument 'order' must be str or None, not ${order.typeName}`);
		if (!["C", "F", "A"].includes(order.value)) vm.raise("ValueError", "order must be 'C', 'F' or 'A'");
		if (order.value === "F" && mv.layout.shape.length > 1) vm.raise("TypeError", "pymem does not support memoryview.tobytes('F') of a multi-dimensional view yet");
	}
	return vm.bytes(viewBytes(mv));
}

/** memory_exit, METH_VARARGS: any positional arguments (with's three), packed in a new tuple, but no keywords. */
const exitView: NativeImpl = (vm, args, kw, self) => {
	if (kw?.size) vm.raise("TypeError", "memoryview.__exit__() takes no keyword arguments");
	return withPackedArguments(vm, args, null, () => release(vm, own(vm, self)), VARARGS_CALL);
};
VARARGS_IMPLS.add(exitView);

// Argument Clinic's parameters (memoryobject.c is built into the core: its parsers' keyword tuples are static).
const TOBYTES_PARAMETERS: Parameters = { names: ["order"], required: 0 };
const HEX_PARAMETERS: Parameters = { names: ["sep", "bytes_per_sep"], required: 0 };
const CAST_PARAMETERS: Parameters = { names: ["format", "shape"], required: 1 };

const MEMORYVIEW_METHODS: Record<string, NativeImpl> = {
	release: (vm, args, kw, self) => {
		requireNoArguments(vm, "memoryview.release", args.length, kw);
		return release(vm, own(vm, self));
	},
	__enter__: (vm, args, kw, self) => {
		requireNoArguments(vm, "memoryview.__enter__", args.length, kw);
		const mv = own(vm, self);
		requireUnreleased(vm, mv);
		return vm.incref(mv);
	},
	__exit__: exitView,
	tobytes: (vm, args, kw, self) => {
		const [order] = clinicArguments(vm, "tobytes", args, kw, TOBYTES_PARAMETERS);
		return tobytes(vm, own(vm, self), order);
	},
	tolist: (vm, args, kw, self) => {
		requireNoArguments(vm, "memoryview.tolist", args.length, kw);
		const mv = own(vm, self);
		requireUnreleased(vm, mv);
		const char = itemFormat(vm, mv.layout.format);
		const items = viewItems(vm, mv, char);
		return mv.layout.shape.length === 0 ? items[0]! : nestedList(vm, items, mv.layout.shape);
	},
	hex: (vm, args, kw, self) => {
		const [sep, bytesPerSep] = clinicArguments(vm, "hex", args, kw, HEX_PARAMETERS);
		const mv = own(vm, self);
		requireUnreleased(vm, mv);
		return vm.str(hex(vm, viewBytes(mv), sep, bytesPerSep));
	},
	cast: (vm, args, kw, self) => {
		const [format, shape] = clinicArguments(vm, "cast", args, kw, CAST_PARAMETERS);
		return cast(vm, own(vm, self), format!, shape);
	},
	toreadonly: (vm, args, kw, self) => {
		requireNoArguments(vm, "memoryview.toreadonly", args.length, kw);
		const mv = own(vm, self);
		requireUnreleased(vm, mv);
		return addView(vm, mv.mbuf!, { ...mv.layout, shape: [...mv.layout.shape], strides: [...mv.layout.strides], readonly: true });
	},
};

export function installMemoryviewMethods(): void {
	defineMethods(T.memoryview, MEMORYVIEW_METHODS);
}

const intTuple = (vm: VM, values: readonly number[]): PyObject => vm.tuple(values.map((v) => vm.int(v)));

/** memory_getsetlist: each getset checks for release first. */
export function memoryviewAttribute(vm: VM, mv: PyMemoryView, name: string): PyObject | undefined {
	const getters: Record<string, () => PyObject> = {
		obj: () => vm.incref(mv.exporter ?? vm.None),
		nbytes: () => vm.int(mv.nbytes),
		readonly: () => vm.bool(mv.layout.readonly),
		itemsize: () => vm.int(mv.layout.itemsize),
		format: () => vm.str(mv.layout.format),
		ndim: () => vm.int(mv.layout.shape.length),
		shape: () => intTuple(vm, mv.layout.shape),
		strides: () => intTuple(vm, mv.layout.strides),
		suboffsets: () => vm.incref(vm.emptyTuple),
		c_contiguous: () => vm.bool(isCContiguous(mv.layout)),
		f_contiguous: () => vm.bool(isFContiguous(mv.layout)),
		contiguous: () => vm.bool(isCContiguous(mv.layout) || isFContiguous(mv.layout)),
	};
	const getter = getters[name];
	if (!getter) return undefined;
	requireUnreleased(vm, mv);
	return getter();
}
