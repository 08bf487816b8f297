// Reading what the interpreter itself takes from sys (sys.stderr, sys.excepthook...). pymem makes the sys module
// at the program's first `import sys`; before that, nothing can have replaced CPython's start-up values.
import { PyModule } from "../heap/callables";
import type { PyObject } from "../heap/object";
import type { VM } from "../vm/vm";

/** sys.<name> as the program left it: null once it deleted it, undefined while sys is not made (the default holds). */
export function sysAttribute(vm: VM, name: string): PyObject | null | undefined {
	const sys = vm.modules.get("sys");
	if (!(sys instanceof PyModule)) return undefined;
	return vm.dictGetStr(sys.dict, name) ?? null;
}
