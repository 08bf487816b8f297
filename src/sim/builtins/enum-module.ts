// enum: 3.11's Lib/enum.py as Python source pymem runs at import (the enum-source-* files, in its order), so a
// class statement runs EnumType.__prepare__, the body's names go through _EnumDict.__setitem__, EnumType.__new__
// and type.__new__ make each member through _proto_member.__set_name__, and every dict, list, set, generator and
// bound method they make, with its reference counts and allocations, is CPython's. python3 imports enum at
// startup (site does), so the import itself allocates nothing in either. What CPython does with a warning (a
// DeprecationWarning pymem cannot print) stops with pymem's message instead, through _unsupported.
import type { NativeImpl, PyModule } from "../heap/callables";
import { lookupAttr } from "../vm/attributes";
import type { PyObject } from "../heap/object";
import { runLibraryModule } from "../vm/library-source";
import type { VM } from "../vm/vm";
import { nativeFunction } from "./types";
import { ENUM_HELPERS_SOURCE } from "./enum-source-helpers";
import { ENUM_NAMESPACE_SOURCE } from "./enum-source-namespace";
import { ENUM_TYPE_SOURCE } from "./enum-source-type";
import { ENUM_MIXINS_SOURCE } from "./enum-source-mixins";
import { ENUM_CLASSES_SOURCE } from "./enum-source-classes";
import { ENUM_FLAG_SOURCE } from "./enum-source-flag";

const SOURCE = ENUM_HELPERS_SOURCE + ENUM_NAMESPACE_SOURCE + ENUM_TYPE_SOURCE + ENUM_MIXINS_SOURCE + ENUM_CLASSES_SOURCE + ENUM_FLAG_SOURCE;

const NATIVES: Record<string, NativeImpl> = {
	_unsupported: (vm, [what]) => vm.raise("TypeError", `pymem does not support ${what ? vm.strValue(what) : "this"} yet`),
	// getattr(owner, name) for EnumType.__new__'s check of which __format__ or __reduce_ex__ a new class would
	// inherit: pymem's object has neither, so where CPython finds object's, this gives None (never the found one,
	// as in CPython, where Enum's own always comes first). The lookup makes nothing, there or here.
	_method_if_modelled: (vm, [owner, name]) => lookupAttr(vm, owner!, vm.strValue(name!)) ?? vm.None,
	// sys._getframe(2).f_globals['__name__'] in _create_: the frame of whoever called the enum class (past
	// _create_ and EnumType.__call__) gets its frame object, which that frame keeps while it runs.
	_caller_module_name: (vm) => {
		const caller = vm.frames[vm.frames.length - 3];
		if (!caller) return vm.incref(vm.None);
		vm.frameObjectOf(caller);
		return vm.incref(vm.dictGetStr(caller.globals, "__name__") ?? vm.None);
	},
};

let natives: [string, PyObject][] | null = null;

export function installEnum(vm: VM, module: PyModule): void {
	natives ??= Object.entries(NATIVES).map(([name, impl]) => [name, nativeFunction(name, impl)]);
	for (const [name, fn] of natives) vm.dictSetStr(module.dict, name, fn);
	runLibraryModule(vm, SOURCE, module.dict);
}
