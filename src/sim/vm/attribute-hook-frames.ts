// A class's own attribute hooks, written in Python, run as frames of the loop: `obj.x = v` through __setattr__,
// `del obj.x` through __delattr__ (slot_tp_setattro) or else a property's setter or deleter, `obj.x` through a
// property's getter, __getattribute__ (slot_tp_getattro) or, once the generic lookup missed, through __getattr__
// (slot_tp_getattr_hook's call_attribute); and the same through the builtins getattr(), setattr() and delattr().
// A hook that reaches itself again (`self.name = value` inside __setattr__, the classic slip) would otherwise nest
// a host run per level and stop after 240; here it ends where python3's does. What a nested call holds (the
// attribute's name as a str, the bound method call_attribute makes) is held the same way, and released in the
// same order; then the instruction, or the builtin's CALL, ends as its tail says.
import type { PyObject } from "../heap/object";
import { PyInstance, type PyExceptionObject } from "../heap/instances";
import type { PyClass } from "../heap/classes";
import { PyDescriptor, PyFunction, type PyBuiltinFunction } from "../heap/callables";
import { PyStr } from "../heap/values";
import { definesInPython, hasInstanceAttributes, ownHooks } from "../heap/subclass-instances";
import { isScalarInstance } from "../heap/scalar-instances";
import type { Frame, FrameContinuation } from "./frame";
import { BuiltinCallTail, ClearingCallTail, absorbInto, plainFunction, pushFrameFromC, type InstructionTail } from "./c-call-frames";
import { descriptorGet } from "./special-methods";
import { addAttributeErrorContext } from "./exception-init";
import { releaseFailedOperands } from "./failed-operands";
import { refuseUnmodelledAttribute } from "./unmodelled-attributes";
import { genericLookupBeforeHook } from "./attributes";
import { PyRaise } from "./errors";
import { DESCRIPTOR_READ, DESCRIPTOR_WRITTEN } from "./user-descriptors";
import type { VM } from "./vm";

/** The user class whose hooks apply to `owner`, or null (a class, a proxy and the builtins go the general way). */
function hookOwnerClass(owner: PyObject): PyClass | null {
	return hasInstanceAttributes(owner) ? owner.cls : null;
}

/** A reference a hook call holds while the hook runs, and the label it is held under. */
interface Holding {
	readonly object: PyObject;
	readonly label: string;
}

/** A hook call's own holding while the hook runs (a bound method, a property), and the instruction it ends. */
class HookCall implements FrameContinuation {
	constructor(
		private readonly vm: VM,
		private readonly owner: PyObject,
		private readonly name: string,
		/**
		 * call_attribute's bound method (a __getattr__ call), or the property whose accessor runs (the generic
		 * attribute code holds what it found), released first.
		 */
		private readonly held: Holding | null,
		/** A lookup, whose hook's result is the attribute; a store or delete drops it (slot_tp_setattro). */
		private readonly loads: boolean,
		private readonly tail: InstructionTail,
	) {}

	finish(value: PyObject): void {
		const vm = this.vm;
		let result = value;
		if (!this.loads) {
			vm.decref(value);
			result = vm.incref(vm.None);
		}
		this.cancel();
		this.tail.done(result);
	}

	/** An exception left the hook: PyObject_GetAttr names the attribute in an AttributeError, then the instruction fails. */
	abandon(exc?: PyExceptionObject): void {
		this.cancel();
		if (!exc) return;
		if (this.loads) addAttributeErrorContext(this.vm, exc, this.owner, this.name);
		this.tail.failed(exc, true);
	}

	/** getattr() with a default and hasattr(): _PyObject_LookupAttr clears an AttributeError once the hook let go. */
	absorb(exc: PyExceptionObject): boolean {
		return absorbInto(this.vm, this.tail, exc, () => this.cancel());
	}

	/** What the call holds of its own, released as the nested call's `finally` blocks release it. */
	cancel(): void {
		if (this.held) this.vm.heap.release(this.held.object, this.held.label);
	}
}

/** Runs `hook` as a frame finished by `call`, which releases its holdings if the frame cannot start. */
function pushHookFrame(vm: VM, hook: PyFunction, args: readonly PyObject[], call: HookCall): void {
	pushFrameFromC(vm, hook, args, call, () => call.cancel());
}

/** STORE_ATTR's end (DELETE_ATTR's, `stores` false): the value (a store's), then the owner, leave the stack. */
class StoreAttrTail implements InstructionTail {
	constructor(
		private readonly vm: VM,
		private readonly caller: Frame,
		private readonly stores: boolean,
	) {}

	done(result: PyObject): void {
		const vm = this.vm;
		vm.decref(result);
		const stack = this.caller.stack;
		const owner = stack.pop()!;
		if (this.stores) vm.decref(stack.pop()!);
		vm.decref(owner);
	}

	failed(exc: unknown, inFrame: boolean): void {
		// Thrown out of the instruction, the loop releases its operands itself.
		if (inFrame) releaseFailedOperands(this.vm, this.caller, exc as PyExceptionObject);
	}
}

