// super_getattro: the MRO of the start type after __thisclass__, and what it finds bound through its type's
// tp_descr_get with the object (None for a class-mode super, whose object is the start type itself) and the
// start type, as typeobject.c does it. The MRO tuple and the attribute found are held meanwhile.
import type { PyObject } from "../heap/object";
import { PyClass, PySlotDescriptor } from "../heap/classes";
import { PyFunction, PyBuiltinFunction, PyBoundMethod, PyDescriptor, PySuper } from "../heap/callables";
import type { VM } from "./vm";
import { slotDescriptorGet } from "./special-attrs";
import { callDescriptorGet, userDescriptorGet } from "./user-descriptors";

const MRO_WALKED = "MRO walked by super()";
const FOUND_BY_SUPER = "attribute found by super()";

/** The attribute `name` of a super object (a new reference), or undefined to go on with the generic lookup. */
export function superAttr(vm: VM, su: PySuper, name: string): PyObject | undefined {
	const { thisClass, obj } = su;
	// `super().__class__` is the super object's class, not the object's.
	if (!thisClass || !obj || name === "__class__") return undefined;
	const start = obj instanceof PyClass && obj.isSubclassOf(thisClass) ? obj : obj.cls;
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
			return descriptorGet(vm, attr, obj === start ? null : obj, start);
		} finally {
			if (held) vm.heap.release(held, MRO_WALKED);
		}
	}
	return undefined;
}

/** super_getattro's reference to what it found, held while its tp_descr_get runs. */
function descriptorGet(vm: VM, attr: PyObject, obj: PyObject | null, type: PyClass): PyObject {
	const get = userDescriptorGet(attr);
	// callDescriptorGet holds the descriptor itself, as the generic attribute code does.
	if (get) return callDescriptorGet(vm, get, attr, obj, type);
	vm.heap.hold(attr, FOUND_BY_SUPER);
	try {
		return builtinDescriptorGet(vm, attr, obj, type);
	} finally {
		vm.heap.release(attr, FOUND_BY_SUPER);
	}
}

/** tp_descr_get(attr, obj, type) for the builtin kinds pymem models; attr itself when its type has none. */
function builtinDescriptorGet(vm: VM, attr: PyObject, obj: PyObject | null, type: PyClass): PyObject {
	if (attr instanceof PyFunction) return obj ? newMethod(vm, attr, obj) : vm.incref(attr);
	if (attr instanceof PyDescriptor) {
		const inner = attr.parts[0]!;
		if (attr.kind === "staticmethod") return vm.incref(inner);
		if (attr.kind === "classmethod") return newMethod(vm, inner, type);
		if (!obj) return vm.incref(attr);
		if (!inner || inner === vm.None) return vm.raise("AttributeError", "property has no getter");
		return vm.callObject(inner, [obj]);
	}
	if (attr instanceof PySlotDescriptor) {
		if (!obj) return vm.incref(attr);
		const value = slotDescriptorGet(vm, attr, obj);
		if (value) return value;
		return vm.raise("AttributeError", `'${obj.typeName}' object has no attribute '${attr.name}'`);
	}
	if (attr instanceof PyBuiltinFunction && attr.owner && !attr.self) {
		if (!obj) return vm.incref(attr);
		return vm.heap.register(new PyBuiltinFunction(attr.name, attr.impl, vm.incref(obj), attr.owner));
	}
	return vm.incref(attr);
}

/** PyMethod_New; its references count before it is allocated (see Heap.collectWhileAllocating). */
function newMethod(vm: VM, func: PyObject, self: PyObject): PyObject {
	vm.incref(func);
	vm.incref(self);
	return vm.heap.register(new PyBoundMethod(func, self));
}
