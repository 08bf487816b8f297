// sys.getsizeof on 64-bit CPython 3.11, from each object's current shape (capacity, length, digits).
import { PyManagedBuffer, PyMemoryView } from "./memoryview";
import { PyTypingObject } from "./typing-objects";
import type { PyObject } from "./object";
import { PyInt, PyFloat, PyComplex, PyStr, PyBool, PyNone, PyEllipsis, PyNotImplemented, PyBytes } from "./values";
import { PyList, PyTuple, PyDict, PySet, PyRange, PySlice } from "./containers";
import { PyByteArray } from "./bytearray";
import { sizeofByteArray } from "../runtime/bytearrayGrowth";
import { PyClass, PySlotDescriptor, T } from "./classes";
import { PyInstance, PyExceptionObject } from "./instances";
import { PyTextStream } from "./text-streams";
import { PyFunction, PyBoundMethod, PyCell, PyBuiltinFunction, PySlotWrapper, PyDescriptor, PySuper, PyModule } from "./callables";
import { PyGenerator, PyIterator, PyNativeGenerator } from "./iterators";
import { PyToolIterator } from "./tool-iterators";
import { PyLruLink, PyToolObject } from "./tool-objects";
import { PyWeakref } from "./weakrefs";
import { PyDefaultDict, PyDeque, PyOrderedDict, BLOCKLEN } from "./collections";
import { PyArray } from "./array";
import { PyKeyedRef, PyWeakDictionary, PyWeakDictRemover, PyWeakMethod, PyWeakMethodCallback, PyWeakSet } from "./weak-dictionaries";
import { PyTraceback, PyFrameObject } from "./tracebacks";
import { PyDictView } from "./views";
import { PyCData } from "./ctypes-data";
import { instanceLayout } from "./shared-keys";
import { hasInstanceAttributes, isSubclassInstance } from "./subclass-instances";
import { isScalarInstance, type PyScalarInstance } from "./scalar-instances";
import { isGcType } from "./gc-kinds";
import { SIZEOF_COMPLEX, sizeofFrameObject, sizeofGenerator } from "../runtime/sizes";
import { PyGenericAlias } from "./generic-alias";
import { PyUnionType } from "./union-type";
import { PyMappingProxy } from "./mapping-proxy";
import { PyTupleGetter } from "./tuple-getter";
import { bitLength } from "../runtime/intMath";

/** GC-tracked objects carry a 16-byte PyGC_Head that getsizeof includes. */
const GC_HEAD = 16;

/** 24 bytes of header, then the magnitude's 30-bit digits (at least one: 0 has one). */
export function intSize(v: number | bigint): number {
	// A number is a safe integer: halving it by 2**30 is exact, and BigInt work is slow before the JIT warms up.
	if (typeof v === "number") {
		let n = Math.abs(v);
		let digits = 1;
		while (n >= DIGIT_BASE) {
			n = Math.floor(n / DIGIT_BASE);
			digits++;
		}
		return 24 + 4 * digits;
	}
	if (v === 0n) return 28;
	return 24 + 4 * Math.ceil(bitLength(v) / 30);
}

const DIGIT_BASE = 2 ** 30;

function strSize(s: PyStr): number {
	const { widest: max, codePoints: length } = s.measure();
	if (max < 128) return 49 + length;
	if (max < 256) return 73 + length;
	if (max < 65536) return 74 + 2 * (length + 1) - 2;
	return 76 + 4 * (length + 1) - 4;
}

/** dictobject.c: a dict without keys table is 48 bytes + GC head; a table of size n adds its index and entries. */
function dictSize(d: PyDict): number {
	// _PyDict_SizeOf of a split dict: its values array only; the keys are the class's (dk_refcnt > 1).
	if (d.sharedKeys) return 64 + 8 * d.sharedKeys.valuesSize;
	if (d.keysSize === 0) return 64;
	const n = d.keysSize;
	const usable = Math.floor((2 * n) / 3);
	const indexBytes = n <= 128 ? n : n <= 0x8000 ? 2 * n : 4 * n;
	const entryBytes = d.generalKeys ? 24 : 16;
	return 64 + 32 + indexBytes + usable * entryBytes;
}

