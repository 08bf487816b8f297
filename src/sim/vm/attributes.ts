// Attribute access and method binding (LOAD_ATTR vs LOAD_METHOD), with the descriptor protocol for the kinds we
// model and a class's own __getattribute__/__getattr__; assignment and deletion are in attribute-writes.ts. Every
// function returns new references and borrows its arguments.
import { callSpecialMethod } from "./dunder-calls";
import { callResolved, resolveSpecialMethod } from "./special-methods";
import { layoutMember } from "./type-layout";
import { PyWeakProxy } from "../heap/weakrefs";
import { throughProxy } from "./weak-proxy-ops";
import { PyToolObject } from "../heap/tool-objects";
import { tpName } from "../builtins/module-type-constructors";
import type { PyObject } from "../heap/object";
import { PyDict } from "../heap/containers";
import { PyNone } from "../heap/values";
import { PyClass, PySlotDescriptor, T } from "../heap/classes";
import { PyInstance } from "../heap/instances";
import { PyFunction, PyBuiltinFunction, PyBoundMethod, PyModule, PyDescriptor, PySuper, type NativeImpl } from "../heap/callables";
import { hasInstanceAttributes, ownHooks, type AttributeOwner } from "../heap/subclass-instances";
import type { Frame } from "./frame";
import type { VM } from "./vm";
import { dictGet } from "./dicts";
import { objectAttribute, slotDescriptorGet } from "./special-attrs";
import { callDescriptorGet, isUserDataDescriptor, userDescriptorGet } from "./user-descriptors";
import { PyRaise } from "./errors";
import { superAttr } from "./super-attr";
import { builtinDescriptorGet, foundPropertyGet, tupleGetterGet } from "./builtin-descriptors";
import { PyTupleGetter } from "../heap/tuple-getter";
import { addAttributeErrorContext } from "./exception-init";
import { withoutException, raisedMatches, clearRaised } from "./protocol";
import { isSlot } from "./attribute-writes";
import { FUNCTION_DATA_DESCRIPTORS } from "./function-attrs";
import { refuseUnmodelledAttribute } from "./unmodelled-attributes";
import { classMetaHook, isDataDescriptorOf, metatypeAttribute } from "./metaclasses";
import { throughTypeGetattribute } from "./class-getattr-hook";
import { startsGetattrHook } from "./attribute-hook-frames";
import { classDictSet } from "./class-dict";

export { setAttr, genericSetAttr, storeInstanceAttr, delAttr, genericDelAttr } from "./attribute-writes";


/**
 * PyObject_GetAttr: an AttributeError leaving it learns the name and the object (set_attribute_error_context).
 * An attribute CPython has but pymem lacks stops the program, unless the caller (a native copying what it
 * finds, as functools_copy_attr does) asks for the AttributeError with `refuseUnmodelled` false.
 */
export function getAttr(vm: VM, obj: PyObject, name: string, refuseUnmodelled = true): PyObject {
	// proxy_getattr: every attribute, __class__ included, is the referent's.
	if (obj instanceof PyWeakProxy) return throughProxy(vm, obj, (referent) => getAttr(vm, referent, name, refuseUnmodelled));
	try {
		return getAttrOrRaise(vm, obj, name, refuseUnmodelled);
	} catch (e) {
		if (e instanceof PyRaise) addAttributeErrorContext(vm, e.exc, obj, name);
		throw e;
	}
}

