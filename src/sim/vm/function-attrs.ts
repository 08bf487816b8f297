// A function's own attributes as 3.11's funcobject.c has them: getset and member descriptors of the function
// type (data descriptors, so they win over the function's __dict__), with their setters' type checks and
// messages, and func_dict for everything else.
import type { PyObject } from "../heap/object";
import { PyDict, PyTuple } from "../heap/containers";
import { PyStr } from "../heap/values";
import type { PyFunction } from "../heap/callables";
import { PyCode } from "../compile/code";
import { dictDel, dictSet } from "./dicts";
import { orNone } from "./library-attrs";
import { str } from "./str-of";
import type { VM } from "./vm";

/** func_memberlist and func_getsetlist, plus object's __class__: found before the function's __dict__. */
export const FUNCTION_DATA_DESCRIPTORS: ReadonlySet<string> = new Set([
	"__closure__", "__doc__", "__globals__", "__module__", "__builtins__", "__code__", "__defaults__",
	"__kwdefaults__", "__annotations__", "__dict__", "__name__", "__qualname__", "__class__",
]);

/** READONLY members: assigning or deleting them fails in PyMember_SetOne. */
const READONLY_MEMBERS: ReadonlySet<string> = new Set(["__closure__", "__globals__", "__builtins__"]);

/** A function's func_dict, made when first needed: an attribute set or `__dict__` read (PyObject_GenericGetDict). */
export function functionDict(vm: VM, f: PyFunction): PyDict {
	if (!f.dict) {
		f.dict = vm.dict();
		vm.heap.observer?.contentChanged(f);
	}
	return f.dict;
}

/** The value of one of the function type's descriptors, or undefined for any other name. */
export function functionAttribute(vm: VM, f: PyFunction, name: string): PyObject | undefined {
	// func_get_dict and func_get_annotations make the field on first read; the others read it as it is.
	if (name === "__dict__") return vm.incref(functionDict(vm, f));
	if (name === "__annotations__") return vm.incref(functionAnnotations(vm, f));
	const field = functionField(vm, f, name);
	return field === undefined ? undefined : orNone(vm, field);
}

/**
 * A field of the function object behind one of its descriptors, borrowed, as func_traverse visits it: null while
 * unset (NULL, which the descriptors read as None), undefined for a name that is no descriptor.
 */
export function functionField(vm: VM, f: PyFunction, name: string): PyObject | null | undefined {
	switch (name) {
		case "__name__":
			// func_name starts as the code's co_name, and __qualname__ as its co_qualname: the same object each read.
			return f.nameObject ?? vm.intern(f.code.name);
		case "__qualname__":
			return f.qualnameObject ?? vm.intern(f.code.qualname);
		case "__defaults__":
			return f.defaults;
		case "__kwdefaults__":
			return f.kwdefaults;
		case "__closure__":
			return f.closure;
		case "__code__":
			return f.codeConstant;
		case "__module__":
			return f.assignedModule ? f.assignedModule.value : initialModule(vm, f);
		case "__doc__":
			// PyFunction_New: the docstring constant, else None.
			if (f.assignedDoc) return f.assignedDoc.value;
			return f.code.docstring === null ? vm.None : vm.intern(f.code.docstring);
		case "__dict__":
			return f.dict;
		case "__globals__":
			return f.globals;
		case "__builtins__":
			// func_builtins: the builtins namespace its globals' __builtins__ gave it.
			return vm.builtins;
		case "__annotations__":
			return f.annotations;
	}
	return undefined;
}

/**
 * `f.name = value`, or `del f.name` when value is null: the function type's setters (func_set_name,
 * func_set_defaults, PyMember_SetOne...), else the function's __dict__ (`__class__` is object's, handled before). The new value is stored before the old
 * one is released, as Py_XSETREF does.
 */
