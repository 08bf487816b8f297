// Attribute access and method binding (LOAD_ATTR vs LOAD_METHOD), assignment and deletion, with the descriptor
// protocol for the kinds we model. Every function returns new references and borrows its arguments.
import type { PyObject } from "../heap/object";
import { PyDict } from "../heap/containers";
import { PyClass, PySlotDescriptor } from "../heap/classes";
import { PyInstance } from "../heap/instances";
import { PyFunction, PyBuiltinFunction, PyModule, PyCell, PyDescriptor, PySuper } from "../heap/callables";
import { hasInstanceAttributes, isSubclassInstance, type AttributeOwner } from "../heap/subclass-instances";
import type { Frame } from "./frame";
import type { VM } from "./vm";
import { raiseWithSuggestion, attributeErrorSuggestion } from "./suggestions";
import { dictDel, dictGet, dictSet } from "./dicts";
import { objectAttribute, slotDescriptorGet, descriptorDict } from "./special-attrs";
import { classDictSet, classDictDelete } from "./class-dict";
import { materializeInstanceDict, replaceInstanceDict } from "./instance-dict";
import { instanceLayout } from "../heap/shared-keys";
import { callDescriptorGet, callDescriptorSet, isUserDataDescriptor, userDescriptorGet } from "./user-descriptors";
import { PyRaise } from "./errors";
import { superAttr } from "./super-attr";
import { builtinDescriptorGet } from "./builtin-descriptors";
import { addAttributeErrorContext } from "./exception-init";
import { exceptionMatches } from "./protocol";


/** PyObject_GetAttr: an AttributeError leaving it learns the name and the object (set_attribute_error_context). */
export function getAttr(vm: VM, obj: PyObject, name: string): PyObject {
	try {
		return getAttrOrRaise(vm, obj, name);
	} catch (e) {
		if (e instanceof PyRaise) addAttributeErrorContext(vm, e.exc, obj, name);
		throw e;
	}
}

function getAttrOrRaise(vm: VM, obj: PyObject, name: string): PyObject {
	const hook = hasInstanceAttributes(obj) ? obj.cls.lookup("__getattr__") : undefined;
	if (hook instanceof PyFunction) {
		// slot_tp_getattr_hook: an AttributeError from the generic lookup (a property's) goes to __getattr__ too.
		const found = lookupOrAttributeError(vm, obj, name);
		if (found) return found;
		const nameObj = vm.str(name);
		vm.heap.adopt(nameObj, "attribute name for __getattr__");
		try {
			return vm.callObject(hook, [obj, nameObj]);
		} finally {
			vm.heap.release(nameObj, "attribute name for __getattr__");
		}
	}
	const found = lookupAttr(vm, obj, name);
	if (found) return found;
	const message =
		obj instanceof PyClass
			? `type object '${obj.name}' has no attribute '${name}'`
			: obj instanceof PyModule
				? `module '${obj.name}' has no attribute '${name}'`
				: `'${obj.typeName}' object has no attribute '${name}'`;
	return raiseWithSuggestion(vm, "AttributeError", message, attributeErrorSuggestion(name, obj));
}

/** lookupAttr, with an AttributeError it raises read as absent. */
function lookupOrAttributeError(vm: VM, obj: PyObject, name: string): PyObject | undefined {
	try {
		return lookupAttr(vm, obj, name);
	} catch (e) {
		if (!(e instanceof PyRaise) || !exceptionMatches(vm, e.exc, vm.exceptionClass("AttributeError"))) throw e;
		vm.decref(e.exc);
		return undefined;
	}
}

/** Attribute lookup without __getattr__; undefined when absent. */
export function lookupAttr(vm: VM, obj: PyObject, name: string): PyObject | undefined {
	// Instances, the commonest owners, are none of the special kinds tested first.
	if (obj instanceof PyInstance) return genericAttr(vm, obj, name);
	if (obj instanceof PyClass) {
		// type's own __dict__ descriptor comes before the class's `__dict__` getset (a data descriptor of type).
		if (name === "__dict__") return objectAttribute(vm, obj, name);
		const attr = obj.lookup(name);
		if (attr !== undefined) {
			if (attr.internalOf) vm.heap.reveal(attr);
			if (attr instanceof PyInstance) {
				const get = userDescriptorGet(attr);
				if (get) return callDescriptorGet(vm, get, attr, null, obj);
			}
			return builtinDescriptorGet(vm, attr, null, obj, name);
		}
		return objectAttribute(vm, obj, name);
	}
	if (obj instanceof PyModule) {
		const v = vm.dictGetStr(obj.dict, name);
		return v ? vm.incref(v) : undefined;
	}
	if (obj instanceof PySuper) {
		const found = superAttr(vm, obj, name);
		if (found) return found;
	}
	return genericAttr(vm, obj, name);
}