function getAttrOrRaise(vm: VM, obj: PyObject, name: string, refuseUnmodelled: boolean): PyObject {
	const cls = hasInstanceAttributes(obj) ? obj.cls : null;
	const hooks = cls ? ownHooks(cls) : undefined;
	const hook = hooks?.getattr;
	const ownGetattribute = hooks?.getattribute;
	// Hooks a class set to None are called all the same (slot_tp_getattro, and call_attribute on a miss).
	if (ownGetattribute instanceof PyNone) vm.raise("TypeError", "'NoneType' object is not callable");
	const getattribute = ownGetattribute ?? null;
	if (hook instanceof PyNone) {
		const found = lookupOrAttributeError(vm, obj, name);
		if (found) return found;
		vm.raise("TypeError", "'NoneType' object is not callable");
	}
	// slot_tp_getattro (no __getattr__): vectorcall_method calls a function with the object, binding nothing.
	if (getattribute && !hook) return callWithAttributeName(vm, getattribute, obj, name, "__getattribute__", false);
	if (hook) {
		// slot_tp_getattr_hook: an AttributeError from the generic lookup (a property's) or from the class's own
		// __getattribute__ goes to __getattr__ too.
		const found = getattribute ? withoutAttributeError(vm, () => callWithAttributeName(vm, getattribute, obj, name, "__getattribute__")) : genericLookupBeforeHook(vm, obj, name);
		if (found) return found;
		if (refuseUnmodelled) refuseUnmodelledAttribute(vm, obj, name);
		return callWithAttributeName(vm, hook, obj, name, "__getattr__");
	}
	const classHook = obj instanceof PyClass ? classMetaHook(obj, "__getattr__") : null;
	if (classHook) {
		const own = throughTypeGetattribute(vm, obj as PyClass, name, typeGetattribute, () => lookupOrAttributeError(vm, obj, name));
		if (own) return own;
		if (refuseUnmodelled) refuseUnmodelledAttribute(vm, obj, name);
		return callWithAttributeName(vm, classHook, obj, name, "__getattr__");
	}
	const found = lookupAttr(vm, obj, name);
	if (found) return found;
	// method_getattro: a name the method type lacks is the function's, and so is the AttributeError for it.
	if (obj instanceof PyBoundMethod && obj.func && obj.cls === T.method) return getAttr(vm, obj.func, name);
	// type_abstractmethods' own error names the attribute alone.
	if (obj instanceof PyClass && name === "__abstractmethods__") return vm.raise("AttributeError", name);
	if (refuseUnmodelled) refuseUnmodelledAttribute(vm, obj, name);
	const message =
		obj instanceof PyClass
			? `type object '${tpName(obj)}' has no attribute '${name}'`
			: obj instanceof PyModule
				? `module '${obj.name}' has no attribute '${name}'`
				: `'${obj.typeName}' object has no attribute '${name}'`;
	return vm.raise("AttributeError", message);
}

/** type.__getattribute__ bound to a class (what throughTypeGetattribute's method-wrapper would run if called). */
const typeGetattribute: NativeImpl = (vm, args, _kw, self) => getAttr(vm, self!, vm.strValue(args[0]!));

/** lookupAttr, with an AttributeError it raises read as absent. */
function lookupOrAttributeError(vm: VM, obj: PyObject, name: string): PyObject | undefined {
	return withoutAttributeError(vm, () => lookupAttr(vm, obj, name));
}

/**
 * PyObject_GenericGetAttr inside slot_tp_getattr_hook (3.11): a name it does not find raises its AttributeError
 * there, which the hook clears before calling __getattr__ (the exception's args tuple shows in gc counts).
 */
export function genericLookupBeforeHook(vm: VM, obj: PyObject, name: string): PyObject | undefined {
	try {
		const found = lookupAttr(vm, obj, name);
		if (found) return found;
	} catch (e) {
		// An AttributeError raised on the way (a property's) is the one cleared.
		if (!raisedMatches(vm, e, "AttributeError")) throw e;
		clearRaised(vm, e);
		return undefined;
	}
	vm.decref(vm.newException(vm.exceptionClass("AttributeError"), [vm.str(`'${obj.typeName}' object has no attribute '${name}'`)]));
	return undefined;
}

function withoutAttributeError(vm: VM, lookup: () => PyObject | undefined): PyObject | undefined {
	return withoutException(vm, "AttributeError", lookup);
}

/** A class's own __getattribute__, which every attribute lookup on its instances calls (slot_tp_getattro). */
function userGetattribute(obj: PyObject): PyObject | null {
	if (!hasInstanceAttributes(obj)) return null;
	const found = ownHooks(obj.cls).getattribute;
	return found === undefined || found instanceof PyNone ? null : found;
}

/**
 * A class's attribute hook called with the name. slot_tp_getattr_hook's call_attribute binds it first (a bound
 * method, allocated and freed around the call, holding the object once more).
 */
function callWithAttributeName(vm: VM, hook: PyObject, obj: PyObject, name: string, hookName: string, bound = true): PyObject {
	const label = `attribute name for ${hookName}`;
	const nameObj = vm.str(name);
	vm.heap.adopt(nameObj, label);
	try {
		if (bound) return callSpecialMethod(vm, obj, hook, [nameObj], `${hookName} bound by call_attribute`, hookName);
		if (hook instanceof PyFunction) return vm.callObject(hook, [obj, nameObj]);
		// lookup_maybe_method: anything else is bound by its type's __get__ (a callable instance has none).
		return callResolved(vm, resolveSpecialMethod(vm, hook, obj, hookName), obj, [nameObj], hookName);
	} finally {
		vm.heap.release(nameObj, label);
	}
}

