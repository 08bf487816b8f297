// PyMapping_Check and PySequence_Check (Objects/abstract.c): whether an object's type has mp_subscript or
// sq_item. A class written in Python gets both from __getitem__ (slotdefs fill sq_item and mp_subscript from
// the one method), so the two answers differ only for builtin types and for dicts.
import type { PyObject } from "../heap/object";
import { PyDict, PyList, PyRange, PyTuple } from "../heap/containers";
import { PyStr } from "../heap/values";
import { isBytesLike } from "../heap/bytearray";
import { PyArray } from "../heap/array";
import { PyDeque } from "../heap/collections";
import { PyMemoryView } from "../heap/memoryview";
import { PyGenericAlias } from "../heap/generic-alias";
import { PyUnionType } from "../heap/union-type";
import { PyWeakProxy } from "../heap/weakrefs";
import { PyMappingProxy } from "../heap/mapping-proxy";
import { hasInstanceAttributes, isMetaclassInstance } from "../heap/subclass-instances";

/** An instance of a class (or a class of a metaclass) written in Python whose class defines __getitem__. */
function hasPythonGetItem(o: PyObject): boolean {
	return (hasInstanceAttributes(o) || isMetaclassInstance(o)) && o.cls.lookup("__getitem__") !== undefined;
}

/**
 * PyMapping_Check: the type has mp_subscript. Of pymem's builtin types that is dict, list, tuple, str, bytes,
 * bytearray, range, array, memoryview, a weak proxy, a generic alias, a union and a mappingproxy.
 */
export function isMappingObject(o: PyObject): boolean {
	if (o instanceof PyDict || o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || isBytesLike(o) || o instanceof PyRange) return true;
	if (o instanceof PyArray || o instanceof PyMemoryView || o instanceof PyWeakProxy || o instanceof PyGenericAlias || o instanceof PyUnionType || o instanceof PyMappingProxy) return true;
	return hasPythonGetItem(o);
}

/**
 * PySequence_Check: the type has sq_item and is no dict (a dict subclass's __getitem__ fills sq_item too, and
 * is still a mapping). Of pymem's builtin types: str, bytes, bytearray, list, tuple, range, deque, array and memoryview;
 * sets, dict views and mappingproxies have no sq_item.
 */
export function isSequenceObject(o: PyObject): boolean {
	if (o instanceof PyDict) return false;
	if (o instanceof PyStr || isBytesLike(o) || o instanceof PyList || o instanceof PyTuple || o instanceof PyRange) return true;
	return o instanceof PyDeque || o instanceof PyArray || o instanceof PyMemoryView || hasPythonGetItem(o);
}
