// A class's own attribute hooks, written in Python, run as frames of the loop: `obj.x = v` through __setattr__,
// `del obj.x` through __delattr__ (slot_tp_setattro) or else a property's setter or deleter, `obj.x` through
// __getattribute__ (slot_tp_getattro) or, once the generic lookup missed, through __getattr__
// (slot_tp_getattr_hook's call_attribute). A hook that reaches
// itself again (`self.name = value` inside __setattr__, the classic slip) would otherwise nest a host run per
// level and stop after 240; here it ends where python3's does. What a nested call holds (the attribute's name as
// a str, the bound method call_attribute makes) is held the same way, and released in the same order.
import type { PyObject } from "../heap/object";
import type { PyExceptionObject } from "../heap/instances";
import type { PyClass } from "../heap/classes";
import { PyDescriptor, PyFunction } from "../heap/callables";
import { hasInstanceAttributes, ownHooks } from "../heap/subclass-instances";
import type { Frame, FrameContinuation } from "./frame";
import { plainFunction, pushFrameFromC } from "./c-call-frames";
import { descriptorGet } from "./special-methods";
import { addAttributeErrorContext } from "./exception-init";
import { releaseFailedOperands } from "./failed-operands";
import { refuseUnmodelledAttribute } from "./unmodelled-attributes";
import { genericLookupBeforeHook } from "./attributes";
import type { VM } from "./vm";

/** The user class whose hooks apply to `owner`, or null (a class, a proxy and the builtins go the general way). */
function hookOwnerClass(owner: PyObject): PyClass | null {
	return hasInstanceAttributes(owner) ? owner.cls : null;
}

/** Runs `hook` as a frame finished by `continuation`, which releases its holdings if the frame cannot start. */
function pushHookFrame(vm: VM, hook: PyFunction, args: readonly PyObject[], continuation: HookCall): void {
	pushFrameFromC(vm, hook, args, continuation, () => continuation.cancel());
}

/** A hook call's own holdings: the name's str (and a bound method) while the hook runs. */
abstract class HookCall implements FrameContinuation {
	protected constructor(
		protected readonly vm: VM,
		protected readonly caller: Frame,
		protected readonly owner: PyObject,
		protected readonly name: string,
		/** The name as a str, which slot_tp_setattro and call_attribute pass (a property's accessor gets none). */
		private readonly nameObj: PyObject | null,
		private readonly nameLabel: string,
	) {}

	abstract finish(value: PyObject): void;
	abstract abandon(exc?: PyExceptionObject): void;

	/** What the call holds of its own, released as the nested call's `finally` blocks release it. */
	cancel(): void {
		if (this.nameObj) this.vm.heap.release(this.nameObj, this.nameLabel);
	}
}

const SETATTR_NAME = "attribute name for __setattr__";
const DELATTR_NAME = "attribute name for __delattr__";

/**
 * STORE_ATTR (value given) or DELETE_ATTR (null) of `name` on `owner`, the top of `f`'s stack: true when the
 * class's __setattr__ or __delattr__ started as a frame of the loop; false (nothing done) for the general path.
 */
export function startsSetattrHook(vm: VM, f: Frame, owner: PyObject, name: string, value: PyObject | null): boolean {
	const cls = hookOwnerClass(owner);
	if (!cls) return false;
	const hooks = ownHooks(cls);
	const found = value ? hooks.setattr : hooks.delattr;
	if (found === undefined) return startsPropertyAccessor(vm, f, owner, cls, name, value);
	const hook = plainFunction(found, value ? 3 : 2);
	if (!hook) return false;
	const label = value ? SETATTR_NAME : DELATTR_NAME;
	const nameObj = vm.str(name);
	vm.heap.adopt(nameObj, label);
	pushHookFrame(vm, hook, value ? [owner, nameObj, value] : [owner, nameObj], new SetattrCall(vm, f, owner, name, nameObj, label, value !== null));
	return true;
}

/**
 * PyObject_GenericSetAttr finding a property on the class: property_descr_set calls its setter (or deleter) with
 * the object (and value), as a frame here when it is a plain Python function. A setter that assigns its own
 * property (`self.celsius = value` inside `celsius`'s setter), a common slip, then ends as in python3.
 */
function startsPropertyAccessor(vm: VM, f: Frame, owner: PyObject, cls: PyClass, name: string, value: PyObject | null): boolean {
	const prop = cls.lookup(name);
	if (!(prop instanceof PyDescriptor) || prop.kind !== "property") return false;
	const accessor = plainFunction(prop.parts[value ? 1 : 2], value ? 2 : 1);
	if (!accessor) return false;
	pushHookFrame(vm, accessor, value ? [owner, value] : [owner], new SetattrCall(vm, f, owner, name, null, "", value !== null));
	return true;
}

