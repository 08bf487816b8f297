// Attribute assignment and deletion (STORE_ATTR, DELETE_ATTR, setattr, object.__setattr__): a class's own
// __setattr__/__delattr__, else PyObject_GenericSetAttr with the descriptor protocol for the kinds we model.
import { PyFrameObject } from "../heap/tracebacks";
import { PyBool, PyInt, PyStr } from "../heap/values";
import { isScalarInstance } from "../heap/scalar-instances";
import { PyStructSequence } from "../heap/struct-sequence";
import { PyWeakProxy } from "../heap/weakrefs";
import { throughProxy } from "./weak-proxy-ops";
import { PyTypingObject } from "../heap/typing-objects";
import { typingObjectsLack } from "./typing-ops";
import { PyToolObject } from "../heap/tool-objects";
import type { PyObject } from "../heap/object";
import { PyNone } from "../heap/values";
import { refuseReadonlyBuiltinAttribute } from "./readonly-builtin-attributes";
import { PyDict } from "../heap/containers";
import { PyClass, PySlotDescriptor } from "../heap/classes";
import { PyTupleGetter } from "../heap/tuple-getter";
import { PyFunction, PyCell, PyDescriptor, PyModule } from "../heap/callables";
import { callResolved, resolveSpecialMethod } from "./special-methods";
import { hasInstanceAttributes, isSubclassInstance, ownHooks, type AttributeOwner } from "../heap/subclass-instances";
import type { VM } from "./vm";
import { setCellContents } from "./cell-contents";
import { dictDel, dictSet } from "./dicts";
import { descriptorDict } from "./special-attrs";
import { setFunctionAttribute } from "./function-attrs";
import { toolObjectDict } from "./library-attrs";
import { classDictSet, classDictDelete } from "./class-dict";
import { setTypeDescriptor } from "./type-attribute-writes";
import { classMetaHook, isMetaclass, refuseMetaclassAttribute, setThroughMetaclass } from "./metaclasses";
import { setExceptionField } from "./exception-fields";
import { PyExceptionObject } from "../heap/instances";
import { PyGenerator } from "../heap/iterators";
import { materializeInstanceDict, replaceInstanceDict } from "./instance-dict";
import { instanceLayout } from "../heap/shared-keys";
import { tpName } from "../builtins/module-type-constructors";
import { callDescriptorSet, isUserDataDescriptor } from "./user-descriptors";
import { foundPropertySet } from "./builtin-descriptors";
import { PyDefaultDict, PyOrderedDict } from "../heap/collections";
import { odictInstanceDict } from "../builtins/ordered-dict";
import { setFinalizeAtexit } from "../builtins/weakref-module";
import { PyFinalize } from "../heap/weakrefs";
import { PyCData } from "../heap/ctypes-data";
import { setCDataValue } from "./ctypes-access";
import { storeInlineValue } from "./attribute-sites";
import { setClass } from "./class-assignment";
import { isClassNameAttribute, setClassName } from "./class-names";
import { setPropertyDoc } from "../builtins/property-objects";

export function setAttr(vm: VM, obj: PyObject, name: string, value: PyObject): void {
	if (obj instanceof PyWeakProxy) return throughProxy(vm, obj, (referent) => setAttr(vm, referent, name, value));
	if (obj instanceof PyTypingObject) typingObjectsLack(vm, "setting attributes");
	const classHook = obj instanceof PyClass ? classMetaHook(obj, "__setattr__") : null;
	if (classHook) return callWithName(vm, classHook, obj, name, value);
	if (hasInstanceAttributes(obj)) {
		const cls = obj.cls;
		const hooks = ownHooks(cls);
		// A class's `__setattr__ = None`: slot_tp_setattro calls it.
		if (hooks.setattr instanceof PyNone) vm.raise("TypeError", "'NoneType' object is not callable");
		if (hooks.setattr) return callWithName(vm, hooks.setattr, obj, name, value);
		// slot_tp_setattro serves a class with its own __delattr__ only: it calls object.__setattr__ by name.
		if (hooks.delattr !== undefined) return callWithName(vm, cls.lookup("__setattr__")!, obj, name, value);
	}
	genericSetAttr(vm, obj, name, value);
}

