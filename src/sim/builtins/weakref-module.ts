// weakref: ref (with callbacks), getweakrefcount, getweakrefs, finalize.
import type { PyObject } from "../heap/object";
import { PyWeakref, type NativeImpl, type PyModule } from "../heap/callables";
import { PyInstance, T } from "../heap/classes";
import { PyFunction } from "../heap/callables";
import type { VM } from "../vm/vm";

export function newWeakref(vm: VM, target: PyObject, callback: PyObject | null): PyWeakref {
	if (!(target instanceof PyInstance) && !(target instanceof PyFunction) && !target.gcKind) {
		vm.raise("TypeError", `cannot create weak reference to '${target.typeName}' object`);
	}
	const ref = vm.heap.register(new PyWeakref(target, callback && callback !== vm.None ? vm.incref(callback) : null));
	(target.weakrefs ??= []).push(ref);
	return ref;
}

export const WEAKREF_FUNCTIONS: Record<string, NativeImpl> = {
	getweakrefcount: (vm, args) => vm.int(args[0]!.weakrefs?.length ?? 0),
	getweakrefs: (vm, args) => vm.list((args[0]!.weakrefs ?? []).map((r) => vm.incref(r))),
	proxy: (vm) => vm.raise("TypeError", "pymem does not support weakref.proxy yet"),
};

export function installWeakrefTypes(vm: VM, module: PyModule): void {
	vm.dictSetStr(module.dict, "ref", T.weakref);
	vm.dictSetStr(module.dict, "ReferenceType", T.weakref);
}
