// collections.abc.Callable[[int, str], float]: an instance of _CallableGenericAlias, the GenericAlias subclass
// Lib/_collections_abc.py defines, whose __args__ are the argument types flattened before the result type
// ((int, str, float)) and whose repr puts the list back. pymem makes it natively: a GenericAlias whose class is that
// subclass (heap/generic-alias.ts), its repr in generic-alias-ops.ts.
import type { NativeImpl } from "../heap/callables";
import { PyClass, T } from "../heap/classes";
import { PyList, PyTuple } from "../heap/containers";
import { PyGenericAlias } from "../heap/generic-alias";
import { globalShared } from "./types";
import { isParamExpression } from "../vm/generic-alias-ops";
import { str } from "../vm/str-of";

let aliasClass: PyClass | null = null;

/** collections.abc._CallableGenericAlias, a Python class of that module in CPython. */
export function callableAliasClass(): PyClass {
	if (aliasClass) return aliasClass;
	const cls = globalShared(new PyClass("_CallableGenericAlias", [T.GenericAlias], true, "_CallableGenericAlias", "collections.abc"));
	cls.mro = [cls, ...T.GenericAlias.mro];
	cls.base = T.GenericAlias;
	return (aliasClass = cls);
}

/** Callable.__class_getitem__(cls, (argument types, result type)): _CallableGenericAlias.__new__'s checks, then GenericAlias(cls, flattened). */
export const callableClassGetitem: NativeImpl = (vm, [cls, key]) => {
	if (!(key instanceof PyTuple && key.items.length === 2)) return vm.raise("TypeError", "Callable must be used as Callable[[arg, ...], result].");
	const [argumentTypes, result] = key.items as [typeof key.items[0], typeof key.items[0]];
	let flattened: PyTuple;
	if (argumentTypes instanceof PyTuple || argumentTypes instanceof PyList) {
		flattened = vm.tuple([...argumentTypes.items, result].map((item) => vm.incref(item)));
	} else if (isParamExpression(argumentTypes)) {
		flattened = vm.incref(key);
	} else {
		return vm.raise("TypeError", `Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got ${str(vm, argumentTypes)}`);
	}
	const alias = vm.heap.register(new PyGenericAlias());
	alias.subclass = callableAliasClass();
	alias.args = flattened;
	alias.origin = vm.incref(cls!);
	vm.heap.observer?.contentChanged(alias);
	return alias;
};