/**
 * slot_tp_setattro: a class's (or metaclass's) __setattr__ or __delattr__ called with the name as a str; a hook that
 * is no function is bound first by its type's __get__, as vectorcall_method does (a callable instance has none).
 */
function callWithName(vm: VM, hook: PyObject, obj: PyObject, name: string, value: PyObject | null): void {
	const nameObj = vm.str(name);
	const hookName = value ? "__setattr__" : "__delattr__";
	vm.heap.adopt(nameObj, `attribute name for ${hookName}`);
	try {
		const args = value ? [nameObj, value] : [nameObj];
		if (hook instanceof PyFunction) vm.decref(vm.callObject(hook, [obj, ...args]));
		else vm.decref(callResolved(vm, resolveSpecialMethod(vm, hook, obj, hookName), obj, args, hookName));
	} finally {
		vm.heap.release(nameObj, `attribute name for ${value ? "__setattr__" : "__delattr__"}`);
	}
}

/** PyObject_GenericSetAttr (object.__setattr__): a class's data descriptor, else the instance's own attribute. */
export function genericSetAttr(vm: VM, obj: PyObject, name: string, value: PyObject): void {
	if (hasInstanceAttributes(obj)) {
		const cls = obj.cls;
		const clsAttr = cls.lookup(name);
		if (clsAttr instanceof PyDescriptor && clsAttr.kind === "property") return foundPropertySet(vm, clsAttr, obj, value);
		if (isUserDataDescriptor(clsAttr)) return callDescriptorSet(vm, clsAttr, obj, value);
		// tuplegetter_descr_set: a namedtuple's fields are read-only.
		if (clsAttr instanceof PyTupleGetter) vm.raise("AttributeError", "can't set attribute");
		if (clsAttr instanceof PySlotDescriptor) refuseReadonlySlot(vm, clsAttr);
		if (name === "__class__" && clsAttr === undefined) return setClass(vm, obj, value);
		if (clsAttr === undefined && obj instanceof PyExceptionObject && setExceptionField(vm, obj, name, value)) return;
		return storeInstanceAttr(vm, obj, name, value);
	}
	if (name === "__class__") return setClass(vm, obj, value);
	refuseReadonlyBuiltinAttribute(vm, obj, name);
	if (obj instanceof PyClass && isClassNameAttribute(name)) return setClassName(vm, obj, name, value);
	if (obj instanceof PyClass && !obj.builtin) {
		if (setThroughMetaclass(vm, obj, name, value)) return;
		if (setTypeDescriptor(vm, obj, name, value)) return;
		if (isMetaclass(obj)) refuseMetaclassAttribute(vm, obj, name);
		return classDictSet(vm, obj, name, value);
	}
	// module_setattro is the generic one: the module's __dict__ (sys.stdout = ..., math.tau = ...).
	if (obj instanceof PyModule) return dictSet(vm, obj.dict, vm.intern(name), value);
	if (obj instanceof PyFunction) return setFunctionAttribute(vm, obj, name, value);
	if (obj instanceof PyDescriptor && obj.kind !== "property") return dictSet(vm, descriptorDict(vm, obj), vm.intern(name), value);
	if (obj instanceof PyDescriptor && !obj.subtype && name === "__doc__") return setPropertyDoc(vm, obj, value);
	if (obj instanceof PyToolObject && obj.hasDict) {
		if (obj.members[name] !== undefined || (name === "__dict__" && obj.dictIsReadonly)) vm.raise("AttributeError", "readonly attribute");
		if (name === "__dict__") {
			if (!(value instanceof PyDict)) vm.raise("TypeError", `__dict__ must be set to a dictionary, not a '${value.typeName}'`);
			const old = obj.dict;
			obj.dict = vm.incref(value);
			vm.heap.observer?.contentChanged(obj);
			if (old) vm.decref(old);
			return;
		}
		return dictSet(vm, toolObjectDict(vm, obj), vm.intern(name), value);
	}
	if (obj instanceof PyCell && name === "cell_contents") return setCellContents(vm, obj, vm.incref(value));
	if (obj instanceof PyDefaultDict && name === "default_factory") {
		// A T_OBJECT member: the new factory is stored, then the old one released.
		const old = obj.defaultFactory;
		obj.defaultFactory = vm.incref(value);
		vm.heap.observer?.contentChanged(obj);
		if (old) vm.decref(old);
		return;
	}
	if (obj instanceof PyFinalize && name === "atexit") return setFinalizeAtexit(vm, obj, value);
	if (obj instanceof PyOrderedDict) return dictSet(vm, odictInstanceDict(vm, obj), vm.intern(name), value);
	if (obj instanceof PyCData && name === "value") return setCDataValue(vm, obj, value);
	if (obj instanceof PyClass) vm.raise("TypeError", `cannot set '${name}' attribute of immutable type '${obj.name}'`);
	// A struct sequence's fields are read-only members.
	if (obj instanceof PyStructSequence && obj.field(name)) vm.raise("AttributeError", "readonly attribute");
	if (obj instanceof PyGenerator && (name === "__name__" || name === "__qualname__")) setGeneratorName(vm, name, value);
	// frame_settrace: None leaves the frame untraced, as it is; a trace function pymem does not run.
	if (obj instanceof PyFrameObject && name === "f_trace") {
		if (value === vm.None) return;
		vm.raise("TypeError", "pymem does not support setting frame.f_trace to a trace function yet");
	}
	if (obj instanceof PyFrameObject && name === "f_lineno") setFrameLineno(vm, value);
	if (obj.cls.lookup(name)) vm.raise("AttributeError", `'${obj.typeName}' object attribute '${name}' is read-only`);
	vm.raise("AttributeError", `'${obj.typeName}' object has no attribute '${name}'`);
}