/**
 * LOAD_ATTR's end: the attribute takes the owner's place on the stack; LOAD_METHOD's (`forMethod`): a NULL does, with
 * the attribute above it. Then the owner is released.
 */
class LoadAttrTail implements InstructionTail {
	constructor(
		private readonly vm: VM,
		private readonly caller: Frame,
		private readonly owner: PyObject,
		private readonly forMethod: boolean,
	) {}

	done(value: PyObject): void {
		const stack = this.caller.stack;
		if (this.forMethod) {
			stack[stack.length - 1] = this.vm.NULL;
			this.vm.decref(this.owner);
			stack.push(value);
			return;
		}
		stack[stack.length - 1] = value;
		this.vm.decref(this.owner);
	}

	failed(exc: unknown, inFrame: boolean): void {
		// LOAD_METHOD leaves its owner on the stack; LOAD_ATTR releases it.
		if (inFrame) releaseFailedOperands(this.vm, this.caller, exc as PyExceptionObject);
	}
}

/**
 * STORE_ATTR (value given) or DELETE_ATTR (null) of `name` on `owner`, the top of `f`'s stack: true when the
 * class's __setattr__ or __delattr__, or a property's setter or deleter, started as a frame of the loop; false
 * (nothing done) for the general path.
 */
export function startsSetattrHook(vm: VM, f: Frame, owner: PyObject, name: string, value: PyObject | null): boolean {
	return startSetattr(vm, owner, name, null, value, () => new StoreAttrTail(vm, f, value !== null));
}

/**
 * The hooks get the name's str as their caller passed it, borrowed: the builtin's argument, or the code's name,
 * interned (`nameObj` null).
 */
function startSetattr(vm: VM, owner: PyObject, name: string, nameObj: PyObject | null, value: PyObject | null, tail: () => InstructionTail): boolean {
	const cls = hookOwnerClass(owner);
	if (!cls) return false;
	const hooks = ownHooks(cls);
	const found = value ? hooks.setattr : hooks.delattr;
	if (found === undefined) return startsPropertyAccessor(vm, owner, cls, name, value, tail);
	const hook = plainFunction(found);
	if (!hook) return false;
	const passed = nameObj ?? vm.intern(name);
	pushHookFrame(vm, hook, value ? [owner, passed, value] : [owner, passed], new HookCall(vm, owner, name, null, false, tail()));
	return true;
}

/**
 * PyObject_GenericSetAttr finding a property on the class: property_descr_set calls its setter (or deleter) with
 * the object (and value), as a frame here when it is a plain Python function. A setter that assigns its own
 * property (`self.celsius = value` inside `celsius`'s setter), a common slip, then ends as in python3.
 */
function startsPropertyAccessor(vm: VM, owner: PyObject, cls: PyClass, name: string, value: PyObject | null, tail: () => InstructionTail): boolean {
	const prop = cls.lookup(name);
	if (!(prop instanceof PyDescriptor) || prop.kind !== "property") return false;
	const accessor = plainFunction(prop.parts[value ? 1 : 2]);
	if (!accessor) return false;
	vm.heap.hold(prop, DESCRIPTOR_WRITTEN);
	pushHookFrame(vm, accessor, value ? [owner, value] : [owner], new HookCall(vm, owner, name, { object: prop, label: DESCRIPTOR_WRITTEN }, false, tail()));
	return true;
}

/**
 * LOAD_ATTR `name` of `owner`, the top of `f`'s stack, reading a property: property_descr_get calls the getter from
 * C; true when it started as a frame of the loop, false (nothing done) when the lookup needs the general path: a
 * class with its own __getattr__ or __getattribute__ (a getter's AttributeError goes to __getattr__), no
 * property, or a getter that is no plain function of one parameter. A getter that reads its own property
 * (`return self.name` inside `name`) ends as in python3.
 */
export function startsPropertyGetter(vm: VM, f: Frame, owner: PyObject, name: string): boolean {
	if (!(owner instanceof PyInstance)) return false;
	const cls = owner.cls;
	const hooks = ownHooks(cls);
	if (hooks.getattr !== undefined || hooks.getattribute !== undefined) return false;
	const prop = cls.lookup(name);
	if (!(prop instanceof PyDescriptor) || prop.kind !== "property") return false;
	const getter = plainFunction(prop.parts[0]);
	if (!getter) return false;
	vm.heap.hold(prop, DESCRIPTOR_READ);
	pushHookFrame(vm, getter, [owner], new HookCall(vm, owner, name, { object: prop, label: DESCRIPTOR_READ }, true, new LoadAttrTail(vm, f, owner, false)));
	return true;
}

const GETATTR_BOUND = "__getattr__ bound by call_attribute";

/**
 * LOAD_ATTR `name` of `owner`, the top of `f`'s stack (or LOAD_METHOD, `forMethod`, once the type had no plain
 * method of that name): true when the class's own __getattribute__, or its __getattr__ after the generic lookup
 * missed, started as a frame of the loop. False (nothing done) when the class has neither, or both (an
 * AttributeError of the one goes to the other), or they cannot run as frames.
 */
