// Instances of classes written in Python that subclass int, float, str, set or frozenset. Each is the builtin
// object (its value, or its set table) plus type_new's additions (see subtype-fields.ts). Unlike the exact
// types they are GC types tracked from birth (type_new gives every heap type Py_TPFLAGS_HAVE_GC), never small
// ints, interned or cached strs, or free-list floats: long_subtype_new, float_subtype_new and
// unicode_subtype_new copy a value the exact type made into a new object of the subtype.
import { HeapKind, type PyObject } from "./object";
import { PyInt, PyFloat, PyStr } from "./values";
import { PySet } from "./containers";
import { builtinSubtype } from "./subtype-fields";

export const PyIntInstance = builtinSubtype(PyInt);
export type PyIntInstance = InstanceType<typeof PyIntInstance>;
export const PyFloatInstance = builtinSubtype(PyFloat);
export type PyFloatInstance = InstanceType<typeof PyFloatInstance>;
export const PyStrInstance = builtinSubtype(PyStr);
export type PyStrInstance = InstanceType<typeof PyStrInstance>;
/** A set or frozenset subclass's instance: the set's table and items, and the subtype's fields. */
export const PySetInstance = builtinSubtype(PySet);
export type PySetInstance = InstanceType<typeof PySetInstance>;

/** An instance of a subclass of int, float or str: a value with a __dict__ and a class of its own. */
export type PyScalarInstance = PyIntInstance | PyFloatInstance | PyStrInstance;

export function isScalarInstance(o: PyObject): o is PyScalarInstance {
	return o.heapKind === HeapKind.Instance && (o instanceof PyIntInstance || o instanceof PyFloatInstance || o instanceof PyStrInstance);
}

/** What PyUnicode_CheckExact accepts: a str, not an instance of a str subclass (a dict keeps such keys apart). */
export function isExactStr(o: PyObject): o is PyStr {
	return o instanceof PyStr && o.heapKind !== HeapKind.Instance;
}
