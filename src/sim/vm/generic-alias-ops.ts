// What a types.GenericAlias does (genericaliasobject.c): it is made by subscripting a builtin generic class,
// shows its arguments in its repr, answers most attribute lookups from its origin, and calling it calls the
// origin and then tries to record itself on the new object as __orig_class__.
import { functionAliasName } from "./function-attrs";
import type { PyObject } from "../heap/object";
import { PyClass, T, iteratorTypes } from "../heap/classes";
import { PyList, PyTuple } from "../heap/containers";
import { PyEllipsis } from "../heap/values";
import { PyTypingObject } from "../heap/typing-objects";
import { PyFunction } from "../heap/callables";
import { PyGenericAlias } from "../heap/generic-alias";
import { hasInstanceAttributes } from "../heap/subclass-instances";
import { instanceLayout } from "../heap/shared-keys";
import type { VM } from "./vm";
import { raisedMatches, clearRaised } from "./protocol";
import { getAttr, setAttr } from "./attributes";
import { callObject } from "./calls";
import { compareValues } from "./comparisons";
import { qualifiedName, repr } from "./repr";

/**
 * Py_GenericAlias(origin, args): the alias is allocated first (a collection its allocation starts sees it
 * empty), then a key that is no tuple is packed into one.
 */
export function newGenericAlias(vm: VM, origin: PyObject, key: PyObject): PyGenericAlias {
	const alias = vm.heap.register(new PyGenericAlias());
	alias.args = key instanceof PyTuple ? vm.incref(key) : vm.tuple([vm.incref(key)]);
	alias.origin = vm.incref(origin);
	vm.heap.observer?.contentChanged(alias);
	return alias;
}

/** ga_getattro's attr_exceptions: the names the alias answers itself; every other name is its origin's. */
const OWN_ATTRIBUTES = new Set([
	"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
	"__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
]);

/** An attribute of the alias, or undefined for the generic lookup on types.GenericAlias itself. */
export function genericAliasAttribute(vm: VM, alias: PyGenericAlias, name: string): PyObject | undefined {
	if (!OWN_ATTRIBUTES.has(name)) return getAttr(vm, alias.origin!, name);
	switch (name) {
		case "__origin__":
			return vm.incref(alias.origin!);
		case "__args__":
			return vm.incref(alias.args!);
		case "__parameters__":
			return vm.incref(parameters(vm, alias));
		case "__unpacked__":
			return vm.bool(false);
	}
	return undefined;
}

/**
 * ga_parameters: computed once and kept. pymem's arguments are never type variables, so it is the empty
 * tuple (_Py_make_parameters's short-lived working tuple is not simulated).
 */
function parameters(vm: VM, alias: PyGenericAlias): PyObject {
	if (!alias.parameters) {
		alias.parameters = vm.incref(vm.emptyTuple);
		vm.heap.observer?.contentChanged(alias);
	}
	return alias.parameters;
}

/** ga_getitem: with no type variables to substitute, every subscript is an error. */
export function subscriptGenericAlias(vm: VM, alias: PyGenericAlias): never {
	parameters(vm, alias);
	return vm.raise("TypeError", `${repr(vm, alias)} is not a generic class`);
}

/** ga_vectorcall: the origin's result, which gets __orig_class__ where it can take an attribute. */
export function callGenericAlias(vm: VM, alias: PyGenericAlias, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	return callSettingOrigClass(vm, alias.origin!, alias, args, kwargs);
}

const ORIGIN_RESULT = "object the generic alias made, taking __orig_class__";

/**
 * origin(*args, **kwargs), then `result.__orig_class__ = alias` where the result takes it. set_orig_class ignores an
 * AttributeError or TypeError (a builtin list has no __dict__); typing's _BaseGenericAlias.__call__ only an
 * AttributeError (`ignoresTypeError` false).
 */
export function callSettingOrigClass(vm: VM, origin: PyObject, alias: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null, ignoresTypeError = true): PyObject {
	const result = callObject(vm, origin, args, kwargs);
	// CPython's C-level AttributeError (a builtin object, a class with __slots__) is cleared before any
	// exception object exists: pymem makes none either. Python code (a __setattr__) runs as usual.
	if (!hasInstanceAttributes(result) || !(instanceLayout(result.cls).hasDict || result.cls.lookup("__setattr__") instanceof PyFunction)) return result;
	try {
		vm.heap.adopt(result, ORIGIN_RESULT);
		try {
			setAttr(vm, result, "__orig_class__", alias);
		} finally {
			vm.heap.disown(result, ORIGIN_RESULT);
		}
	} catch (e) {
		if (!(raisedMatches(vm, e, "AttributeError") || (ignoresTypeError && raisedMatches(vm, e, "TypeError")))) {
			vm.decref(result);
			throw e;
		}
		clearRaised(vm, e);
	}
	return result;
}

/** ga_repr: `dict[str, list[int]]`, with classes by qualified name, `...` for Ellipsis and `()` for no arguments. */
export function genericAliasRepr(vm: VM, alias: PyGenericAlias): string {
	const items = (alias.args as PyTuple).items;
	// _CallableGenericAlias.__repr__: the argument types back in their list, unless they are one `...`.
	if (alias.subclass && !(items.length === 2 && isParamExpression(items[0]!))) {
		return `collections.abc.Callable[[${items.slice(0, -1).map((item) => aliasItemRepr(vm, item)).join(", ")}], ${aliasItemRepr(vm, items[items.length - 1]!)}]`;
	}
	const shown = items.map((item) => aliasItemRepr(vm, item)).join(", ");
	return `${aliasItemRepr(vm, alias.origin!)}[${items.length === 0 ? "()" : shown}]`;
}

/** collections.abc's _is_param_expr: `...`, a list, or typing's ParamSpec or Concatenate[...]. */
export function isParamExpression(o: PyObject): boolean {
	return o instanceof PyEllipsis || o instanceof PyList || (o instanceof PyTypingObject && o.cls.module === "typing" && (o.cls.name === "ParamSpec" || o.cls.name === "_ConcatenateGenericAlias"));
}

/** ga_repr_item (and union_repr_item): a class (or function) by its module and qualified name, anything else by repr. */
export function aliasItemRepr(vm: VM, item: PyObject): string {
	if (item === vm.Ellipsis) return "...";
	if (item instanceof PyClass) return qualifiedName(item);
	if (item instanceof PyFunction) return functionAliasName(vm, item) ?? repr(vm, item);
	return repr(vm, item);
}

/** ga_richcompare for == and !=: same origin and equal arguments; null when either is no alias. */
export function genericAliasesEqual(vm: VM, a: PyObject, b: PyObject): boolean | null {
	if (!(a instanceof PyGenericAlias) || !(b instanceof PyGenericAlias)) return null;
	return compareValues(vm, a.origin!, b.origin!, "Eq") && compareValues(vm, a.args!, b.args!, "Eq");
}

/** The builtin classes whose __class_getitem__ makes an alias (list[int], deque[int]...); `type[int]` is abstract.c's special case. */
export function builtinGenericClasses(): PyClass[] {
	return [T.list, T.tuple, T.dict, T.set, T.frozenset, T.deque, T.mappingproxy, iteratorTypes.get("enumerate")!, iteratorTypes.get("chain")!];
}
