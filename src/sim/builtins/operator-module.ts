// operator: the function forms of the operators (operator-functions.ts) and the itemgetter, attrgetter and
// methodcaller types (operator-getters.ts). CPython's operator.py re-exports _operator's C functions, so
// `operator.add` is a builtin function whose module is _operator, and `__add__` is the same object as `add`.
import { defineCallSlot } from "./slot-wrappers";
import type { NativeImpl, PyModule } from "../heap/callables";
import type { PyClass } from "../heap/classes";
import type { VM } from "../vm/vm";
import { defineMethods, moduleType, notSupportedYet } from "./types";
import { moduleTypeConstructors } from "./module-type-constructors";
import { OPERATOR_DUNDER_ALIASES, OPERATOR_FUNCTIONS } from "./operator-functions";
import { newAttrGetterType, newItemGetterType, newMethodCallerType } from "./operator-getters";

let types: Record<"itemgetter" | "attrgetter" | "methodcaller", PyClass> | null = null;

/** The three types, made once per process. */
function operatorTypes(): Record<"itemgetter" | "attrgetter" | "methodcaller", PyClass> {
	if (types) return types;
	const itemgetter = moduleType("itemgetter", "operator");
	const attrgetter = moduleType("attrgetter", "operator");
	const methodcaller = moduleType("methodcaller", "operator");
	moduleTypeConstructors.set(itemgetter, newItemGetterType(itemgetter));
	moduleTypeConstructors.set(attrgetter, newAttrGetterType(attrgetter));
	moduleTypeConstructors.set(methodcaller, newMethodCallerType(methodcaller));
	for (const cls of [itemgetter, attrgetter, methodcaller]) defineCallSlot(cls);
	for (const cls of [itemgetter, attrgetter, methodcaller]) defineMethods(cls, notSupportedYet(["__reduce__"], (method) => `operator.${cls.name}.${method}()`));
	types = { itemgetter, attrgetter, methodcaller };
	return types;
}

export const OPERATOR_MODULE_FUNCTIONS: Record<string, NativeImpl> = OPERATOR_FUNCTIONS;

export function installOperatorNames(vm: VM, module: PyModule): void {
	for (const [name, cls] of Object.entries(operatorTypes())) vm.dictSetStr(module.dict, name, cls);
	for (const [alias, name] of Object.entries(OPERATOR_DUNDER_ALIASES)) vm.dictSetStr(module.dict, alias, vm.dictGetStr(module.dict, name)!);
}
