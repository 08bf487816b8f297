// Methods every object inherits from `object`, BaseException's, and generator methods.
import { withPackedArguments, type PackedLabels } from "../vm/packed-arguments";
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyExceptionObject } from "../heap/instances";
import { PyDescriptor, PySlotWrapper, type NativeImpl, calledWithTuple } from "../heap/callables";
import { PyStr } from "../heap/values";
import { genericDelAttr, genericSetAttr, getAttr, lookupAttr, setAttr } from "../vm/attributes";
import { PyTraceback } from "../heap/tracebacks";
import { PyList } from "../heap/containers";
import { listAppend } from "../vm/list-mutations";
import { defineMethods, exceptionClasses, globalShared, nativeFunction } from "./types";
import { checkObjectInit } from "./new-methods";
import { identityHash } from "./identity";
import { exceptionRepr, fakeAddress, repr } from "../vm/repr";
import { EXCEPTION_STR_OWNERS, exceptionStrObject } from "../vm/str-of";
import type { VM } from "../vm/vm";
import { preHeaderSize, sizeOf } from "../heap/sizes";
import { objectSizeof } from "../heap/object-sizeof";
import { requireOneArgument, requireNoArguments } from "./arity";
import { withArgumentTuple } from "./slot-wrappers";
import { requireSlotOwner } from "./slotdef-names";
import { classGenericAttr } from "../vm/class-generic-attr";
import { PyWeakProxy } from "../heap/weakrefs";
import { tpName } from "./module-type-constructors";

const notImplemented: NativeImpl = (vm) => vm.incref(vm.NotImplemented);

const OBJECT_METHODS: Record<string, NativeImpl> = {
	__init__: (vm, args, kw, self) => {
		checkObjectInit(vm, self!, args.length, kw);
		return vm.incref(vm.None);
	},
	__repr__: (vm, _a, _k, self) => vm.str(defaultRepr(vm, self!)),
	// object_str: the type's repr, whatever str() of the object would say (str and the exceptions have their own).
	__str__: (vm, _a, _k, self) => vm.str(repr(vm, self!)),
	__eq__: (vm, args, _k, self) => vm.incref(self === args[0] ? vm.True : vm.NotImplemented),
	// object_richcompare: __ne__ asks the type's own __eq__ and inverts it, unless it is NotImplemented.
	__ne__: (vm, args, _k, self) => {
		const equal = vm.callMethod(self!, "__eq__", [args[0]!]);
		if (equal === vm.NotImplemented) return equal;
		const truth = vm.truthy(equal);
		vm.decref(equal);
		return vm.bool(!truth);
	},
	// object_richcompare orders nothing: the four orderings answer NotImplemented, whatever the operands.
	__lt__: notImplemented,
	__le__: notImplemented,
	__gt__: notImplemented,
	__ge__: notImplemented,
	__hash__: (vm, _a, _k, self) => {
		vm.heap.addressesSeen();
		return vm.int(identityHash(self!));
	},
	__sizeof__: (vm, _a, _k, self) => vm.int(objectSizeof(self!)),
};

/** object.__init_subclass__, a classmethod (reached through super() from a class's own): it accepts no keywords. */
const initSubclass: NativeImpl = (vm, args, kw) => {
	const cls = args[0] as PyClass;
	requireNoArguments(vm, `${cls.name}.__init_subclass__`, args.length - 1);
	if (kw?.size) vm.raise("TypeError", `${cls.name}.__init_subclass__() takes no keyword arguments`);
	return vm.incref(vm.None);
};

function defaultRepr(vm: VM, o: PyObject): string {
	return `<${o.cls.module === "builtins" ? "" : `${o.cls.module}.`}${o.cls.qualname} object at ${fakeAddress(o)}>`;
}

