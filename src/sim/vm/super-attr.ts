// super_getattro: the MRO of the start type after __thisclass__, and what it finds bound through its type's
// tp_descr_get with the object (None for a class-mode super, whose object is the start type itself) and the
// start type, as typeobject.c does it. The MRO tuple and the attribute found are held meanwhile.
import type { PyObject } from "../heap/object";
import { PyClass } from "../heap/classes";
import { PySuper } from "../heap/callables";
import type { VM } from "./vm";
import { builtinDescriptorGet } from "./builtin-descriptors";
import { callDescriptorGet, userDescriptorGet } from "./user-descriptors";

const MRO_WALKED = "MRO walked by super()";
const FOUND_BY_SUPER = "attribute found by super()";

/** The attribute `name` of a super object (a new reference), or undefined to go on with the generic lookup. */
export function superAttr(vm: VM, su: PySuper, name: string): PyObject | undefined {
	const { thisClass, obj } = su;
	// `super().__class__` is the super object's class, not the object's.
	if (!thisClass || !obj || name === "__class__") return undefined;
	const start = superStartType(su)!;
	const mro = start.mro;
	const from = mro.indexOf(thisClass) + 1;
	if (from === 0 || from >= mro.length) return undefined;
	for (const c of mro.slice(from)) {
		const attr = c.dict.get(name);
		if (attr === undefined) continue;
		if (attr.internalOf) vm.heap.reveal(attr);
		const held = start.mroTuple;
		if (held) vm.heap.hold(held, MRO_WALKED);
		try {
			return descriptorGet(vm, attr, obj === start ? null : obj, start, name);
		} finally {
			if (held) vm.heap.release(held, MRO_WALKED);
		}
	}
	return undefined;
}

/** super's obj_type (`__self_class__`). */
export function superStartType(su: PySuper): PyClass | null {
	return su.objType;
}

/** A super object as super_init makes it: type, obj and obj_type (supercheck's answer) each referenced. */
export function newSuper(vm: VM, thisClass: PyClass, obj: PyObject): PySuper {
	// supercheck: the object itself when it is a subclass of thisClass, else its type when that is one.
	const objType = obj instanceof PyClass && obj.isSubclassOf(thisClass) ? obj : obj.cls.isSubclassOf(thisClass) ? obj.cls : null;
	if (!objType) return vm.raise("TypeError", "super(type, obj): obj must be an instance or subtype of type");
	return vm.heap.register(new PySuper(vm.incref(thisClass), vm.incref(obj), vm.incref(objType)));
}

/** super_getattro's reference to what it found, held while its tp_descr_get runs. */
function descriptorGet(vm: VM, attr: PyObject, obj: PyObject | null, type: PyClass, name: string): PyObject {
	const get = userDescriptorGet(attr);
	// callDescriptorGet holds the descriptor itself, as the generic attribute code does.
	if (get) return callDescriptorGet(vm, get, attr, obj, type);
	vm.heap.hold(attr, FOUND_BY_SUPER);
	try {
		return builtinDescriptorGet(vm, attr, obj, type, name);
	} finally {
		vm.heap.release(attr, FOUND_BY_SUPER);
	}
}
