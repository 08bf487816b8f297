// The descriptor slots called by name: `f.__get__(obj)` makes the bound method `obj.f` would,
// `prop.__get__(obj)` runs the getter, `__set__`/`__delete__` the setter and deleter, staticmethod's gives its
// callable and classmethod's a method bound to the class. Each is a slot wrapper (wrap_descr_get,
// wrap_descr_set, wrap_descr_delete): None as either argument of __get__ means "not given", and both missing
// is an error.
import type { PyObject } from "../heap/object";
import { T, type PySlotDescriptor } from "../heap/classes";
import type { PyBuiltinFunction, PyDescriptor } from "../heap/callables";
import { builtinDescriptorGet, newMethod, propertyGet, propertySet } from "../vm/builtin-descriptors";
import { genericDelAttr, genericSetAttr } from "../vm/attribute-writes";
import type { VM } from "../vm/vm";
import { defineSlotWrappers } from "./slot-wrappers";
import { tpName } from "./module-type-constructors";

/** wrap_descr_get's arguments: obj and type, either null for None or absent, never both. */
export function descrGetArguments(vm: VM, args: PyObject[]): { obj: PyObject | null; type: PyObject | null } {
	const obj = args[0] === vm.None ? null : args[0]!;
	const type = args[1] === undefined || args[1] === vm.None ? null : args[1];
	if (obj === null && type === null) vm.raise("TypeError", "__get__(None, None) is invalid");
	return { obj, type };
}

/** A staticmethod's or classmethod's callable, or sm_descr_get's and cm_descr_get's error without one. */
function wrapped(vm: VM, d: PyDescriptor): PyObject {
	return d.parts[0] ?? vm.raise("RuntimeError", `uninitialized ${d.kind} object`);
}

export function installDescriptorMethods(): void {
	// A method descriptor's and a slot wrapper's own __get__ is a slot wrapper of their types: called from Python
	// it reads its arguments from a tuple (and `d.__get__(x)` is an unbound call, both types being method
	// descriptors for LOAD_METHOD).
	for (const owner of [T.method_descriptor, T.wrapper_descriptor]) {
		defineSlotWrappers(owner, { __get__: [1, (vm, self, args) => bindBuiltinMethod(vm, self as PyBuiltinFunction, args), 2] });
	}
	// func_descr_get: the function itself without an object, else a new bound method.
	defineSlotWrappers(T.function, {
		__get__: [1, (vm, self, args) => {
			const { obj } = descrGetArguments(vm, args);
			return obj ? newMethod(vm, self, obj) : vm.incref(self);
		}, 2],
	});
	defineSlotWrappers(T.property, {
		__get__: [1, (vm, self, args) => propertyGet(vm, self as PyDescriptor, descrGetArguments(vm, args).obj), 2],
		__set__: [2, (vm, self, args) => {
			propertySet(vm, self as PyDescriptor, args[0]!, args[1]!);
			return vm.incref(vm.None);
		}],
		__delete__: [1, (vm, self, args) => {
			propertySet(vm, self as PyDescriptor, args[0]!, null);
			return vm.incref(vm.None);
		}],
	});
	defineSlotWrappers(T.staticmethod, {
		__get__: [1, (vm, self, args) => {
			descrGetArguments(vm, args);
			return vm.incref(wrapped(vm, self as PyDescriptor));
		}, 2],
	});
	// member_get, member_set, getset_get, getset_set: a __slots__ member, an instance's `__dict__` or a builtin
	// type's attribute (`int.real`) read, set or deleted through the descriptor itself.
	for (const owner of [T.member_descriptor, T.getset_descriptor]) defineSlotWrappers(owner, {
		__get__: [1, (vm, self, args) => {
			const { obj } = descrGetArguments(vm, args);
			if (!obj) return vm.incref(self);
			const member = checkedMember(vm, self as PySlotDescriptor, obj);
			return builtinDescriptorGet(vm, member, obj, member.objclass!, member.name);
		}, 2],
		__set__: [2, (vm, self, args) => {
			genericSetAttr(vm, args[0]!, checkedMember(vm, self as PySlotDescriptor, args[0]!).name, args[1]!);
			return vm.incref(vm.None);
		}],
		__delete__: [1, (vm, self, args) => {
			genericDelAttr(vm, args[0]!, checkedMember(vm, self as PySlotDescriptor, args[0]!).name);
			return vm.incref(vm.None);
		}],
	});
	// cm_descr_get: bound to the type given, else to obj's type.
	defineSlotWrappers(T.classmethod, {
		__get__: [1, (vm, self, args) => {
			const { obj, type } = descrGetArguments(vm, args);
			return newMethod(vm, wrapped(vm, self as PyDescriptor), type ?? obj!.cls);
		}, 2],
	});
}

/** method_get and wrapperdescr_get: `list.append.__get__(obj)` binds the method to an instance of its type. */
function bindBuiltinMethod(vm: VM, method: PyBuiltinFunction, args: PyObject[]): PyObject {
	const { obj } = descrGetArguments(vm, args);
	if (!obj) return vm.incref(method);
	const owner = method.owner!;
	if (!obj.cls.isSubclassOf(owner)) vm.raise("TypeError", `descriptor '${method.name}' for '${tpName(owner)}' objects doesn't apply to a '${obj.typeName}' object`);
	return builtinDescriptorGet(vm, method, obj, owner, method.name);
}

/**
 * descr_check's type test. pymem keeps slot values by name, so it reaches a member only through the name
 * the instance's class resolves to that same member (not one a subclass's slot of the same name shadows); a
 * builtin type's own attribute, which no class dict holds, only while no class attribute shadows it.
 */
function checkedMember(vm: VM, member: PySlotDescriptor, obj: PyObject): PySlotDescriptor {
	const owner = member.objclass;
	if (owner && !obj.cls.isSubclassOf(owner)) vm.raise("TypeError", `descriptor '${member.name}' for '${tpName(owner)}' objects doesn't apply to a '${obj.typeName}' object`);
	const resolved = obj.cls.lookup(member.name);
	if (!owner || (resolved !== member && !(member.readsObject && resolved === undefined))) vm.raise("TypeError", `pymem does not support a member descriptor shadowed by a subclass's attribute of the same name yet`);
	return member;
}
