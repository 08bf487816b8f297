// __future__: the module a future statement imports at run time, whose names are _Feature records. pymem
// makes them shared values: a program prints them at most, and only their repr is CPython's.
import { PyObject, HeapKind, setHeapKind } from "../heap/object";
import { T, type PyClass } from "../heap/classes";
import type { PyModule } from "../heap/callables";
import type { VM } from "../vm/vm";
import { globalShared } from "./types";

/** Lib/__future__.py's (OptionalRelease, MandatoryRelease, compiler_flag) of each feature, as repr writes them. */
const FEATURES: Record<string, [string, string, number]> = {
	nested_scopes: ["(2, 1, 0, 'beta', 1)", "(2, 2, 0, 'alpha', 0)", 16],
	generators: ["(2, 2, 0, 'alpha', 1)", "(2, 3, 0, 'final', 0)", 0],
	division: ["(2, 2, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", 131072],
	absolute_import: ["(2, 5, 0, 'alpha', 1)", "(3, 0, 0, 'alpha', 0)", 262144],
	with_statement: ["(2, 5, 0, 'alpha', 1)", "(2, 6, 0, 'alpha', 0)", 524288],
	print_function: ["(2, 6, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", 1048576],
	unicode_literals: ["(2, 6, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", 2097152],
	barry_as_FLUFL: ["(3, 1, 0, 'alpha', 2)", "(4, 0, 0, 'alpha', 0)", 4194304],
	generator_stop: ["(3, 5, 0, 'beta', 1)", "(3, 7, 0, 'alpha', 0)", 8388608],
	annotations: ["(3, 7, 0, 'beta', 1)", "None", 16777216],
};

export class PyFutureFeature extends PyObject {
	constructor(readonly text: string) {
		super();
	}
	get cls(): PyClass {
		return T._Feature;
	}
	static {
		setHeapKind(this, HeapKind.Plain);
	}
}

let features: Map<string, PyFutureFeature> | null = null;

export function installFutureFeatures(vm: VM, module: PyModule): void {
	features ??= new Map(Object.entries(FEATURES).map(([name, [optional, mandatory, flag]]) => [name, globalShared(new PyFutureFeature(`_Feature(${optional}, ${mandatory}, ${flag})`))]));
	for (const [name, feature] of features) vm.dictSetStr(module.dict, name, feature);
}