export function startsGetattrHook(vm: VM, f: Frame, owner: PyObject, name: string, forMethod = false): boolean {
	return startGetattr(vm, owner, name, null, () => new LoadAttrTail(vm, f, owner, forMethod));
}

/** As startSetattr, for a lookup. */
function startGetattr(vm: VM, owner: PyObject, name: string, nameObj: PyObject | null, tail: () => InstructionTail): boolean {
	const cls = hookOwnerClass(owner);
	if (!cls) return false;
	const hooks = ownHooks(cls);
	const getattr = hooks.getattr;
	const getattribute = hooks.getattribute;
	// Both (an AttributeError of the one goes to the other), or a hook that is no function (None is called all the
	// same, and fails): the general path.
	if ((getattr && getattribute) || (getattr && !(getattr instanceof PyFunction)) || (getattribute && !(getattribute instanceof PyFunction))) return false;
	if (getattribute) {
		// slot_tp_getattro: vectorcall_method calls the function with the object, binding nothing.
		const hook = plainFunction(getattribute);
		if (!hook) return false;
		pushHookFrame(vm, hook, [owner, nameObj ?? vm.intern(name)], new HookCall(vm, owner, name, null, true, tail()));
		return true;
	}
	const hook = plainFunction(getattr);
	if (!hook) return false;
	// The generic lookup runs first, as slot_tp_getattr_hook's PyObject_GenericGetAttr: found, the load ends here.
	const found = genericLookupBeforeHook(vm, owner, name);
	if (found) {
		tail().done(found);
		return true;
	}
	refuseUnmodelledAttribute(vm, owner, name);
	// call_attribute binds the hook: a method allocated for the call, holding the object once more.
	const bound = descriptorGet(vm, hook, owner, cls, "__getattr__");
	vm.heap.adopt(bound, GETATTR_BOUND);
	pushHookFrame(vm, hook, [owner, nameObj ?? vm.intern(name)], new HookCall(vm, owner, name, { object: bound, label: GETATTR_BOUND }, true, tail()));
	return true;
}

/**
 * The end of getattr(obj, name, default) or hasattr(obj, name) (`fallback` null): the attribute (hasattr: True),
 * or, once _PyObject_LookupAttr cleared an AttributeError, the default (hasattr: False).
 */
function attributeQuery(vm: VM, call: BuiltinCallTail, fallback: PyObject | null): ClearingCallTail {
	if (fallback) return new ClearingCallTail(vm, call, "AttributeError", () => vm.incref(fallback));
	const found = (attribute: PyObject) => {
		vm.decref(attribute);
		return vm.bool(true);
	};
	return new ClearingCallTail(vm, call, "AttributeError", () => vm.bool(false), found);
}

/**
 * CALL of getattr(obj, name), getattr(obj, name, default), hasattr(obj, name), setattr(obj, name, value) or
 * delattr(obj, name) with an exact str name: true when the object's class hook (or property accessor) started as
 * a frame, finishing the CALL when it ends; false (nothing done) for the general path. `countsLevel`: the CALL
 * counted the builtin's level already (call-levels.ts).
 */
export function startsAttributeBuiltinFrame(vm: VM, stack: PyObject[], base: number, first: number, callable: PyBuiltinFunction, countsLevel: boolean): boolean {
	const nargs = stack.length - first;
	const kind = callable.name;
	const queries = (kind === "getattr" && nargs === 3) || (kind === "hasattr" && nargs === 2);
	const wanted = kind === "setattr" ? 3 : kind === "getattr" || kind === "delattr" ? 2 : 0;
	if (!(nargs === wanted || queries) || callable.owner || callable.self) return false;
	const owner = stack[first]!;
	const nameArg = stack[first + 1]!;
	// A str subclass's instance is looked up by its text, which its own __eq__ or __hash__ would not agree with.
	if (!(nameArg instanceof PyStr) || (isScalarInstance(nameArg) && (definesInPython(nameArg, "__eq__") || definesInPython(nameArg, "__hash__")))) return false;
	const tail = new BuiltinCallTail(vm, stack, base, stack.slice(base + 1), countsLevel);
	const query = queries ? attributeQuery(vm, tail, kind === "getattr" ? stack[first + 2]! : null) : null;
	try {
		if (query) return startGetattr(vm, owner, nameArg.value, nameArg, () => query);
		if (kind === "getattr") return startGetattr(vm, owner, nameArg.value, nameArg, () => tail);
		return startSetattr(vm, owner, nameArg.value, nameArg, kind === "setattr" ? stack[first + 2]! : null, () => tail);
	} catch (e) {
		// A failure before the hook's frame started (the lookup's own error, the recursion limit) fails the CALL,
		// unless it is an AttributeError a query clears.
		if (query && e instanceof PyRaise && query.clears(e.raised)) {
			vm.dropRaised(e.raised);
			query.cleared();
			return true;
		}
		tail.failed(e);
		throw e;
	}
}
