// sys.UnraisableHookArgs (errors.c): the struct sequence _PyErr_WriteUnraisableMsg hands sys.unraisablehook.
// PyStructSequence_New allocates it through the collector (gc.get_count() counts it) but never tracks it.
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import { T } from "../heap/classes";
import type { PyExceptionObject } from "../heap/instances";
import { PyStructSequence } from "../heap/struct-sequence";
import { moduleType } from "../builtins/types";
import type { VM } from "./vm";

const FIELDS = ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"] as const;

/** Its tp_name has no module: repr and messages say "UnraisableHookArgs". */
class PyUnraisableHookArgs extends PyStructSequence {
	override get typeName(): string {
		return this.type.name;
	}
}

let argsType: PyClass | null = null;

export function makeUnraisableHookArgs(vm: VM, exc: PyExceptionObject, errMsg: PyObject, object: PyObject): PyObject {
	argsType ??= moduleType("UnraisableHookArgs", "builtins", T.tuple);
	const items = [exc.cls, exc, exc.traceback ?? vm.None, errMsg, object].map((o) => vm.incref(o));
	const args = vm.heap.register(new PyUnraisableHookArgs(argsType, FIELDS, items));
	vm.heap.untrack(args);
	return args;
}

/** The fields of an UnraisableHookArgs, or null for anything else. */
export function unraisableHookArgsFields(o: PyObject): { excType: PyObject; excValue: PyObject; excTraceback: PyObject; errMsg: PyObject; object: PyObject } | null {
	if (!(o instanceof PyUnraisableHookArgs)) return null;
	const [excType, excValue, excTraceback, errMsg, object] = o.items as [PyObject, PyObject, PyObject, PyObject, PyObject];
	return { excType, excValue, excTraceback, errMsg, object };
}
