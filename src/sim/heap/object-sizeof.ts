// object.__sizeof__, which a class's own __sizeof__ can reach through super(): the type's fixed and per-item
// sizes only, where sys.getsizeof (sizes.ts) asks the object's own __sizeof__ and adds the pre-header.
import type { PyObject } from "./object";
import { PyInt, PyStr, PyBool } from "./values";
import { PyList, PyDict, PySet } from "./containers";
import { PyByteArray } from "./bytearray";
import { PyClass } from "./classes";
import { PyDefaultDict, PyDeque, PyOrderedDict } from "./collections";
import { instanceLayout } from "./shared-keys";
import { isSubclassInstance } from "./subclass-instances";
import { isScalarInstance, type PyScalarInstance } from "./scalar-instances";
import { intSize, preHeaderSize, sizeOf } from "./sizes";

/**
 * object.__sizeof__ (object___sizeof___impl): the type's tp_basicsize plus tp_itemsize times ob_size, which
 * leaves out what a type's own __sizeof__ adds (a list's item array, a dict's or set's table, a str's
 * characters, a deque's blocks) and counts an int's signed digit count (0 has none, a negative int a negative
 * count). A subtype's basicsize adds its slots, __weakref__ and an unmanaged __dict__ pointer.
 */
export function objectSizeof(o: PyObject): number {
	if (o instanceof PyBool) return 32 + (o.flag ? 4 : 0);
	if (o instanceof PyInt) {
		const digits = o.value === 0 || o.value === 0n ? 0 : (intSize(o.value) - 24) / 4;
		return 24 + 4 * (o.value < 0 ? -digits : digits) + (isScalarInstance(o) && instanceLayout(o.cls).hasDict ? 8 : 0);
	}
	if (o instanceof PyStr) return 80 + (isScalarInstance(o) ? subtypeBasicSize(o) : 0);
	if (o instanceof PyList) return 40 + subtypeBasicSize(o);
	if (o instanceof PyOrderedDict) return 112 + subtypeBasicSize(o);
	if (o instanceof PyDict) return (o instanceof PyDefaultDict ? 56 : 48) + subtypeBasicSize(o);
	if (o instanceof PySet) return 200 + subtypeBasicSize(o);
	if (o instanceof PyByteArray) return 56;
	if (o instanceof PyDeque) return 216;
	// type's tp_itemsize is a PyMemberDef (40 bytes) per __slots__ name; a static type has none.
	if (o instanceof PyClass) return 904 + 40 * (o.slotNames ?? []).filter((n) => n !== "__dict__" && n !== "__weakref__").length;
	return sizeOf(o) - preHeaderSize(o);
}

/** What type_new adds to a subtype's tp_basicsize: its slots and __weakref__ (the __dict__ of these is managed). */
function subtypeBasicSize(o: PyList | PyDict | PySet | PyScalarInstance): number {
	if (!isSubclassInstance(o) && !isScalarInstance(o)) return 0;
	const layout = instanceLayout(o.cls);
	return 8 * layout.slotMembers + (layout.hasWeakref && !(o instanceof PySet) ? 8 : 0);
}
