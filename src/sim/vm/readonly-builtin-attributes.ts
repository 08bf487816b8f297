// The attributes of builtin objects that refuse to be set or deleted, with the error each kind of descriptor
// gives: a read-only member (PyMember_SetOne: "readonly attribute") or a getset without a setter
// (getset_set: "attribute 'x' of 'T' objects is not writable").
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat } from "../heap/values";
import type { VM } from "./vm";

/** READONLY entries of each type's tp_members, by the type's name. */
const READONLY_MEMBERS: Readonly<Record<string, readonly string[]>> = {
	method: ["__func__", "__self__"],
	staticmethod: ["__func__", "__wrapped__"],
	classmethod: ["__func__", "__wrapped__"],
	super: ["__thisclass__", "__self__", "__self_class__"],
	"weakref.ReferenceType": ["__callback__"],
	complex: ["real", "imag"],
	range: ["start", "stop", "step"],
	slice: ["start", "stop", "step"],
	property: ["fget", "fset", "fdel"],
	traceback: ["tb_frame", "tb_lasti"],
	generator: ["gi_code"],
	code: ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags", "co_nlocals", "co_consts", "co_names", "co_filename", "co_name", "co_qualname", "co_firstlineno", "co_linetable", "co_exceptiontable"],
};

/** tp_getset entries without a setter, by the name of the type that defines them. */
const GETSETS_WITHOUT_SETTER: Readonly<Record<string, readonly string[]>> = {
	int: ["real", "imag", "numerator", "denominator"],
	float: ["real", "imag"],
	staticmethod: ["__isabstractmethod__"],
	classmethod: ["__isabstractmethod__"],
	builtin_function_or_method: ["__name__", "__qualname__", "__self__", "__text_signature__"],
	"collections.deque": ["maxlen"],
	property: ["__isabstractmethod__"],
	generator: ["gi_frame", "gi_running", "gi_yieldfrom", "gi_suspended"],
	traceback: ["tb_lineno"],
	code: ["co_lnotab", "co_code", "co_varnames", "co_cellvars", "co_freevars"],
	frame: ["f_back", "f_locals", "f_lasti", "f_globals", "f_builtins", "f_code"],
};

/** The type whose descriptor answers for `obj`: a bool's numbers are int's getsets. */
function definingType(obj: PyObject): string {
	if (obj instanceof PyInt) return "int";
	if (obj instanceof PyFloat) return "float";
	return obj.typeName;
}

/** Raises CPython's AttributeError when `name` is a builtin read-only attribute of `obj` (set or deleted alike). */
export function refuseReadonlyBuiltinAttribute(vm: VM, obj: PyObject, name: string): void {
	const type = definingType(obj);
	if (READONLY_MEMBERS[type]?.includes(name)) vm.raise("AttributeError", "readonly attribute");
	if (GETSETS_WITHOUT_SETTER[type]?.includes(name)) vm.raise("AttributeError", `attribute '${name}' of '${type}' objects is not writable`);
}