/** The STORE_ATTR or DELETE_ATTR a __setattr__, __delattr__ or property accessor's frame finishes. */
class SetattrCall extends HookCall {
	constructor(vm: VM, caller: Frame, owner: PyObject, name: string, nameObj: PyObject | null, label: string, private readonly stores: boolean) {
		super(vm, caller, owner, name, nameObj, label);
	}

	/** slot_tp_setattro drops the result; then the instruction releases the value (a store's) and the owner. */
	finish(value: PyObject): void {
		const vm = this.vm;
		vm.decref(value);
		this.cancel();
		const stack = this.caller.stack;
		const owner = stack.pop()!;
		if (this.stores) vm.decref(stack.pop()!);
		vm.decref(owner);
	}

	abandon(exc?: PyExceptionObject): void {
		this.cancel();
		if (exc) releaseFailedOperands(this.vm, this.caller, exc);
	}
}

const GETATTRIBUTE_NAME = "attribute name for __getattribute__";
const GETATTR_NAME = "attribute name for __getattr__";
const GETATTR_BOUND = "__getattr__ bound by call_attribute";

/**
 * LOAD_ATTR `name` of `owner`, the top of `f`'s stack (or LOAD_METHOD, `forMethod`, once the type had no plain
 * method of that name): true when the class's own __getattribute__, or its __getattr__ after the generic lookup
 * missed, started as a frame of the loop. False (nothing done) when the class has neither, or both (an
 * AttributeError of the one goes to the other), or they cannot run as frames.
 */
export function startsGetattrHook(vm: VM, f: Frame, owner: PyObject, name: string, forMethod = false): boolean {
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
		const hook = plainFunction(getattribute, 2);
		if (!hook) return false;
		const nameObj = vm.str(name);
		vm.heap.adopt(nameObj, GETATTRIBUTE_NAME);
		pushHookFrame(vm, hook, [owner, nameObj], new GetattrCall(vm, f, owner, name, nameObj, GETATTRIBUTE_NAME, null, forMethod));
		return true;
	}
	const hook = plainFunction(getattr, 2);
	if (!hook) return false;
	// The generic lookup runs first, as slot_tp_getattr_hook's PyObject_GenericGetAttr: found, the load ends here.
	const found = genericLookupBeforeHook(vm, owner, name);
	if (found) {
		finishLoad(vm, f.stack, owner, found, forMethod);
		return true;
	}
	refuseUnmodelledAttribute(vm, owner, name);
	const nameObj = vm.str(name);
	vm.heap.adopt(nameObj, GETATTR_NAME);
	// call_attribute binds the hook: a method allocated for the call, holding the object once more.
	let bound: PyObject;
	try {
		bound = descriptorGet(vm, hook, owner, cls, "__getattr__");
	} catch (e) {
		vm.heap.release(nameObj, GETATTR_NAME);
		throw e;
	}
	vm.heap.adopt(bound, GETATTR_BOUND);
	pushHookFrame(vm, hook, [owner, nameObj], new GetattrCall(vm, f, owner, name, nameObj, GETATTR_NAME, bound, forMethod));
	return true;
}

/**
 * LOAD_ATTR's end: the attribute takes the owner's place on the stack; LOAD_METHOD's: a NULL does, with the
 * attribute above it. Then the owner is released.
 */
function finishLoad(vm: VM, stack: PyObject[], owner: PyObject, value: PyObject, forMethod: boolean): void {
	if (forMethod) {
		stack[stack.length - 1] = vm.NULL;
		vm.decref(owner);
		stack.push(value);
		return;
	}
	stack[stack.length - 1] = value;
	vm.decref(owner);
}

/** The LOAD_ATTR or LOAD_METHOD a __getattribute__ or __getattr__ frame finishes. */
class GetattrCall extends HookCall {
	constructor(
		vm: VM,
		caller: Frame,
		owner: PyObject,
		name: string,
		nameObj: PyObject,
		label: string,
		private readonly bound: PyObject | null,
		private readonly forMethod: boolean,
	) {
		super(vm, caller, owner, name, nameObj, label);
	}

	override cancel(): void {
		if (this.bound) this.vm.heap.release(this.bound, GETATTR_BOUND);
		super.cancel();
	}

	finish(value: PyObject): void {
		this.cancel();
		finishLoad(this.vm, this.caller.stack, this.owner, value, this.forMethod);
	}

	/**
	 * An exception left the hook: PyObject_GetAttr names the attribute in an AttributeError, then LOAD_ATTR fails
	 * (LOAD_METHOD leaves its owner on the stack).
	 */
	abandon(exc?: PyExceptionObject): void {
		this.cancel();
		if (!exc) return;
		addAttributeErrorContext(this.vm, exc, this.owner, this.name);
		releaseFailedOperands(this.vm, this.caller, exc);
	}
}
