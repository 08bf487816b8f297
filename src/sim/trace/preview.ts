// Short previews of objects for cards and the timeline. Never runs Python code (no user __repr__), so
// recording cannot change what the program does; containers show a few items only.
import { PyManagedBuffer, PyMemoryView } from "../heap/memoryview";
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex, PyStr, PyBool, PyNone, PyBytes, PyEllipsis } from "../heap/values";
import { bytesRepr } from "../parse/repr";
import { PyByteArray } from "../heap/bytearray";
import { PyList, PyTuple, PyDict, PySet } from "../heap/containers";
import { PyClass, PySlotDescriptor, T } from "../heap/classes";
import { PyInstance, PyExceptionObject } from "../heap/instances";
import { PyFunction, PyBoundMethod, PyBuiltinFunction, PyCell, PyModule } from "../heap/callables";
import { PyWeakDictRemover, PyWeakMethodCallback } from "../heap/weak-dictionaries";
import { PyWeakProxy, PyWeakref } from "../heap/weakrefs";
import { PyGenerator } from "../heap/iterators";
import { PyDeque, PyDefaultDict, PyOrderedDict } from "../heap/collections";
import { PyArray } from "../heap/array";
import { PyCData } from "../heap/ctypes-data";
import { floatRepr } from "../runtime/floatRepr";
import { complexRepr } from "../runtime/complexText";
import { strRepr } from "../vm/repr";
import type { StringTable } from "./log";
import { PyGenericAlias } from "../heap/generic-alias";
import { PyUnionType } from "../heap/union-type";
import { firstOf } from "../arrays";
import { bitLength } from "../runtime/intMath";

/** Characters of a str or bytes shown (a str keeps its first STR_LEADING_CHARS for this). */
const MAX = 40;
const MAX_ITEMS = 4;

function cut(s: string): string {
	return s.length > MAX ? s.slice(0, MAX - 1) + "…" : s;
}

/** Past this many bits an int's preview is its magnitude: writing out its digits takes a second at 8 million bits. */
const EXACT_PREVIEW_BITS = 100_000;

/** An int as its digits, or a huge one as about how big it is ("≈1.2346e+30102"). */
export function intPreview(value: number | bigint): string {
	if (typeof value === "number") return String(value);
	const magnitude = value < 0n ? -value : value;
	const bits = bitLength(magnitude);
	if (bits <= EXACT_PREVIEW_BITS) return String(value);
	// The top 64 bits as a float, scaled: log10 of the value, whose fraction gives the leading digits.
	const shift = bits - 64;
	const log10 = Math.log10(Number(magnitude >> BigInt(shift))) + shift * Math.LOG10E * Math.LN2;
	const exponent = Math.floor(log10);
	return `≈${value < 0n ? "-" : ""}${(10 ** (log10 - exponent)).toFixed(4)}e+${exponent}`;
}

function scalar(o: PyObject): string | null {
	if (o instanceof PyBool) return o.flag ? "True" : "False";
	if (o instanceof PyInt) return intPreview(o.value);
	if (o instanceof PyFloat) return floatRepr(o.value);
	if (o instanceof PyComplex) return complexRepr(o);
	if (o instanceof PyStr) return strRepr(o.value.length > MAX ? o.leading().slice(0, MAX) : o.value);
	if (o instanceof PyBytes) return bytesRepr(o.value.length > MAX ? o.value.subarray(0, MAX) : o.value);
	if (o instanceof PyByteArray) return `bytearray(${bytesRepr(o.value.length > MAX ? o.value.subarray(0, MAX) : o.value, true)})`;
	if (o instanceof PyNone) return "None";
	return null;
}

function item(o: PyObject): string {
	return scalar(o) ?? `${o.typeName}#${o.id}`;
}

/** The first items of a container, a few of `total` (all of `list` unless told). */
function items(list: PyObject[], total = list.length): string {
	const shown = list.slice(0, MAX_ITEMS).map(item);
	if (total > MAX_ITEMS) shown.push("…");
	return shown.join(", ");
}

/** Objects whose type, size and preview stay as they were made: a trace computes them once. */
export function appearanceIsFixed(o: PyObject): boolean {
	return (o instanceof PyInstance && !(o instanceof PyExceptionObject)) || o instanceof PyTuple || o instanceof PyInt || o instanceof PyStr || o instanceof PyBytes || o instanceof PyFloat || o instanceof PyComplex;
}