function ownAbstractMethods(vm: VM, cls: PyClass): PyObject | undefined {
	const own = cls === T.type ? undefined : cls.dict.get("__abstractmethods__");
	return own === undefined ? undefined : vm.incref(own);
}

/** Attribute lookup without __getattr__; undefined when absent. */
export function lookupAttr(vm: VM, obj: PyObject, name: string): PyObject | undefined {
	if (obj instanceof PyWeakProxy) return throughProxy(vm, obj, (referent) => lookupAttr(vm, referent, name));
	// Instances, the commonest owners, are none of the special kinds tested first.
	if (obj instanceof PyInstance) return genericAttr(vm, obj, name);
	if (obj instanceof PyClass) {
		// type's own __dict__ descriptor comes before the class's `__dict__` getset (a data descriptor of type).
		if (name === "__dict__") return objectAttribute(vm, obj, name);
		// type_abstractmethods reads the class's own dict only (type itself has none): never a base's entry.
		if (name === "__abstractmethods__") return ownAbstractMethods(vm, obj);
		// type_getattro: a data descriptor of the metatype (a metaclass's property) first.
		const metaAttr = metatypeAttribute(obj, name);
		if (obj.metaclass && isDataDescriptorOf(metaAttr, isUserDataDescriptor)) return metatypeAttributeGet(vm, obj, metaAttr!, name);
		// type's read-only members (__basicsize__...) are data descriptors too: a class attribute never shadows them.
		if (layoutMember(name)) return objectAttribute(vm, obj, name);
		// So is type's __annotations__ getset: a class's own, never a base's.
		if (name === "__annotations__") return classAnnotations(vm, obj);
		const attr = obj.lookup(name);
		if (attr !== undefined) {
			if (attr.internalOf) vm.heap.reveal(attr);
			if (attr instanceof PyInstance) {
				const get = userDescriptorGet(attr);
				if (get) return callDescriptorGet(vm, get, attr, null, obj);
			}
			return builtinDescriptorGet(vm, attr, null, obj, name);
		}
		// Then what the metatype has (a metaclass's method, bound to the class; type's __call__...).
		if (metaAttr !== undefined && (obj.metaclass || TYPE_OWN_METHODS.has(name))) return metatypeAttributeGet(vm, obj, metaAttr, name);
		return objectAttribute(vm, obj, name);
	}
	if (obj instanceof PyModule) {
		const v = vm.dictGetStr(obj.dict, name);
		// A library module's dict in pymem holds only the names pymem models, so it is not handed out.
		if (!v && name === "__dict__") vm.raise("TypeError", `pymem does not support the __dict__ of module ${obj.name} yet`);
		return v ? vm.incref(v) : undefined;
	}
	if (obj instanceof PySuper) {
		const found = superAttr(vm, obj, name);
		if (found) return found;
	}
	return genericAttr(vm, obj, name);
}

/**
 * type_get_annotations: the class's own `__annotations__` (bound if it is a descriptor), or a new empty dict stored
 * there; a builtin type has none.
 */
function classAnnotations(vm: VM, cls: PyClass): PyObject | undefined {
	if (cls.builtin) return undefined;
	const own = cls.dict.get("__annotations__");
	if (own === undefined) {
		const fresh = vm.dict();
		classDictSet(vm, cls, "__annotations__", fresh);
		return fresh;
	}
	const get = own instanceof PyInstance ? userDescriptorGet(own) : null;
	return get ? callDescriptorGet(vm, get, own, null, cls) : vm.incref(own);
}

/** type's methods a class reaches through its metatype `type` (C.__call__, C.__prepare__). */
const TYPE_OWN_METHODS: ReadonlySet<string> = new Set(["__call__", "__prepare__"]);

