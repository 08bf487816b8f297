// mro_internal's mro_invoke: the __mro__ tuple of a class whose metatype is not type itself, made through the
// metatype's mro() method (type.mro's list, or a metaclass's own mro() checked by mro_check).
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyTuple } from "../heap/containers";
import { PyFunction } from "../heap/callables";
import { classPart } from "./class-parts";
import { solidBase } from "./class-layout";
import { sequenceTuple } from "./sequence-tuple";
import { callSpecialMethod } from "./dunder-calls";
import type { VM } from "./vm";

/**
 * mro_invoke for a metatype other than type: its mro() method (type.mro) returns mro_implementation's tuple
 * as a new list, which PySequence_Tuple makes the __mro__ tuple; the first tuple and the list are freed.
 * A metaclass's own mro() is called instead, and what it returns, as a tuple, is the MRO once mro_check
 * accepts it.
 */
export function customMro(vm: VM, cls: PyClass): void {
	const method = cls.cls.lookup("mro");
	if (method !== undefined && method !== T.type.dict.get("mro")) return metaclassMro(vm, cls, method);
	const first = vm.tuple(cls.mro.map((c) => vm.incref(c)));
	const asList = vm.list(cls.mro.map((c) => vm.incref(c)));
	vm.decref(first);
	cls.mroTuple = classPart(vm, cls, new PyTuple(cls.mro.map((c) => vm.incref(c))), true);
	vm.decref(asList);
}

const MRO_RESULT = "what the metaclass's mro() returned";
const MRO_METHOD_BOUND = "the metaclass's mro() bound for the call";

/** mro_invoke calling a metaclass's own mro() (lookup_method, call_unbound_noarg), then mro_check. */
function metaclassMro(vm: VM, cls: PyClass, method: PyObject): void {
	const result = method instanceof PyFunction ? vm.callObject(method, [cls]) : callSpecialMethod(vm, cls, method, [], MRO_METHOD_BOUND, "mro");
	const tuple = vm.heap.whileOwned(result, MRO_RESULT, () => sequenceTuple(vm, result));
	try {
		const solid = solidBase(cls);
		for (const item of tuple.items) {
			if (!(item instanceof PyClass)) vm.raise("TypeError", `mro() returned a non-class ('${item.typeName}')`);
			if (!solid.isSubclassOf(solidBase(item))) vm.raise("TypeError", `mro() returned base with unsuitable layout ('${item.name}')`);
		}
	} catch (e) {
		vm.decref(tuple);
		throw e;
	}
	// Unlike the tuple type_new makes itself, this one came from the program's mro(), so the diagram shows it.
	cls.mroTuple = tuple;
	cls.mro = [...tuple.items] as PyClass[];
}