/** PyObject_GenericGetAttr: a data descriptor of the class, then the object's own attribute, then the class's. */
function genericAttr(vm: VM, obj: PyObject, name: string): PyObject | undefined {
	const cls = obj.cls;
	const clsAttr = cls.lookup(name);
	if (clsAttr instanceof PyDescriptor && clsAttr.kind === "property") return builtinDescriptorGet(vm, clsAttr, obj, cls, name);
	if (clsAttr instanceof PySlotDescriptor) return slotDescriptorGet(vm, clsAttr, obj);
	const get = clsAttr instanceof PyInstance ? userDescriptorGet(clsAttr) : null;
	if (get && isUserDataDescriptor(clsAttr)) return callDescriptorGet(vm, get, clsAttr, obj, cls);
	if (hasInstanceAttributes(obj)) {
		const own = ownAttribute(vm, obj, name);
		if (own) return vm.incref(own);
	} else if (obj instanceof PyFunction) {
		const own = obj.attrs.get(name);
		if (own) return vm.incref(own);
	} else if (obj instanceof PyDescriptor && obj.dict) {
		const own = dictGet(vm, obj.dict, vm.intern(name));
		if (own) return vm.incref(own);
	}
	if (get) return callDescriptorGet(vm, get, clsAttr!, obj, cls);
	if (clsAttr !== undefined) return builtinDescriptorGet(vm, clsAttr, obj, cls, name);
	return objectAttribute(vm, obj, name);
}

/** LOAD_METHOD: [obj] -> [meth, obj] when the attribute is a plain method, else [NULL, attr]. */
export function loadMethod(vm: VM, f: Frame, name: string): void {
	const stack = f.stack;
	const obj = stack[stack.length - 1]!;
	// CPython's _PyObject_GetMethod takes this path only for generic attribute lookup; classes, modules and
	// super objects have their own, so they get a bound method like any LOAD_ATTR.
	if (!(obj instanceof PyClass) && !(obj instanceof PyModule) && !(obj instanceof PySuper)) {
		const attr = obj.cls.lookup(name);
		const shadowed = hasInstanceAttributes(obj) ? ownAttribute(vm, obj, name) !== undefined : obj instanceof PyFunction && obj.attrs.has(name);
		if (!shadowed && (attr instanceof PyFunction || (attr instanceof PyBuiltinFunction && attr.owner && !attr.self))) {
			stack[stack.length - 1] = vm.incref(attr);
			stack.push(obj);
			return;
		}
	}
	const res = methodAttribute(vm, obj, name);
	stack[stack.length - 1] = vm.NULL;
	vm.decref(obj);
	stack.push(res);
}

/**
 * _PyObject_GetMethod's attribute when it is no plain method: for the generic lookup an AttributeError a
 * descriptor raises goes out as it is, and only its own "has no attribute" gets the name and the object.
 */
function methodAttribute(vm: VM, obj: PyObject, name: string): PyObject {
	const generic = !(obj instanceof PyClass || obj instanceof PyModule || obj instanceof PySuper);
	if (!generic || (hasInstanceAttributes(obj) && obj.cls.lookup("__getattr__") instanceof PyFunction)) return getAttr(vm, obj, name);
	return lookupAttr(vm, obj, name) ?? getAttr(vm, obj, name);
}

export function setAttr(vm: VM, obj: PyObject, name: string, value: PyObject): void {
	if (hasInstanceAttributes(obj)) {
		const cls = obj.cls;
		const hook = cls.lookup("__setattr__");
		if (hook instanceof PyFunction) {
			const nameObj = vm.str(name);
			try {
				vm.decref(vm.callObject(hook, [obj, nameObj, value]));
			} finally {
				vm.decref(nameObj);
			}
			return;
		}
		const clsAttr = cls.lookup(name);
		if (clsAttr instanceof PyDescriptor && clsAttr.kind === "property") {
			const setter = clsAttr.parts[1];
			if (!setter || setter === vm.None) vm.raise("AttributeError", `property '${name}' of '${cls.name}' object has no setter`);
			vm.decref(vm.callObject(setter, [obj, value]));
			return;
		}
		if (isUserDataDescriptor(clsAttr)) return callDescriptorSet(vm, clsAttr, obj, value);
		return storeInstanceAttr(vm, obj, name, value);
	}
	if (obj instanceof PyClass && !obj.builtin) return classDictSet(vm, obj, name, value);
	if (obj instanceof PyFunction) {
		const old = obj.attrs.get(name);
		obj.attrs.set(name, vm.incref(value));
		vm.heap.observer?.contentChanged(obj);
		if (old) vm.decref(old);
		return;
	}
	if (obj instanceof PyDescriptor && obj.kind !== "property") return dictSet(vm, descriptorDict(vm, obj), vm.intern(name), value);
	if (obj instanceof PyCell && name === "cell_contents") {
		const old = obj.ref;
		obj.ref = vm.incref(value);
		vm.heap.observer?.contentChanged(obj);
		if (old) vm.decref(old);
		return;
	}
	if (obj instanceof PyClass) vm.raise("TypeError", `cannot set '${name}' attribute of immutable type '${obj.name}'`);
	if (obj.cls.lookup(name)) vm.raise("AttributeError", `'${obj.typeName}' object attribute '${name}' is read-only`);
	vm.raise("AttributeError", `'${obj.typeName}' object has no attribute '${name}'`);
}