export function previewOf(o: PyObject): string {
	// The kinds a program makes most, by exact class first (see sizeOf): the instanceof tests below walk prototype chains.
	const exact = o.constructor;
	if (exact === PyInstance) return instancePreview(o as PyInstance);
	if (exact === PyTuple) return tuplePreview(o as PyTuple);
	const s = scalar(o);
	if (s !== null) return cut(s);
	if (o instanceof PyList) return cut(`[${items(o.items)}]`);
	if (o instanceof PyTuple) return tuplePreview(o);
	if (o instanceof PyArray) return cut(`array('${o.typecode.code}', [${o.values.slice(0, MAX).map((v) => (typeof v === "string" ? strRepr(v) : typeof v === "number" && o.typecode.kind === "float" ? floatRepr(v) : String(v))).join(", ")}])`);
	if (o instanceof PyDeque) return cut(`deque([${items(o.items)}]${o.maxlen >= 0 ? `, maxlen=${o.maxlen}` : ""})`);
	if (o instanceof PyDict) {
		// Only the first entries: a preview is written at each change of a container, however large.
		const shown = firstOf(o.entries.values(), MAX_ITEMS).map((e) => `${item(e.key)}: ${item(e.value)}`);
		if (o.entries.size > MAX_ITEMS) shown.push("…");
		const prefix = o instanceof PyDefaultDict ? "defaultdict" : o instanceof PyOrderedDict ? "OrderedDict" : o.cls === T.Counter ? "Counter" : "";
		return cut(prefix ? `${prefix}({${shown.join(", ")}})` : `{${shown.join(", ")}}`);
	}
	if (o instanceof PySet) return cut(o.unorderedEntries.size ? `{${items(o.firstItems(MAX_ITEMS), o.unorderedEntries.size)}}` : `${o.typeName}()`);
	if (o instanceof PyExceptionObject) return cut(`${o.cls.name}(${o.args instanceof PyTuple ? items(o.args.items) : ""})`);
	if (o instanceof PyInstance) return instancePreview(o);
	if (o instanceof PyClass) return `<class '${o.qualname}'>`;
	if (o instanceof PySlotDescriptor) return `<${o.kind === "getset" ? "attribute" : "member"} '${o.name}'>`;
	// The closures Lib/weakref.py's containers make are functions too, though pymem builds them natively.
	if (o instanceof PyFunction || o instanceof PyWeakDictRemover || o instanceof PyWeakMethodCallback) return `<function ${o.qualname}>`;
	if (o instanceof PyBoundMethod) return `<bound method ${o.func instanceof PyFunction ? o.func.qualname : "?"}>`;
	if (o instanceof PyBuiltinFunction) return `<built-in ${o.name}>`;
	if (o instanceof PyModule) return `<module '${o.name}'>`;
	if (o instanceof PyCell) return o.ref ? `<cell: ${item(o.ref)}>` : "<cell: empty>";
	if (o instanceof PyGenerator) return `<generator ${o.qualname}>`;
	if (o instanceof PyCData) return cdataPreview(o);
	if (o instanceof PyMemoryView) return memoryviewPreview(o);
	// A weak reference is no holder of its referent: its card names what it points at, as its repr does, or that it is dead.
	if (o instanceof PyWeakref) {
		const kind = o instanceof PyWeakProxy ? "weakproxy" : "weakref";
		return o.referent ? `<${kind} to ${o.referent.typeName}#${o.referent.id}>` : `<${kind}; dead>`;
	}
	if (o instanceof PyManagedBuffer) return o.exporter ? `<managed buffer of ${o.exporter.typeName}#${o.exporter.id}>` : "<released managed buffer>";
	if (o instanceof PyGenericAlias) return cut(aliasPreview(o));
	if (o instanceof PyUnionType && o.args instanceof PyTuple) return cut(o.args.items.map((m) => (m === T.NoneType ? "None" : aliasPreview(m))).join(" | "));
	return `<${o.typeName}>`;
}

function tuplePreview(o: PyTuple): string {
	return cut(o.items.length === 1 ? `(${item(o.items[0]!)},)` : `(${items(o.items)})`);
}

function instancePreview(o: PyInstance): string {
	return `<${o.cls.name} object>`;
}

/**
 * A view shows the address it reads, not the count there: that changes without the view changing (and
 * reading it is the program's business). Its own value shows as its repr does.
 */
function cdataPreview(o: PyCData): string {
	const name = o.ctype.name;
	if (o.address !== null) return `${name} at 0x${o.address.toString(16)}`;
	if (name === "py_object") return o.held ? `py_object(${item(o.held)})` : "py_object(<NULL>)";
	return cut(`${name}(${o.stored})`);
}

/**
 * What a view reads: its exporter, the bytes it spans there and its format (`<memory of bytearray#3 [2:5]>`,
 * `<memory 'i' of array#4 [0:12]>`); a released view reads nothing.
 */
function memoryviewPreview(o: PyMemoryView): string {
	const exporter = o.exporter;
	if (!exporter) return "<released memory>";
	const { offset, format, shape } = o.layout;
	const shownFormat = format === "B" ? "" : ` '${format}'`;
	const span = shape.length === 1 && o.layout.strides[0] === o.layout.itemsize ? ` [${offset}:${offset + o.nbytes}]` : ` from byte ${offset}`;
	return cut(`<memory${shownFormat} of ${exporter.typeName}#${exporter.id}${span}>`);
}

/** `dict[str, list[int]]`, as its repr reads. */
function aliasPreview(o: PyObject): string {
	if (o instanceof PyClass) return o.module === "builtins" ? o.qualname : `${o.module}.${o.qualname}`;
	if (o instanceof PyEllipsis) return "...";
	if (!(o instanceof PyGenericAlias) || !o.origin || !(o.args instanceof PyTuple)) return item(o);
	return `${aliasPreview(o.origin)}[${o.args.items.length ? o.args.items.map(aliasPreview).join(", ") : "()"}]`;
}

/** Ints whose value the trace keeps inline: zigzagged, they stay well inside a safe integer. */
const INLINE_INT_LIMIT = 2 ** 48;

/**
 * An object's preview as the trace stores it: an int's value inline, as a negative code, anything else a
 * string-table id. A program that counts makes a new int at every turn; a string apiece in the table
 * would weigh more than the rest of its trace.
 */
export function previewCode(o: PyObject, strings: StringTable): number {
	if (o instanceof PyInt && !(o instanceof PyBool) && typeof o.value === "number" && Math.abs(o.value) < INLINE_INT_LIMIT) {
		return -1 - (o.value >= 0 ? 2 * o.value : -2 * o.value - 1);
	}
	return strings.id(previewOf(o));
}

/** The text of a preview code (see previewCode). */
export function previewText(code: number, strings: readonly string[]): string {
	if (code >= 0) return strings[code] ?? "";
	const zigzag = -1 - code;
	return String(zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2);
}
