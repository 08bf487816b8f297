// dataclasses: Lib/dataclasses.py's behaviour from Python source pymem runs at import (the dataclasses-source-*
// files), so Field objects, defaults and the generated methods hold what CPython's hold. The natives below stand
// in for what that module takes from exec, sys.modules, inspect and _thread.
import { PyModule, type NativeImpl } from "../heap/callables";
import type { PyObject } from "../heap/object";
import { PyClass } from "../heap/classes";
import { PyDict } from "../heap/containers";
import { PyStr } from "../heap/values";
import { compileSource, execCode, runLibraryModule } from "../vm/library-source";
import type { VM } from "../vm/vm";
import { signatureText } from "./dataclasses-signature";
import { nativeFunction } from "./types";
import { DATACLASSES_TYPES_SOURCE } from "./dataclasses-source-types";
import { DATACLASSES_PROCESS_SOURCE } from "./dataclasses-source-process";
import { DATACLASSES_API_SOURCE } from "./dataclasses-source-api";

const SOURCE = DATACLASSES_TYPES_SOURCE + DATACLASSES_PROCESS_SOURCE + DATACLASSES_API_SOURCE;
/** The value `_thread.get_ident()` gives the key of a repr in progress: any constant thread id does. */
const THREAD_IDENT = 140_000_000_000_000n;
/** _MODULE_IDENTIFIER_RE: an optional `module.` then a name, at the start of a string annotation. */
const MODULE_IDENTIFIER = /^(?:\s*([\p{L}\p{N}\p{Mn}\p{Mc}_]+)\s*\.)?\s*([\p{L}\p{N}\p{Mn}\p{Mc}_]+)/u;

function classArgument(vm: VM, o: PyObject | undefined): PyClass {
	if (!(o instanceof PyClass)) return vm.raise("TypeError", "dataclasses expects a class here");
	return o;
}

function natives(module: PyModule): Record<string, NativeImpl> {
	// types' module dict, which make_dataclass's classes name as their module (types.new_class made them).
	let typesGlobals: PyDict | null = null;
	return {
		// exec(text, globals, ns) of the text a generated method is made from: its code says "<string>".
		_exec: (vm, [text, globals, ns]) => {
			if (!(text instanceof PyStr) || !(globals instanceof PyDict) || !(ns instanceof PyDict)) return vm.raise("TypeError", "_exec expects a str and two dicts");
			execCode(vm, compileSource(vm, text.value, "<string>", false), globals, ns);
			return vm.None;
		},
		// sys.modules[name].__dict__, for the modules a program can have: its own and this one.
		_module_globals: (vm, [name]) => {
			const value = name instanceof PyStr ? name.value : "";
			if (value === "__main__") return vm.incref(vm.mainGlobals);
			if (value === "dataclasses") return vm.incref(module.dict);
			const imported = vm.modules.get(value);
			if (value === "typing" && imported instanceof PyModule) return vm.incref(imported.dict);
			if (value === "types") {
				if (!typesGlobals) {
					typesGlobals = vm.heap.registerShared(vm.newDictUnregistered());
					vm.dictSetStr(typesGlobals, "__name__", vm.intern("types"));
				}
				return typesGlobals;
			}
			return vm.None;
		},
		_signature_text: (vm, [cls]) => vm.str(signatureText(vm, classArgument(vm, cls))),
		_get_ident: (vm) => vm.int(THREAD_IDENT),
		// sys.modules.get('typing'): dataclasses looks for ClassVar annotations only once a program imported typing.
		_typing_if_imported: (vm) => vm.incref(vm.modules.get("typing") ?? vm.None),
		_annotation_parts: (vm, [text]) => {
			const match = text instanceof PyStr ? MODULE_IDENTIFIER.exec(text.value) : null;
			if (!match) return vm.None;
			return vm.tuple([match[1] === undefined ? vm.None : vm.str(match[1]), vm.str(match[2]!)]);
		},
		// cls.__dict__.get(name, default), cls.__dict__.items() and `name in cls.__dict__` without copying the dict.
		_own: (vm, [cls, name, fallback]) => vm.incref(classArgument(vm, cls).dict.get(vm.strValue(name!)) ?? fallback!),
		_own_items: (vm, [cls]) => vm.list([...classArgument(vm, cls).dict].map(([k, v]) => vm.tuple([vm.intern(k), vm.incref(v)]))),
		_has_own: (vm, [cls, name]) => vm.bool(classArgument(vm, cls).dict.has(vm.strValue(name!))),
		// `cls.__hash__ is None`: pymem's builtin types do not carry the None CPython puts in list's, dict's... dicts.
		_hash_is_none: (vm, [cls]) => vm.bool(hashIsNone(vm, classArgument(vm, cls))),
	};
}

/** The builtin types whose tp_dict holds `__hash__ = None`. */
const UNHASHABLE_BUILTINS = ["list", "dict", "set", "bytearray", "slice", "deque", "OrderedDict", "Counter"];

function hashIsNone(vm: VM, cls: PyClass): boolean {
	for (const c of cls.mro) {
		const own = c.dict.get("__hash__");
		if (own !== undefined) return own === vm.None;
		if (c.builtin && UNHASHABLE_BUILTINS.includes(c.name)) return true;
	}
	return false;
}

export function installDataclasses(vm: VM, module: PyModule): void {
	for (const [name, impl] of Object.entries(natives(module))) vm.dictSetStr(module.dict, name, nativeFunction(name, impl));
	vm.dictSetStr(module.dict, "_this_module", module);
	runLibraryModule(vm, SOURCE, module.dict);
}