export function setFunctionAttribute(vm: VM, f: PyFunction, name: string, value: PyObject | null): void {
	if (READONLY_MEMBERS.has(name)) vm.raise("AttributeError", "readonly attribute");
	switch (name) {
		case "__name__":
		case "__qualname__": {
			if (!(value instanceof PyStr)) vm.raise("TypeError", `${name} must be set to a string object`);
			const old = name === "__name__" ? f.nameObject : f.qualnameObject;
			if (name === "__name__") {
				f.nameObject = vm.incref(value);
				f.name = value.value;
			} else {
				f.qualnameObject = vm.incref(value);
				f.qualname = value.value;
			}
			return changed(vm, f, old);
		}
		case "__doc__":
		case "__module__": {
			// T_OBJECT members: any object, and `del` leaves NULL, which reads as None.
			const member = name === "__doc__" ? "assignedDoc" : "assignedModule";
			const old = f[member]?.value ?? null;
			f[member] = { value: value && vm.incref(value) };
			return changed(vm, f, old);
		}
		case "__defaults__":
			setOptionalField(vm, f, "defaults", value, value instanceof PyTuple, "__defaults__ must be set to a tuple object");
			f.versionResets++;
			return;
		case "__kwdefaults__":
			setOptionalField(vm, f, "kwdefaults", value, value instanceof PyDict, "__kwdefaults__ must be set to a dict object");
			f.versionResets++;
			return;
		case "__annotations__":
			return setOptionalField(vm, f, "annotations", value, value instanceof PyDict, "__annotations__ must be set to a dict object");
		case "__dict__":
			return setDict(vm, f, value);
		case "__code__":
			if (!(value instanceof PyCode)) vm.raise("TypeError", "__code__ must be set to a code object");
			return vm.raise("TypeError", "pymem does not support assigning a function's __code__ yet");
	}
	if (value) return dictSet(vm, functionDict(vm, f), vm.intern(name), value);
	if (!f.dict || !dictDel(vm, f.dict, vm.intern(name))) vm.raise("AttributeError", `'function' object has no attribute '${name}'`);
}

/** func_module as PyFunction_New sets it: its globals' __name__ ("__main__", or a library module's name), NULL without one. */
function initialModule(vm: VM, f: PyFunction): PyObject | null {
	return vm.dictGetStr(f.globals, "__name__") ?? null;
}

/** A function's __module__ as the callers of _PyObject_LookupAttr see it: null for None (or deleted). */
function moduleOf(vm: VM, f: PyFunction): PyObject | null {
	const module = f.assignedModule ? f.assignedModule.value : initialModule(vm, f);
	return module === vm.None ? null : module;
}

/** _PyObject_FunctionStr for a function: `module.qualname()`, or `qualname()` when __module__ is None or "builtins". */
export function functionCallName(vm: VM, f: PyFunction): string {
	const module = moduleOf(vm, f);
	if (!module || (module instanceof PyStr && module.value === "builtins")) return `${f.qualname}()`;
	return `${str(vm, module)}.${f.qualname}()`;
}

/** ga_repr_item for a function: `module.qualname` (`qualname` for builtins), or null (use its repr) when __module__ is None. */
export function functionAliasName(vm: VM, f: PyFunction): string | null {
	const module = moduleOf(vm, f);
	if (!module) return null;
	if (module instanceof PyStr && module.value === "builtins") return f.qualname;
	return `${str(vm, module)}.${f.qualname}`;
}

/** __defaults__, __kwdefaults__, __annotations__: None or `del` store NULL, anything else must pass the check. */
function setOptionalField(vm: VM, f: PyFunction, field: "defaults" | "kwdefaults" | "annotations", value: PyObject | null, accepted: boolean, message: string): void {
	const stored = value === vm.None ? null : value;
	if (stored && !accepted) vm.raise("TypeError", message);
	const old = f[field];
	(f as { [k in typeof field]: PyObject | null })[field] = stored && vm.incref(stored);
	changed(vm, f, old);
}

/** `f.__dict__ = d` (PyObject_GenericSetDict): the new dict is held before the old one is released. */
function setDict(vm: VM, f: PyFunction, value: PyObject | null): void {
	if (!value) vm.raise("TypeError", "cannot delete __dict__");
	if (!(value instanceof PyDict)) vm.raise("TypeError", `__dict__ must be set to a dictionary, not a '${value.typeName}'`);
	const old = f.dict;
	f.dict = vm.incref(value);
	changed(vm, f, old);
}

function changed(vm: VM, f: PyFunction, old: PyObject | null): void {
	vm.heap.observer?.contentChanged(f);
	if (old) vm.decref(old);
}

/**
 * func_get_annotations: a function without annotations gets an empty dict of its own, kept; MAKE_FUNCTION's
 * tuple of names and values becomes a dict that replaces it.
 */
function functionAnnotations(vm: VM, func: PyFunction): PyDict {
	const current = func.annotations;
	if (current instanceof PyDict) return current;
	const annotations = vm.dict();
	if (current) {
		vm.heap.adopt(annotations, ANNOTATIONS_BEING_MADE);
		try {
			for (let i = 0; i + 1 < current.items.length; i += 2) dictSet(vm, annotations, current.items[i]!, current.items[i + 1]!);
		} finally {
			vm.heap.disown(annotations, ANNOTATIONS_BEING_MADE);
		}
	}
	func.annotations = annotations;
	vm.heap.observer?.contentChanged(func);
	if (current) vm.decref(current);
	return annotations;
}

const ANNOTATIONS_BEING_MADE = "__annotations__ dict being made from the function's tuple";
