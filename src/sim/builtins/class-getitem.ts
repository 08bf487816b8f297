// __class_getitem__ of the builtin generic classes (PEP 585): `list[int]` finds this classmethod on list,
// binds it (a builtin method made and freed for the call, as CPython's lookup does) and gets a GenericAlias.
// The alias's __mro_entries__ lets it stand among a class statement's bases (`class L(list[int])`).
import { PyDescriptor, type NativeImpl } from "../heap/callables";
import { PyClass, T } from "../heap/classes";
import type { PyGenericAlias } from "../heap/generic-alias";
import { builtinGenericClasses, newGenericAlias } from "../vm/generic-alias-ops";
import { defineMethods, globalShared, nativeFunction } from "./types";
import { requireOneArgument } from "./arity";

const classGetItem: NativeImpl = (vm, args, kw) => {
	const [cls, key] = args;
	// A METH_O | METH_CLASS method: `cls` is bound, its one argument follows.
	requireOneArgument(vm, `${cls instanceof PyClass ? cls.name : "type"}.__class_getitem__`, Math.max(0, args.length - 1), kw);
	return newGenericAlias(vm, cls!, key!);
};

export function installClassGetItem(): void {
	for (const cls of builtinGenericClasses()) giveClassGetItem(cls);
	defineMethods(T.GenericAlias, {
		// ga_mro_entries (METH_O): a new 1-tuple of the origin, whatever the bases.
		__mro_entries__: (vm, args, kw, self) => {
			requireOneArgument(vm, "GenericAlias.__mro_entries__", args.length, kw);
			return vm.tuple([vm.incref((self as PyGenericAlias).origin!)]);
		},
	});
}

/** A generic class's `__class_getitem__` (functools.partial's is given when its type is made). */
export function giveClassGetItem(cls: PyClass): void {
	cls.dict.set("__class_getitem__", globalShared(new PyDescriptor("classmethod", [nativeFunction("__class_getitem__", classGetItem)])));
}