export function storeInstanceAttr(vm: VM, obj: AttributeOwner, name: string, value: PyObject): void {
	const layout = instanceLayout(obj.cls);
	// A slot is written through its member descriptor: one replaced or deleted in the class leaves the slot unreachable.
	const inSlot = layout.slots.size > 0 && layout.slots.has(name) && obj.cls.lookup(name) instanceof PySlotDescriptor;
	if (!inSlot && !layout.hasDict) {
		// No __dict__ to store it in: a class attribute of that name (not a data descriptor) makes it read-only.
		if (obj.cls.lookup(name) !== undefined) vm.raise("AttributeError", `'${obj.cls.name}' object attribute '${name}' is read-only`);
		vm.raise("AttributeError", `'${obj.cls.name}' object has no attribute '${name}'`);
	}
	if (name === "__dict__") return replaceInstanceDict(vm, obj, value);
	if (obj.dict instanceof PyDict && !inSlot) return dictSet(vm, obj.dict, vm.intern(name), value);
	// A list or dict subclass's instance, or an exception (BaseException has its own dict slot), has no inline
	// values: its first attribute makes its __dict__, a tracked object the collector counts.
	if (!inSlot && (isSubclassInstance(obj) || obj instanceof PyExceptionObject)) return dictSet(vm, materializeInstanceDict(vm, obj), vm.intern(name), value);
	// The class's keys are full: _PyObject_StoreInstanceAttribute gives the instance its dict, which the new
	// name then turns into an ordinary one.
	if (!storeInlineValue(vm, obj, name, value, inSlot ? null : layout.sharedKeys)) dictSet(vm, materializeInstanceDict(vm, obj), vm.intern(name), value);
}

