// str(inspect.signature(cls)) with " -> None" removed: the text @dataclass gives a class without a docstring
// ("P(x: int, y: int = 0)"). inspect.py's rules for a class (3.11): its own __new__, else its own __init__,
// else an inherited Python __new__ or __init__, shown without the first parameter; a class with neither gets
// object's "()"; a builtin base's __init__ (an exception's) has no signature, so the text is empty.
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyDict } from "../heap/containers";
import { PyDescriptor, PyFunction } from "../heap/callables";
import { PyStr } from "../heap/values";
import { PyGenericAlias } from "../heap/generic-alias";
import { CO_VARARGS, CO_VARKEYWORDS } from "../compile/code";
import { getAttr, lookupAttr } from "../vm/attributes";
import { dictGet } from "../vm/dicts";
import { repr } from "../vm/repr";
import { str } from "../vm/str-of";
import type { VM } from "../vm/vm";

export function signatureText(vm: VM, cls: PyClass): string {
	const factory = factoryMethod(cls);
	if (factory === null) return cls.mro.every((c) => !c.builtin || c === T.object) ? "()" : "";
	const text = functionSignature(vm, factory);
	return text.split(" -> None").join("");
}

/** _signature_get_user_defined_method for __new__ and __init__, chosen as _signature_from_callable does. */
function factoryMethod(cls: PyClass): PyFunction | null {
	const userDefined = (name: string): PyFunction | null => {
		let found = cls.lookup(name);
		if (found instanceof PyDescriptor && found.kind === "staticmethod") found = found.parts[0] ?? undefined;
		return found instanceof PyFunction ? found : null;
	};
	const newMethod = userDefined("__new__");
	const init = userDefined("__init__");
	if (cls.dict.has("__new__") && newMethod) return newMethod;
	if (cls.dict.has("__init__") && init) return init;
	return newMethod ?? init;
}

interface Parameter {
	name: string;
	kind: "positional-only" | "positional" | "var-positional" | "keyword-only" | "var-keyword";
	defaultValue: PyObject | null;
}

/** Signature.__str__ of the function bound to the class (its first parameter dropped). */
function functionSignature(vm: VM, fn: PyFunction): string {
	const annotations = getAttr(vm, fn, "__annotations__");
	try {
		const params = parametersOf(fn).slice(1);
		const rendered: string[] = [];
		let posOnlySeparator = false;
		let kwOnlySeparator = true;
		for (const param of params) {
			if (param.kind === "positional-only") posOnlySeparator = true;
			else if (posOnlySeparator) {
				rendered.push("/");
				posOnlySeparator = false;
			}
			if (param.kind === "var-positional") kwOnlySeparator = false;
			else if (param.kind === "keyword-only" && kwOnlySeparator) {
				rendered.push("*");
				kwOnlySeparator = false;
			}
			rendered.push(formatParameter(vm, param, annotationOf(vm, annotations, param.name)));
		}
		if (posOnlySeparator) rendered.push("/");
		let text = `(${rendered.join(", ")})`;
		const returns = annotationOf(vm, annotations, "return");
		if (returns) text += ` -> ${formatAnnotation(vm, returns)}`;
		return text;
	} finally {
		vm.decref(annotations);
	}
}

function parametersOf(fn: PyFunction): Parameter[] {
	const code = fn.code;
	const names = code.varnames;
	const positional = code.argcount;
	const defaults = fn.defaults?.items ?? [];
	const firstDefault = positional - defaults.length;
	const params: Parameter[] = [];
	for (let i = 0; i < positional; i++) {
		const kind = i < code.posonlyargcount ? "positional-only" : "positional";
		params.push({ name: names[i]!, kind, defaultValue: i >= firstDefault ? defaults[i - firstDefault]! : null });
	}
	let next = positional + code.kwonlyargcount;
	if (code.flags & CO_VARARGS) params.push({ name: names[next++]!, kind: "var-positional", defaultValue: null });
	for (let i = positional; i < positional + code.kwonlyargcount; i++) {
		const name = names[i]!;
		params.push({ name, kind: "keyword-only", defaultValue: fn.kwdefaults ? kwDefault(fn.kwdefaults, name) : null });
	}
	if (code.flags & CO_VARKEYWORDS) params.push({ name: names[next]!, kind: "var-keyword", defaultValue: null });
	return params;
}

function kwDefault(kwdefaults: PyDict, name: string): PyObject | null {
	for (const { key, value } of kwdefaults.entries.values()) if (key instanceof PyStr && key.value === name) return value;
	return null;
}

function annotationOf(vm: VM, annotations: PyObject, name: string): PyObject | null {
	if (!(annotations instanceof PyDict)) return null;
	return dictGet(vm, annotations, vm.intern(name)) ?? null;
}

function formatParameter(vm: VM, param: Parameter, annotation: PyObject | null): string {
	let text = param.name;
	if (annotation) text = `${text}: ${formatAnnotation(vm, annotation)}`;
	if (param.defaultValue) text = annotation ? `${text} = ${repr(vm, param.defaultValue)}` : `${text}=${repr(vm, param.defaultValue)}`;
	if (param.kind === "var-positional") return "*" + text;
	if (param.kind === "var-keyword") return "**" + text;
	return text;
}

/** inspect.formatannotation: generic aliases as str, classes by (module-qualified) name, anything else its repr. */
function formatAnnotation(vm: VM, annotation: PyObject): string {
	if (annotation instanceof PyGenericAlias) return str(vm, annotation);
	if (annotation instanceof PyClass) {
		const module = lookupAttr(vm, annotation, "__module__");
		const moduleName = module instanceof PyStr ? module.value : null;
		if (module) vm.decref(module);
		return moduleName === "builtins" ? annotation.qualname : `${moduleName}.${annotation.qualname}`;
	}
	return repr(vm, annotation);
}
