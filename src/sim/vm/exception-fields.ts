// Assigning or deleting an exception's own fields (`e.args = ...`, `e.__cause__ = ...`): BaseException's getset
// descriptors and its __suppress_context__ member, data descriptors that the instance's dict never shadows.
// Storing them as plain attributes would leave str(e), repr(e) and the printed chain on the old values.
import type { PyObject } from "../heap/object";
import { PyExceptionObject } from "../heap/instances";
import { PyTraceback } from "../heap/tracebacks";
import { PyBool } from "../heap/values";
import { sequenceTuple } from "./sequence-tuple";
import type { VM } from "./vm";

type Field = "args" | "traceback" | "cause" | "context";

const FIELD_OF: Readonly<Record<string, Field>> = { args: "args", __traceback__: "traceback", __cause__: "cause", __context__: "context" };

/**
 * `exc.name = value`, or `del exc.name` when value is null, through BaseException's setters (exceptions.c):
 * true when name is one of its fields, false for an ordinary attribute.
 */
export function setExceptionField(vm: VM, exc: PyExceptionObject, name: string, value: PyObject | null): boolean {
	if (name === "__suppress_context__") {
		// A T_BOOL member: only a bool is accepted, and it cannot be deleted.
		if (value === null) vm.raise("TypeError", "can't delete numeric/char attribute");
		if (!(value instanceof PyBool)) vm.raise("TypeError", "attribute value type must be bool");
		exc.suppressContext = value === vm.True;
		return true;
	}
	const field = FIELD_OF[name];
	if (!field) return false;
	if (value === null) vm.raise("TypeError", `${name} may not be deleted`);
	const stored = field === "args" ? sequenceTuple(vm, value) : checkedLink(vm, field, value);
	const old = exc[field];
	exc[field] = stored;
	if (field === "traceback") exc.visibleTraceback = stored;
	// BaseException_set_cause: an explicit cause hides the context, as `raise ... from` does.
	if (field === "cause") exc.suppressContext = true;
	vm.heap.observer?.contentChanged(exc);
	if (old) vm.decref(old);
	return true;
}

/** A new reference to the traceback, cause or context to store, or null for None. */
function checkedLink(vm: VM, field: Exclude<Field, "args">, value: PyObject): PyObject | null {
	if (value === vm.None) return null;
	if (field === "traceback") {
		if (!(value instanceof PyTraceback)) vm.raise("TypeError", "__traceback__ must be a traceback or None");
	} else if (!(value instanceof PyExceptionObject)) {
		vm.raise("TypeError", `exception ${field} must be None or derive from BaseException`);
	}
	return vm.incref(value);
}