/** An attribute found on a class's metatype, bound to the class as an instance of it. */
export function metatypeAttributeGet(vm: VM, cls: PyClass, attr: PyObject, name: string): PyObject {
	const meta = cls.cls;
	const get = attr instanceof PyInstance ? userDescriptorGet(attr) : null;
	if (get) return callDescriptorGet(vm, get, attr, cls, meta);
	if (attr instanceof PyDescriptor && attr.kind === "property") return foundPropertyGet(vm, attr, cls);
	return builtinDescriptorGet(vm, attr, cls, meta, name);
}

/** PyObject_GenericGetAttr: a data descriptor of the class, then the object's own attribute, then the class's. */
function genericAttr(vm: VM, obj: PyObject, name: string): PyObject | undefined {
	const cls = obj.cls;
	const clsAttr = cls.lookup(name);
	if (clsAttr instanceof PyDescriptor && clsAttr.kind === "property") return foundPropertyGet(vm, clsAttr, obj);
	if (clsAttr instanceof PySlotDescriptor) return slotDescriptorGet(vm, clsAttr, obj);
	if (clsAttr instanceof PyTupleGetter) return tupleGetterGet(vm, clsAttr, obj);
	const get = clsAttr instanceof PyInstance ? userDescriptorGet(clsAttr) : null;
	if (get && isUserDataDescriptor(clsAttr)) return callDescriptorGet(vm, get, clsAttr, obj, cls);
	if (hasInstanceAttributes(obj)) {
		const own = dictAttribute(vm, obj, name);
		if (own) return vm.incref(own);
	} else if (obj instanceof PyFunction && obj.dict && !FUNCTION_DATA_DESCRIPTORS.has(name)) {
		const own = dictGet(vm, obj.dict, vm.intern(name));
		if (own) return vm.incref(own);
	} else if ((obj instanceof PyDescriptor || obj instanceof PyToolObject) && obj.dict) {
		const own = dictGet(vm, obj.dict, vm.intern(name));
		if (own) return vm.incref(own);
	}
	if (get) return callDescriptorGet(vm, get, clsAttr!, obj, cls);
	if (clsAttr !== undefined) return builtinDescriptorGet(vm, clsAttr, obj, cls, name);
	return objectAttribute(vm, obj, name);
}

/**
 * _PyObject_LookupSpecial: the attribute on obj's type only (an instance's own attributes, `__getattr__` and a
 * proxy's referent are never consulted), bound through its descriptor; undefined when the type has none.
 */
export function lookupSpecial(vm: VM, obj: PyObject, name: string): PyObject | undefined {
	const cls = obj.cls;
	const attr = cls.lookup(name);
	if (attr === undefined) return undefined;
	if (attr instanceof PySlotDescriptor) {
		// An unset slot: PyMember_GetOne's error, which the caller passes on.
		return slotDescriptorGet(vm, attr, obj) ?? vm.raise("AttributeError", `'${obj.typeName}' object has no attribute '${name}'`);
	}
	const get = attr instanceof PyInstance ? userDescriptorGet(attr) : null;
	if (get) return callDescriptorGet(vm, get, attr, obj, cls);
	return builtinDescriptorGet(vm, attr, obj, cls, name);
}

/** LOAD_METHOD: [obj] -> [meth, obj] when the attribute is a plain method, else [NULL, attr]. */
export function loadMethod(vm: VM, f: Frame, name: string): void {
	const stack = f.stack;
	const obj = stack[stack.length - 1]!;
	const method = plainMethod(vm, obj, name);
	if (method) {
		stack[stack.length - 1] = vm.incref(method);
		stack.push(obj);
		return;
	}
	if (startsGetattrHook(vm, f, obj, name, true)) return;
	const res = methodAttribute(vm, obj, name);
	stack[stack.length - 1] = vm.NULL;
	vm.decref(obj);
	stack.push(res);
}

/** The function _PyObject_GetMethod finds on obj's type and calls without a bound method (borrowed), or null. */
function plainMethod(vm: VM, obj: PyObject, name: string): PyObject | null {
	// CPython's _PyObject_GetMethod takes this path only for generic attribute lookup; classes, modules, super
	// objects and instances of a class with its own __getattribute__ or __getattr__ (slot_tp_getattr_hook) have
	// their own, so they get a bound method like any LOAD_ATTR.
	if (obj instanceof PyClass || obj instanceof PyModule || obj instanceof PySuper || obj instanceof PyWeakProxy || userGetattribute(obj)) return null;
	if (hasInstanceAttributes(obj) && ownHooks(obj.cls).getattr !== undefined) return null;
	const attr = obj.cls.lookup(name);
	if (!(attr instanceof PyFunction || (attr instanceof PyBuiltinFunction && attr.owner && !attr.self))) return null;
	const shadowed = hasInstanceAttributes(obj) ? dictAttribute(vm, obj, name) !== undefined : obj instanceof PyFunction && obj.dict !== null && dictGet(vm, obj.dict, vm.intern(name)) !== undefined;
	return shadowed ? null : attr;
}