/** A tuple subclass adds only its __dict__ pointer (tuple's itemsize rules out __weakref__ and __slots__). */
function tupleSize(o: PyTuple): number {
	return 40 + 8 * o.items.length + (isSubclassInstance(o) && instanceLayout(o.cls).hasDict ? 8 : 0);
}

/**
 * tp_basicsize (a pointer per slot and for __weakref__) + GC head, + 3.11's pre-header of two pointers
 * for a managed __dict__. An exception's dict pointer is part of BaseException's 72 bytes.
 */
function instanceSize(o: PyInstance): number {
	const layout = instanceLayout(o.cls);
	const slots = 8 * layout.slotMembers + (layout.hasWeakref ? 8 : 0);
	// PyOSErrorObject ends with `written` (characters_written), a Py_ssize_t.
	if (o instanceof PyExceptionObject) return 72 + GC_HEAD + slots + (o.cls.mro.some((c) => c.builtin && c.name === "OSError") ? 8 : 0);
	// object() is not a GC type.
	if (o.cls.builtin) return 16;
	return 16 + GC_HEAD + slots + (layout.hasDict ? 16 : 0);
}

/**
 * What type_new adds to a list or dict subclass's tp_basicsize: a pointer per slot, __weakref__, and 3.11's
 * two-pointer pre-header for a managed __dict__ (nothing for an exact list or dict).
 */
function subtypeSize(o: PyList | PyDict | PySet | PyWeakref): number {
	if (!isSubclassInstance(o)) return 0;
	const layout = instanceLayout(o.cls);
	// A set has a weakref list of its own: type_new adds no __weakref__ slot to a set subclass.
	const weakref = layout.hasWeakref && !(o instanceof PySet) ? 8 : 0;
	return 8 * layout.slotMembers + weakref + (layout.hasDict ? 16 : 0);
}

/**
 * getsizeof of an int, float or str subclass's instance: its base's __sizeof__ (int___sizeof__ counts only
 * the digits; float's is tp_basicsize, slots and __weakref__ included; unicode___sizeof__ of a non-compact
 * str is the PyUnicodeObject and its separate buffer) plus the GC head and a managed __dict__'s pointers.
 */
function scalarInstanceSize(o: PyScalarInstance): number {
	let base: number;
	if (o instanceof PyInt) base = intSize(o.value);
	else if (o instanceof PyFloat) {
		const layout = instanceLayout(o.cls);
		base = 24 + 8 * layout.slotMembers + (layout.hasWeakref ? 8 : 0);
	} else {
		const { widest, codePoints } = o.measure();
		base = 80 + (codePoints + 1) * strKind(widest);
	}
	return base + preHeaderSize(o);
}

/**
 * What PyType_GenericAlloc asks pymalloc for to hold an int, float, str or set subclass's instance: the type's
 * tp_basicsize (int's also one digit more than it keeps, long_subtype_new's at least one) plus the pre-header.
 * A str's characters and a big set's table are separate blocks.
 */
export function subtypeRequestSize(o: PyScalarInstance | PySet): number {
	const layout = instanceLayout(o.cls);
	if (o instanceof PyInt) {
		const digits = (intSize(o.value) - 24) / 4;
		return ((24 + (layout.hasDict ? 8 : 0) + 4 * (digits + 1) + 7) & ~7) + preHeaderSize(o);
	}
	if (o instanceof PyStr) return 80 + 8 * layout.slotMembers + (layout.hasWeakref ? 8 : 0) + preHeaderSize(o);
	if (o instanceof PySet) return 216 + subtypeSize(o);
	return scalarInstanceSize(o);
}

/** PyUnicode_KIND: bytes per character for a str whose widest character is `widest`. */
function strKind(widest: number): number {
	return widest < 256 ? 1 : widest < 65536 ? 2 : 4;
}

/**
 * _PyType_PreHeaderSize: what getsizeof adds to an object's __sizeof__, the GC head of a GC type and 3.11's
 * two pointers before an object with a managed __dict__ (an instance of a class with shared keys).
 */
export function preHeaderSize(o: PyObject): number {
	const managedDict = hasInstanceAttributes(o) && instanceLayout(o.cls).sharedKeys !== null;
	// tuple is a GC type even for the empty singleton, which is never tracked (PyObject_IS_GC asks the type).
	const gcHead = isGcType(o) || o instanceof PyTuple;
	return (gcHead ? GC_HEAD : 0) + (managedDict ? 16 : 0);
}