/** Slot values stay in `attrs` (as in their slots) beside a __dict__. */
export function isSlot(obj: AttributeOwner, name: string): boolean {
	const slots = instanceLayout(obj.cls).slots;
	return slots.size > 0 && slots.has(name);
}

export function delAttr(vm: VM, obj: PyObject, name: string): void {
	if (obj instanceof PyWeakProxy) return throughProxy(vm, obj, (referent) => delAttr(vm, referent, name));
	const classHook = obj instanceof PyClass ? classMetaHook(obj, "__delattr__") : null;
	if (classHook) return callWithName(vm, classHook, obj, name, null);
	if (hasInstanceAttributes(obj)) {
		const hooks = ownHooks(obj.cls);
		if (hooks.delattr instanceof PyNone) vm.raise("TypeError", "'NoneType' object is not callable");
		if (hooks.delattr) return callWithName(vm, hooks.delattr, obj, name, null);
		// And one with its own __setattr__ only: object.__delattr__, called by name.
		if (hooks.setattr !== undefined) return callWithName(vm, obj.cls.lookup("__delattr__")!, obj, name, null);
	}
	genericDelAttr(vm, obj, name);
}

/** PyObject_GenericSetAttr deleting (object.__delattr__). */
export function genericDelAttr(vm: VM, obj: PyObject, name: string): void {
	if (name === "__class__" && !(hasInstanceAttributes(obj) && obj.cls.lookup(name) !== undefined)) vm.raise("TypeError", "can't delete __class__ attribute");
	// cell_set_contents with NULL: the cell is empty again (an empty one stays so, without an error).
	if (obj instanceof PyCell && name === "cell_contents") return setCellContents(vm, obj, null);
	if (hasInstanceAttributes(obj)) {
		const clsAttr = obj.cls.lookup(name);
		if (clsAttr instanceof PyDescriptor && clsAttr.kind === "property") return foundPropertySet(vm, clsAttr, obj, null);
		if (isUserDataDescriptor(clsAttr)) return callDescriptorSet(vm, clsAttr, obj, null);
		if (clsAttr instanceof PyTupleGetter) vm.raise("AttributeError", "can't delete attribute");
		if (clsAttr instanceof PySlotDescriptor) refuseReadonlySlot(vm, clsAttr);
		// BaseException's __dict__ getset refuses a delete.
		if (name === "__dict__" && obj instanceof PyExceptionObject && clsAttr === undefined) vm.raise("TypeError", "cannot delete __dict__");
		if (clsAttr === undefined && obj instanceof PyExceptionObject && setExceptionField(vm, obj, name, null)) return;
		if (obj.dict instanceof PyDict && !isSlot(obj, name)) {
			if (!dictDel(vm, obj.dict, vm.intern(name))) vm.raise("AttributeError", `'${obj.cls.name}' object has no attribute '${name}'`);
			return;
		}
		const old = obj.attrs.get(name);
		if (!old) {
			// A builtin type's T_OBJECT member (an exception's name...) is deleted quietly when unset.
			if (clsAttr instanceof PySlotDescriptor && clsAttr.objclass?.builtin) return;
			// PyMember_SetOne deleting an unset T_OBJECT_EX slot names only the member.
			if (isSlot(obj, name)) vm.raise("AttributeError", name);
			// No __dict__ to delete from: a class attribute that is no data descriptor makes the name read-only.
			if (clsAttr !== undefined && !instanceLayout(obj.cls).hasDict) vm.raise("AttributeError", `'${obj.cls.name}' object attribute '${name}' is read-only`);
			vm.raise("AttributeError", `'${obj.cls.name}' object has no attribute '${name}'`);
		}
		obj.attrs.delete(name);
		vm.heap.observer?.contentChanged(obj);
		vm.decref(old);
		return;
	}
	refuseReadonlyBuiltinAttribute(vm, obj, name);
	if (obj instanceof PyFunction) return setFunctionAttribute(vm, obj, name, null);
	if (obj instanceof PyClass && isClassNameAttribute(name)) return setClassName(vm, obj, name, null);
	if (obj instanceof PyClass && !obj.builtin) {
		if (setThroughMetaclass(vm, obj, name, null)) return;
		if (setTypeDescriptor(vm, obj, name, null)) return;
		if (!classDictDelete(vm, obj, name)) vm.raise("AttributeError", `type object '${obj.name}' has no attribute '${name}'`);
		return;
	}
	if (obj instanceof PyModule && dictDel(vm, obj.dict, vm.intern(name))) {
		(obj.deletedNames ??= new Set()).add(name);
		return;
	}
	if (obj instanceof PyDescriptor && obj.kind !== "property" && dictDel(vm, descriptorDict(vm, obj), vm.intern(name))) return;
	if (obj instanceof PyDescriptor && !obj.subtype && name === "__doc__") return setPropertyDoc(vm, obj, null);
	if (obj instanceof PyToolObject && obj.hasDict) {
		if (obj.members[name] !== undefined || (name === "__dict__" && obj.dictIsReadonly)) vm.raise("AttributeError", "readonly attribute");
		if (obj.dict && dictDel(vm, obj.dict, vm.intern(name))) return;
	}
	// _PyObjectDict_SetItem makes the missing __dict__ even to delete from it.
	if (obj instanceof PyOrderedDict && dictDel(vm, odictInstanceDict(vm, obj), vm.intern(name))) return;
	// type_setattro refuses any change to a static type, deletion included.
	if (obj instanceof PyClass) vm.raise("TypeError", `cannot set '${name}' attribute of immutable type '${obj.name}'`);
	// A struct sequence's fields are read-only members.
	if (obj instanceof PyStructSequence && obj.field(name)) vm.raise("AttributeError", "readonly attribute");
	if (obj instanceof PyGenerator && (name === "__name__" || name === "__qualname__")) setGeneratorName(vm, name, null);
	// frame_settrace with NULL: no trace function, as there never is one here.
	if (obj instanceof PyFrameObject && name === "f_trace") return;
	if (obj instanceof PyFrameObject && name === "f_lineno") setFrameLineno(vm, null);
	if (obj.cls.lookup(name)) vm.raise("AttributeError", `'${obj.typeName}' object attribute '${name}' is read-only`);
	vm.raise("AttributeError", `'${obj.typeName}' object has no attribute '${name}'`);
}

