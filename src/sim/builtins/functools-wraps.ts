// staticmethod(f) and classmethod(f) as 3.11's sm_init and cm_init make them: the descriptor, then
// functools_wraps copying f's __module__, __name__, __qualname__, __doc__ and __annotations__ into the
// descriptor's own __dict__ (reading a function's __annotations__ gives it an empty dict of its own). An
// attribute f lacks raises an AttributeError that is dropped, as functools_copy_attr does.
import type { PyObject } from "../heap/object";
import { PyDescriptor } from "../heap/callables";
import { getAttr, setAttr } from "../vm/attributes";
import { raisedMatches, clearRaised } from "../vm/protocol";
import type { VM } from "../vm/vm";

const WRAPPED_ATTRIBUTES = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];
const COPIED_VALUE = "attribute copied by functools_wraps";

export function newMethodDescriptor(vm: VM, kind: "staticmethod" | "classmethod", callable: PyObject): PyObject {
	const descriptor = vm.heap.register(new PyDescriptor(kind, [vm.incref(callable)]));
	return vm.heap.build(descriptor, `${kind} being initialized`, () => {
		for (const name of WRAPPED_ATTRIBUTES) copyAttribute(vm, descriptor, callable, name);
	});
}

/** functools_copy_attr: getattr(wrapped, name), set on the wrapper; an AttributeError skips the name. */
export function copyAttribute(vm: VM, wrapper: PyObject, wrapped: PyObject, name: string): void {
	let value: PyObject;
	try {
		value = getAttr(vm, wrapped, name, false);
	} catch (e) {
		if (raisedMatches(vm, e, "AttributeError")) {
			clearRaised(vm, e);
			return;
		}
		throw e;
	}
	vm.heap.adopt(value, COPIED_VALUE);
	try {
		setAttr(vm, wrapper, name, value);
	} finally {
		vm.heap.release(value, COPIED_VALUE);
	}
}