/** The iterator objects' structs (dictiterobject, setiterobject, zipobject, enumobject...), each with its GC head. */
function iteratorSize(kind: string): number {
	switch (kind) {
		case "dict_keyiterator":
		case "dict_valueiterator":
		case "dict_itemiterator":
		case "dict_reversekeyiterator":
		case "dict_reversevalueiterator":
		case "dict_reverseitemiterator":
		case "enumerate":
		case "_collections._deque_iterator":
		case "_collections._deque_reverse_iterator":
			return 56 + GC_HEAD;
		case "odict_iterator":
			return 64 + GC_HEAD;
		case "set_iterator":
		case "zip":
			return 48 + GC_HEAD;
		case "array.arrayiterator":
			return 40 + GC_HEAD;
		case "memory_iterator":
			return 48 + GC_HEAD;
		default:
			return 32 + GC_HEAD;
	}
}

const DEQUE_BLOCK = 8 * BLOCKLEN + 16;

export function sizeOf(o: PyObject): number {
	// The kinds a program makes most, by exact class first: each instanceof below walks the prototype chain,
	// and a trace asks at every new object, mostly before the JIT has optimized this.
	const exact = o.constructor;
	if (exact === PyInstance) return instanceSize(o as PyInstance);
	if (exact === PyTuple) return tupleSize(o as PyTuple);
	if (exact === PyInt) return intSize((o as PyInt).value);
	if (o instanceof PyBool) return 28;
	if (isScalarInstance(o)) return scalarInstanceSize(o);
	if (o instanceof PyInt) return intSize(o.value);
	if (o instanceof PyFloat) return 24;
	if (o instanceof PyComplex) return SIZEOF_COMPLEX;
	if (o instanceof PyStr) return strSize(o);
	// PyBytesObject: its header, then the bytes and a trailing NUL.
	if (o instanceof PyBytes) return 33 + o.value.length;
	if (o instanceof PyByteArray) return sizeofByteArray(o.buffer);
	if (o instanceof PyNone) return 16;
	if (o instanceof PyList) return 56 + 8 * o.allocated + subtypeSize(o);
	if (o instanceof PyTuple) return tupleSize(o);
	// odict_sizeof: PyODictObject's eight more pointers, od_fast_nodes (as many as the keys table has slots,
	// which every node operation resynchronises) and a 32-byte node per key.
	if (o instanceof PyOrderedDict) return dictSize(o) + 64 + 8 * o.keysSize + (o.entries.size ? 32 * o.entries.size : 0);
	// defdictobject adds its default_factory pointer to the dict.
	if (o instanceof PyDict) return dictSize(o) + subtypeSize(o) + (o instanceof PyDefaultDict ? 8 : 0);
	// deque_sizeof: the 3.11 dequeobject (216 bytes) and its blocks (64 item slots and two links each).
	if (o instanceof PyDeque) return 216 + DEQUE_BLOCK * o.blocks + GC_HEAD;
	// array_array___sizeof__: the 64-byte arrayobject and its buffer (a GC type since 3.10: its GC header too).
	if (o instanceof PyArray) return 64 + o.allocated * o.typecode.itemsize + GC_HEAD;
	if (o instanceof PySet) return (o.tableSize <= 8 ? 216 : 216 + 16 * o.tableSize) + subtypeSize(o);
	if (o instanceof PyRange) return 48;
	if (o instanceof PySlice) return 40 + GC_HEAD;
	if (o instanceof PyInstance) return instanceSize(o);
	if (o instanceof PyClass) return classSize(o);
	if (o instanceof PySlotDescriptor) return 48 + GC_HEAD;
	if (o instanceof PyFunction) return 136 + GC_HEAD;
	// A builtin classmethod bound to its class (dict.fromkeys) is a builtin method, the larger struct.
	if (o instanceof PyBoundMethod) return (o.func instanceof PyBuiltinFunction && !o.madeByMethodType ? 56 : 48) + GC_HEAD;
	// A method-wrapper (a slot wrapper bound to an object) is a smaller struct than a builtin method.
	if (o instanceof PySlotWrapper && o.self) return 32 + GC_HEAD;
	if (o instanceof PyBuiltinFunction) return 56 + GC_HEAD;
	if (o instanceof PyCell) return 24 + GC_HEAD;
	if (o instanceof PyGenerator) return sizeofGenerator(o.nlocalsplus, o.stacksize);
	if (o instanceof PyToolIterator || o instanceof PyToolObject) return o.structSize + GC_HEAD;
	if (o instanceof PyLruLink) return 56;
	if (o instanceof PyNativeGenerator) return sizeofGenerator(o.nlocalsplus, o.stacksize);
	if (o instanceof PyIterator) return iteratorSize(o.kindName);
	if (o instanceof PyDictView) return 24 + GC_HEAD;
	// A Python subclass adds a __weakref__ slot, and to property (which has no __dict__) a managed dict before the header.
	if (o instanceof PyDescriptor) return (o.kind === "property" ? 64 : 32) + GC_HEAD + (o.subtype ? (o.kind === "property" ? 24 : 8) : 0);
	if (o instanceof PySuper) return 40 + GC_HEAD;
	if (o instanceof PyModule) return 56 + GC_HEAD;
	if (o instanceof PyTextStream) return 192 + GC_HEAD;
	if (o instanceof PyFrameObject) return sizeofFrameObject(o.frame.code.nlocalsplus, o.frame.code.stacksize);
	if (o instanceof PyEllipsis || o instanceof PyNotImplemented) return 16;
	// KeyedRef adds its __slots__ key; the weak dictionaries are instances of Python classes.
	if (o instanceof PyTraceback) return 40 + GC_HEAD;
	if (o instanceof PyKeyedRef) return 72 + GC_HEAD;
	// WeakMethod's three __slots__ and its __weakref__.
	if (o instanceof PyWeakMethod) return 96 + GC_HEAD;
	if (o instanceof PyWeakMethodCallback) return 136 + GC_HEAD;
	if (o instanceof PyWeakref) return 64 + GC_HEAD + subtypeSize(o);
	// Instances of typing's Python classes: a managed dict (40); _SpecialForm has __slots__ instead (48).
	if (o instanceof PyTypingObject) return typingObjectSize(o);
	if (o instanceof PyGenericAlias) return 64 + GC_HEAD;
	if (o instanceof PyUnionType) return 32 + GC_HEAD;
	if (o instanceof PyMappingProxy) return 24 + GC_HEAD;
	// tuplegetterobject: the header, its index and its doc.
	if (o instanceof PyTupleGetter) return 32 + GC_HEAD;
	if (o instanceof PyWeakDictionary || o instanceof PyWeakSet) return 40 + GC_HEAD;
	if (o instanceof PyWeakDictRemover) return 136 + GC_HEAD;
	// CDataObject with its small buffer inline, whatever the C type.
	if (o instanceof PyCData) return 120 + GC_HEAD;
	// PyMemoryViewObject: 144 bytes and its ob_array of shape, strides and suboffsets (3 * ndim); _PyManagedBufferObject: 112.
	if (o instanceof PyMemoryView) return 144 + 24 * o.arrayDimensions + GC_HEAD;
	if (o instanceof PyManagedBuffer) return 112 + GC_HEAD;
	return 16 + GC_HEAD;
}

/** Instances of typing's Python classes: a managed dict (40); _SpecialForm has __slots__ (48), _LiteralSpecialForm adds a dict (64); Any is a class. */
function typingObjectSize(o: PyTypingObject): number {
	if (o.kind === "any") return 1688;
	// ForwardRef: seven __slots__ and _Final's __weakref__.
	if (o.kind === "forwardref") return 80 + GC_HEAD;
	if (o.kind === "form" || o.kind === "unsupported") return (o.cls === T._LiteralSpecialForm ? 64 : 48) + GC_HEAD;
	return 40 + GC_HEAD;
}

/**
 * type.__sizeof__ plus the GC header: a static type is a PyTypeObject (408). A heap type is a
 * PyHeapTypeObject (904), plus the shared keys of its instances' dicts when they have them (not exceptions',
 * whose dict is BaseException's own): _PyDict_NewKeysForClass's table of 64 slots (32 + 64 indices + 42
 * entries of 16 = 768), whatever they hold.
 */
function classSize(cls: PyClass): number {
	if (cls.builtin) return 408 + GC_HEAD;
	return 904 + (instanceLayout(cls).sharedKeys ? 768 : 0) + GC_HEAD;
}
