// LOAD_ATTR of a property whose getter is a plain Python function: property_descr_get calls the getter from C, which
// pymem would run in a nested loop, a stretch of the host's stack per level (a getter that reads its own property,
// `return self.name` inside `name`, stopped after 240). Here the getter runs as a frame of the loop, and the load
// finishes when it returns, holding what the nested call held, in the same order.
import type { PyObject } from "../heap/object";
import { PyInstance, type PyExceptionObject } from "../heap/instances";
import { PyDescriptor } from "../heap/callables";
import { ownHooks } from "../heap/subclass-instances";
import type { Frame, FrameContinuation } from "./frame";
import { plainFunction, pushFrameFromC } from "./c-call-frames";
import { addAttributeErrorContext } from "./exception-init";
import { releaseFailedOperands } from "./failed-operands";
import type { VM } from "./vm";

/**
 * LOAD_ATTR `name` of `owner`, the top of `f`'s stack: true when it started the getter of the class's property as a
 * frame of the loop, false (nothing done) when the lookup needs the general path: a class with its own
 * __getattr__ or __getattribute__ (a getter's AttributeError goes to __getattr__), no property, or a getter
 * that is no plain function of one parameter.
 */
export function startsPropertyGetter(vm: VM, f: Frame, owner: PyObject, name: string): boolean {
	if (!(owner instanceof PyInstance)) return false;
	const cls = owner.cls;
	const hooks = ownHooks(cls);
	if (hooks.getattr !== undefined || hooks.getattribute !== undefined) return false;
	const prop = cls.lookup(name);
	if (!(prop instanceof PyDescriptor) || prop.kind !== "property") return false;
	const getter = plainFunction(prop.parts[0], 1);
	if (!getter) return false;
	pushFrameFromC(vm, getter, [owner], new PropertyLoad(vm, f, owner, name), () => {});
	return true;
}

/** The LOAD_ATTR a getter's frame finishes. */
class PropertyLoad implements FrameContinuation {
	constructor(
		private readonly vm: VM,
		private readonly caller: Frame,
		private readonly owner: PyObject,
		private readonly name: string,
	) {}

	/** The getter returned `value`: it takes the owner's place on the stack, and the owner is released. */
	finish(value: PyObject): void {
		const stack = this.caller.stack;
		stack[stack.length - 1] = value;
		this.vm.decref(this.owner);
	}

	/** An exception left the getter: PyObject_GetAttr names the attribute in an AttributeError, then LOAD_ATTR fails. */
	abandon(exc?: PyExceptionObject): void {
		if (!exc) return;
		addAttributeErrorContext(this.vm, exc, this.owner, this.name);
		releaseFailedOperands(this.vm, this.caller, exc);
	}
}