const METHOD_CALLED_BY_NAME = "method called by name (PyObject_CallMethod)";

/**
 * PyObject_VectorcallMethod (PyObject_CallMethod, _PyObject_CallMethodNoArgs): C code calling obj's method `name`
 * as Python's `obj.name(*args)` does, a bound method made where LOAD_METHOD would make one.
 */
export function callMethodByName(vm: VM, obj: PyObject, name: string, args: readonly PyObject[] = []): PyObject {
	const { callable, withSelf } = methodForCall(vm, obj, name);
	return vm.heap.whileOwned(callable, METHOD_CALLED_BY_NAME, () => vm.callObject(callable, withSelf ? [obj, ...args] : [...args]));
}

/**
 * LOAD_METHOD for Python code a native stands in for: what CALL will call (a new reference) and whether obj
 * goes first (a plain method of the type, no bound method made).
 */
export function methodForCall(vm: VM, obj: PyObject, name: string): { callable: PyObject; withSelf: boolean } {
	const method = plainMethod(vm, obj, name);
	if (method) return { callable: vm.incref(method), withSelf: true };
	return { callable: methodAttribute(vm, obj, name), withSelf: false };
}

/**
 * _PyObject_GetMethod's attribute when it is no plain method: for the generic lookup an AttributeError a
 * descriptor raises goes out as it is, and only its own "has no attribute" gets the name and the object.
 */
function methodAttribute(vm: VM, obj: PyObject, name: string): PyObject {
	const generic = !(obj instanceof PyClass || obj instanceof PyModule || obj instanceof PySuper || obj instanceof PyWeakProxy);
	if (!generic || (hasInstanceAttributes(obj) && ownHooks(obj.cls).getattr !== undefined) || userGetattribute(obj)) return getAttr(vm, obj, name);
	return lookupAttr(vm, obj, name) ?? getAttr(vm, obj, name);
}

/** An instance's own attribute: from its __dict__ once that exists, else from its values or slots. */
export function ownAttribute(vm: VM, obj: AttributeOwner, name: string): PyObject | undefined {
	if (obj.dict instanceof PyDict && !isSlot(obj, name)) return dictGet(vm, obj.dict, vm.intern(name));
	return obj.attrs.get(name);
}

/** An instance's attribute in its __dict__ (or inline values): a slot's value is reached only through its descriptor. */
function dictAttribute(vm: VM, obj: AttributeOwner, name: string): PyObject | undefined {
	if (!isSlot(obj, name)) return ownAttribute(vm, obj, name);
	return obj.dict instanceof PyDict ? dictGet(vm, obj.dict, vm.intern(name)) : undefined;
}

/** hasattr()/getattr(o, name, None): the attribute (a new reference) or null, running a class's __getattr__. */
export function attributeOrNull(vm: VM, o: PyObject, name: string): PyObject | null {
	const hooks = hasInstanceAttributes(o) ? ownHooks(o.cls) : null;
	if (userGetattribute(o) || hooks?.getattribute instanceof PyNone) return withoutAttributeError(vm, () => getAttr(vm, o, name)) ?? null;
	const found = lookupOrAttributeError(vm, o, name);
	if (found) return found;
	const hook = hooks?.getattr;
	if (!(hook !== undefined || (o instanceof PyClass && classMetaHook(o, "__getattr__")))) return null;
	try {
		// slot_tp_getattr_hook: the generic lookup failed already (a property may have raised), so only the class's
		// __getattr__ is left to call, not the whole lookup again.
		if (hook !== undefined && !(hook instanceof PyNone)) {
			refuseUnmodelledAttribute(vm, o, name);
			return callWithAttributeName(vm, hook, o, name, "__getattr__");
		}
		return getAttr(vm, o, name);
	} catch (e) {
		if (raisedMatches(vm, e, "AttributeError")) {
			clearRaised(vm, e);
			return null;
		}
		throw e;
	}
}