/** frame_setlineno: only a trace function may jump, and none runs (tracing_what reads as a 'call' event). */
function setFrameLineno(vm: VM, value: PyObject | null): never {
	if (value === null) return vm.raise("AttributeError", "cannot delete attribute");
	// PyLong_CheckExact: a bool or an int subclass's instance is no int here.
	if (!(value instanceof PyInt) || value instanceof PyBool || isScalarInstance(value)) return vm.raise("ValueError", "lineno must be an integer");
	return vm.raise("ValueError", "can't jump from the 'call' trace event of a new frame");
}

/** A READONLY member ("readonly attribute"), or a class's __weakref__ getset, which has no setter (getset_set). */
function refuseReadonlySlot(vm: VM, descriptor: PySlotDescriptor): void {
	if (descriptor.readonly) vm.raise("AttributeError", "readonly attribute");
	if (descriptor.kind === "getset" && descriptor.name === "__weakref__") vm.raise("AttributeError", `attribute '__weakref__' of '${tpName(descriptor.objclass!)}' objects is not writable`);
}

/** gen_set_name and gen_set_qualname: a str only (deleting is refused the same way); pymem keeps its code's names. */
function setGeneratorName(vm: VM, name: string, value: PyObject | null): never {
	if (!(value instanceof PyStr)) return vm.raise("TypeError", `${name} must be set to a string object`);
	return vm.raise("TypeError", `pymem does not support setting a generator's ${name} yet`);
}
