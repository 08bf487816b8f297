// builtins.__import__: the function form of the import statement, over the same modules.
import type { NativeImpl } from "../heap/callables";
import { PyDict } from "../heap/containers";
import { PyStr } from "../heap/values";
import { indexValue } from "../vm/protocol";

/** builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0), its arguments already placed. */
export const builtinImport: NativeImpl = (vm, args) => {
	const [name, globals, , fromlist, levelArg] = args;
	if (!(name instanceof PyStr)) return vm.raise("TypeError", "module name must be a string");
	let level = 0;
	if (levelArg) {
		const value = indexValue(vm, levelArg);
		if (value === null) return vm.raise("TypeError", `'${levelArg.typeName}' object cannot be interpreted as an integer`);
		if (value > 0x7fffffffn || value < -0x80000000n) return vm.raise("OverflowError", "Python int too large to convert to C int");
		level = Number(value);
	}
	// With a level, resolve_name reads the globals it was given before it finds no package.
	if (level > 0) {
		if (!(globals instanceof PyDict)) return vm.raise("TypeError", "globals must be a dict");
		if (!vm.dictGetStr(globals, "__name__")) return vm.raise("KeyError", "'__name__' not in globals");
	}
	return vm.importModule(vm.strValue(name), level, fromlist ?? null);
};
