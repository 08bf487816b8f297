// A ctypes object's `.value` and repr. A view (c_long.from_address(id(x)), cast(id(x), py_object)) reads
// what is at its address at the moment of the read: the object id() gave that address to, or the new object
// that reused it after that one was freed. So `.value` of a c_long view is that object's ob_refcnt now.
import type { PyObject } from "../heap/object";
import { PyCData, asCValue, isSimpleCTypeName } from "../heap/ctypes-data";
import { repr } from "./repr";
import type { VM } from "./vm";

/** The object at a view's address now, or null once it is freed and no new object took the address. */
function objectAtView(vm: VM, view: PyCData): PyObject | null {
	return vm.heap.addresses?.objectAt(view.address!) ?? null;
}

/**
 * A c_long-like view reads ob_refcnt, the object's first field (a c_int its low 4 bytes). Freed memory reads 0:
 * CPython 3.11 leaves ob_refcnt at 0 in a freed GC object (pymalloc links free blocks through the GC header
 * before it) and in free-listed lists, dicts, floats and tuples. Shared objects (small ints, None, interned
 * strs) read the nominal count sys.getrefcount shows for them.
 */
function viewedCount(vm: VM, view: PyCData, name: Parameters<typeof asCValue>[0]): bigint {
	return asCValue(name, BigInt(objectAtView(vm, view)?.refcnt ?? 0));
}

/** The object a py_object view points at; pymem refuses where CPython would read freed memory. */
function viewedObject(vm: VM, view: PyCData): PyObject {
	const target = objectAtView(vm, view);
	if (!target) return vm.raise("TypeError", "pymem does not support reading a freed object's address through ctypes.cast(...).value yet (CPython would read freed memory)");
	vm.heap.reveal(target);
	return target;
}

/** `.value`: a new reference. */
export function cdataValue(vm: VM, o: PyCData): PyObject {
	const name = o.ctype.name;
	if (isSimpleCTypeName(name)) return vm.int(o.address === null ? o.stored : viewedCount(vm, o, name));
	if (o.address !== null) return vm.incref(viewedObject(vm, o));
	if (!o.held) return vm.raise("ValueError", "PyObject is NULL");
	return vm.incref(o.held);
}

/** `x.value = v` on an object with its own buffer; a view would write into another object's memory. */
export function setCDataValue(vm: VM, o: PyCData, value: PyObject): void {
	const name = o.ctype.name;
	if (o.address !== null) vm.raise("TypeError", `pymem does not support writing through ctypes.${name}.from_address(...).value yet (it would change another object's memory)`);
	if (isSimpleCTypeName(name)) o.stored = asCValue(name, vm.intValueBig(value));
	else {
		const old = o.held;
		o.held = vm.incref(value);
		if (old) vm.decref(old);
	}
	vm.heap.observer?.contentChanged(o);
}

/** Simple_bool: whether the buffer holds anything but zeros (a view's pointer is never NULL). */
export function cdataTruth(vm: VM, o: PyCData): boolean {
	const name = o.ctype.name;
	if (isSimpleCTypeName(name)) return (o.address === null ? o.stored : viewedCount(vm, o, name)) !== 0n;
	return o.address !== null || o.held !== null;
}

/** Simple_repr: `c_long(2)`, `py_object([1, 2])`, `py_object(<NULL>)`. */
export function cdataRepr(vm: VM, o: PyCData): string {
	const name = o.ctype.name;
	if (isSimpleCTypeName(name)) return `${name}(${o.address === null ? o.stored : viewedCount(vm, o, name)})`;
	const target = o.address !== null ? viewedObject(vm, o) : o.held;
	return `${name}(${target ? repr(vm, target) : "<NULL>"})`;
}