// Their __init__ is in exception-init.ts.
const EXCEPTION_METHODS: Record<string, NativeImpl> = {
	// BaseException_repr itself, not repr(): a subclass's __repr__ calls it through super().
	__repr__: (vm, _a, _k, self) => vm.str(exceptionRepr(vm, self as PyExceptionObject)),
	// BaseException_with_traceback: sets __traceback__ (a traceback or None) and returns the exception.
	with_traceback: (vm, args, _k, self) => {
		requireOneArgument(vm, "BaseException.with_traceback", args.length);
		const tb = args[0]!;
		if (tb !== vm.None && !(tb instanceof PyTraceback)) vm.raise("TypeError", "__traceback__ must be a traceback or None");
		const exc = self as PyExceptionObject;
		const old = exc.traceback;
		exc.traceback = exc.visibleTraceback = tb === vm.None ? null : vm.incref(tb);
		vm.heap.observer?.contentChanged(exc);
		if (old) vm.decref(old);
		return vm.incref(exc);
	},
	// BaseException_add_note (3.11): appended to __notes__, a list made on the first note.
	add_note: (vm, args, _k, self) => {
		requireOneArgument(vm, "BaseException.add_note", args.length);
		const note = args[0]!;
		if (!(note instanceof PyStr)) return vm.raise("TypeError", `note must be a str, not '${note.typeName}'`);
		const existing = lookupAttr(vm, self!, "__notes__");
		if (existing) vm.decref(existing);
		else {
			const fresh = vm.list([]);
			try {
				setAttr(vm, self!, "__notes__", fresh);
			} finally {
				vm.decref(fresh);
			}
		}
		const notes = getAttr(vm, self!, "__notes__");
		try {
			if (!(notes instanceof PyList)) vm.raise("TypeError", "Cannot add note: __notes__ is not a list");
			listAppend(vm, notes as PyList, note);
		} finally {
			vm.decref(notes);
		}
		return vm.incref(vm.None);
	},
};

/** The name argument of object's attribute slot wrappers (wrap_setattr, wrap_delattr, wrapper of tp_getattro). */
function attributeName(vm: VM, name: PyObject | undefined): string {
	if (!(name instanceof PyStr)) return vm.raise("TypeError", `attribute name must be string, not '${name?.typeName ?? "NoneType"}'`);
	return name.value;
}

/**
 * hackcheck: object's setattro may not be applied past a C type's own (a class's type_setattro, a weak proxy's
 * proxy_setattr), which `type.__setattr__` or the proxy itself must be asked for.
 */
function refuseOverriddenSetattr(vm: VM, self: PyObject, what: string): void {
	if (self instanceof PyClass || self instanceof PyWeakProxy) vm.raise("TypeError", `can't apply this ${what} to ${self.typeName} object`);
}

/**
 * The setattr and delattr slot wrappers (wrap_setattr, wrap_delattr) over a setattro function: the count of
 * arguments, then (object's) hackcheck, then the name. Type's setattro is the same generic code here, which
 * handles a class itself.
 */
function attributeWriteSlots(checkOverride: boolean): Record<string, NativeImpl> {
	return {
		__setattr__: (vm, args, _k, self) => {
			// wrap_setattr's PyArg_UnpackTuple has an empty function name: hence the leading space.
			if (args.length !== 2) vm.raise("TypeError", ` expected 2 arguments, got ${args.length}`);
			if (checkOverride) refuseOverriddenSetattr(vm, self!, "__setattr__");
			genericSetAttr(vm, self!, attributeName(vm, args[0]), args[1]!);
			return vm.incref(vm.None);
		},
		__delattr__: (vm, args, _k, self) => {
			if (args.length !== 1) vm.raise("TypeError", `expected 1 argument, got ${args.length}`);
			if (checkOverride) refuseOverriddenSetattr(vm, self!, "__delattr__");
			genericDelAttr(vm, self!, attributeName(vm, args[0]));
			return vm.incref(vm.None);
		},
	};
}

/**
 * The getattro slot wrapper. A miss is worded by the getattro: PyObject_GenericGetAttr names the object's type
 * (a class's metaclass too), type_getattro the class itself.
 */
