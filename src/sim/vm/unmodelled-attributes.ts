// An attribute pymem does not have but CPython 3.11 does (`(5).to_bytes`, `sys.implementation`, `C.__basicsize__`)
// must not look like CPython's AttributeError: the program would go on (an `except AttributeError`, a
// `hasattr` test) where python3 never takes that path. Such a lookup stops with "pymem does not support X yet".
import type { PyObject } from "../heap/object";
import { PyClass } from "../heap/classes";
import { PyModule } from "../heap/callables";
import { CPYTHON_MODULE_NAMES, CPYTHON_TYPE_NAMES } from "./cpython-attribute-names";
import type { VM } from "./vm";

const typeNameSets = new Map<string, ReadonlySet<string>>();
const moduleNameSets = new Map<string, ReadonlySet<string>>();

/** Every name dir() lists for the builtin type called typeName in CPython (its bases' too); null if unknown. */
export function cpythonTypeNames(typeName: string): ReadonlySet<string> | null {
	const known = typeNameSets.get(typeName);
	if (known) return known;
	const entry = CPYTHON_TYPE_NAMES[typeName];
	if (!entry) return null;
	const names = new Set(entry[1].split(" ").filter((n) => n !== ""));
	const inherited = entry[0] ? cpythonTypeNames(entry[0]) : null;
	if (inherited) for (const n of inherited) names.add(n);
	typeNameSets.set(typeName, names);
	return names;
}

function cpythonModuleNames(moduleName: string): ReadonlySet<string> | null {
	let names = moduleNameSets.get(moduleName);
	if (!names) {
		const listed = CPYTHON_MODULE_NAMES[moduleName];
		if (listed === undefined) return null;
		names = new Set(listed.split(" "));
		moduleNameSets.set(moduleName, names);
	}
	return names;
}

/** The builtin class among cls's MRO whose CPython counterpart has `name`, if any. */
function cpythonOwner(cls: PyClass, name: string): PyClass | undefined {
	return cls.mro.find((c) => c.builtin && cpythonTypeNames(c.name)?.has(name));
}

/**
 * Called where pymem found no attribute `name` on obj: raises "pymem does not support int.to_bytes yet" when
 * CPython's type (or module) has it, else returns so the caller raises its AttributeError.
 */
export function refuseUnmodelledAttribute(vm: VM, obj: PyObject, name: string): void {
	if (obj instanceof PyModule) {
		if (cpythonModuleNames(obj.name)?.has(name) && !obj.deletedNames?.has(name)) vm.raise("TypeError", `pymem does not support ${obj.name}.${name} yet`);
		return;
	}
	// type's __abstractmethods__ and __annotations__ getsets are modelled: a builtin type has neither.
	if (obj instanceof PyClass && (name === "__abstractmethods__" || name === "__annotations__")) return;
	// A class's attributes come from its MRO, then from its metatype (type's __basicsize__, mro...).
	const owner = obj instanceof PyClass ? (cpythonOwner(obj, name) ?? cpythonOwner(obj.cls, name)) : cpythonOwner(obj.cls, name);
	if (owner) vm.raise("TypeError", `pymem does not support ${owner.name}.${name} yet`);
}