export function storeInstanceAttr(vm: VM, obj: AttributeOwner, name: string, value: PyObject): void {
	const layout = instanceLayout(obj.cls);
	const inSlot = layout.slots.size > 0 && layout.slots.has(name);
	if (!inSlot && !layout.hasDict) vm.raise("AttributeError", `'${obj.cls.name}' object has no attribute '${name}'`);
	if (name === "__dict__") return replaceInstanceDict(vm, obj, value);
	if (obj.dict instanceof PyDict && !inSlot) return dictSet(vm, obj.dict, vm.intern(name), value);
	// A list or dict subclass's instance has no inline values: its first attribute makes its __dict__.
	if (!inSlot && isSubclassInstance(obj)) return dictSet(vm, materializeInstanceDict(vm, obj), vm.intern(name), value);
	const old = obj.attrs.get(name);
	if (old === undefined && !inSlot && layout.sharedKeys && layout.sharedKeys.insert(name) === undefined) {
		// The class's keys are full: _PyObject_StoreInstanceAttribute gives the instance its dict, which the
		// new name then turns into an ordinary one.
		return dictSet(vm, materializeInstanceDict(vm, obj), vm.intern(name), value);
	}
	obj.attrs.set(name, vm.incref(value));
	vm.heap.observer?.contentChanged(obj);
	if (old) vm.decref(old);
}

/** An instance's own attribute: from its __dict__ once that exists, else from its values or slots. */
export function ownAttribute(vm: VM, obj: AttributeOwner, name: string): PyObject | undefined {
	if (obj.dict instanceof PyDict && !isSlot(obj, name)) return dictGet(vm, obj.dict, vm.intern(name));
	return obj.attrs.get(name);
}

/** Slot values stay in `attrs` (as in their slots) beside a __dict__. */
function isSlot(obj: AttributeOwner, name: string): boolean {
	const slots = instanceLayout(obj.cls).slots;
	return slots.size > 0 && slots.has(name);
}

export function delAttr(vm: VM, obj: PyObject, name: string): void {
	if (hasInstanceAttributes(obj)) {
		const hook = obj.cls.lookup("__delattr__");
		if (hook instanceof PyFunction) {
			const nameObj = vm.str(name);
			vm.heap.adopt(nameObj, "attribute name for __delattr__");
			try {
				vm.decref(vm.callObject(hook, [obj, nameObj]));
			} finally {
				vm.heap.release(nameObj, "attribute name for __delattr__");
			}
			return;
		}
		const clsAttr = obj.cls.lookup(name);
		if (clsAttr instanceof PyDescriptor && clsAttr.kind === "property") {
			const deleter = clsAttr.parts[2];
			if (!deleter || deleter === vm.None) vm.raise("AttributeError", `property '${name}' of '${obj.cls.name}' object has no deleter`);
			vm.decref(vm.callObject(deleter, [obj]));
			return;
		}
		if (isUserDataDescriptor(clsAttr)) return callDescriptorSet(vm, clsAttr, obj, null);
		if (obj.dict instanceof PyDict && !isSlot(obj, name)) {
			if (!dictDel(vm, obj.dict, vm.intern(name))) vm.raise("AttributeError", `'${obj.cls.name}' object has no attribute '${name}'`);
			return;
		}
		const old = obj.attrs.get(name);
		if (!old) {
			// A builtin type's T_OBJECT member (an exception's name...) is deleted quietly when unset.
			if (clsAttr instanceof PySlotDescriptor && clsAttr.objclass?.builtin) return;
			vm.raise("AttributeError", `'${obj.cls.name}' object has no attribute '${name}'`);
		}
		obj.attrs.delete(name);
		vm.heap.observer?.contentChanged(obj);
		vm.decref(old);
		return;
	}
	if (obj instanceof PyClass && !obj.builtin) {
		if (!classDictDelete(vm, obj, name)) vm.raise("AttributeError", `type object '${obj.name}' has no attribute '${name}'`);
		return;
	}
	vm.raise("AttributeError", `'${obj.typeName}' object has no attribute '${name}'`);
}

/** hasattr()/getattr(o, name, None): the attribute (a new reference) or null, running a class's __getattr__. */
export function attributeOrNull(vm: VM, o: PyObject, name: string): PyObject | null {
	const found = lookupOrAttributeError(vm, o, name);
	if (found) return found;
	if (!hasInstanceAttributes(o) || !(o.cls.lookup("__getattr__") instanceof PyFunction)) return null;
	try {
		return getAttr(vm, o, name);
	} catch (e) {
		if (e instanceof PyRaise && exceptionMatches(vm, e.exc, vm.exceptionClass("AttributeError"))) {
			vm.decref(e.exc);
			return null;
		}
		throw e;
	}
}