function getAttributeSlot(typeGetattro: boolean): NativeImpl {
	return (vm, args, _k, self) => {
		if (args.length !== 1) vm.raise("TypeError", `expected 1 argument, got ${args.length}`);
		const name = attributeName(vm, args[0]);
		const found = self instanceof PyClass && !typeGetattro ? classGenericAttr(vm, self, name) : lookupAttr(vm, self!, name);
		if (found) return found;
		if (typeGetattro && self instanceof PyClass) return vm.raise("AttributeError", `type object '${self.name}' has no attribute '${name}'`);
		return vm.raise("AttributeError", `'${self!.typeName}' object has no attribute '${name}'`);
	};
}

/** object.__setattr__, __delattr__ and __getattribute__: the generic attribute code a class's own hooks reach for. */
const OBJECT_ATTRIBUTE_SLOTS: Record<string, NativeImpl> = { ...attributeWriteSlots(true), __getattribute__: getAttributeSlot(false) };

/** type's own __setattr__, __delattr__ and __getattribute__ (type_setattro, type_getattro), for classes only. */
const TYPE_ATTRIBUTE_SLOTS: Record<string, NativeImpl> = { ...attributeWriteSlots(false), __getattribute__: getAttributeSlot(true) };

/**
 * __sizeof__ of a builtin type that has its own in 3.11 (besides int, str, list and dict, defined elsewhere):
 * a METH_NOARGS method descriptor, with descr_check's and the no-arguments errors.
 */
export function ownSizeof(owner: PyClass): Record<string, NativeImpl> {
	return {
		__sizeof__: (vm, args, kw, self) => {
			if (self && !self.cls.isSubclassOf(owner)) vm.raise("TypeError", `descriptor '__sizeof__' for '${tpName(owner)}' objects doesn't apply to a '${self.typeName}' object`);
			requireNoArguments(vm, `${owner.name}.__sizeof__`, args.length);
			// The type's own __sizeof__: the object's size without what getsizeof adds before it.
			return vm.int(sizeOf(self!) - preHeaderSize(self!));
		},
	};
}

/** object.__subclasshook__ (METH_CLASS | METH_VARARGS): any arguments after the bound class, packed in a tuple. */
const subclassHook: NativeImpl = calledWithTuple((vm, args, kw) => {
	if (kw?.size) vm.raise("TypeError", "__subclasshook__() takes no keyword arguments");
	return withPackedArguments(vm, args.slice(1), null, () => vm.incref(vm.NotImplemented), SUBCLASSHOOK_CALL);
});

const SUBCLASSHOOK_CALL: PackedLabels = { args: "call arguments (__subclasshook__)", kwargs: "keyword arguments (__subclasshook__)" };

export function installObjectMethods(): void {
	defineMethods(T.object, OBJECT_METHODS);
	for (const owner of [T.type, T.bytearray, T.set, T.frozenset, T.deque, T.OrderedDict, T.generator]) defineMethods(owner, ownSizeof(owner));
	// wrap_setattr, wrap_delattr and tp_getattro's wrapper read their arguments from the call's tuple.
	for (const [owner, slots] of [[T.object, OBJECT_ATTRIBUTE_SLOTS], [T.type, TYPE_ATTRIBUTE_SLOTS]] as const) {
		for (const [name, impl] of Object.entries(slots)) {
			const packing: NativeImpl = (vm, args, kw, self) => {
				// wrapperdescr_call's check of the instance (every object is one of object's).
				if (self) requireSlotOwner(vm, owner, name, self);
				return withArgumentTuple(vm, args, () => impl(vm, args, kw, self));
			};
			owner.dict.set(name, globalShared(new PySlotWrapper(name, packing, null, owner)));
		}
	}
	T.object.dict.set("__init_subclass__", globalShared(new PyDescriptor("classmethod", [nativeFunction("__init_subclass__", initSubclass)])));
	// object.__subclasshook__ (a classmethod): NotImplemented, so abc's checks go on to the MRO and the registry.
	T.object.dict.set("__subclasshook__", globalShared(new PyDescriptor("classmethod", [nativeFunction("__subclasshook__", subclassHook)])));
	defineMethods(T.BaseException, EXCEPTION_METHODS);
	for (const owner of EXCEPTION_STR_OWNERS) {
		defineMethods(exceptionClasses.get(owner)!, { __str__: (vm, _a, _k, self) => exceptionStrObject(vm, self as PyExceptionObject, owner) });
	}
}
