// sys: reference counts, sizes, the recursion limit.
import type { NativeImpl } from "../heap/callables";
import { preHeaderSize, sizeOf } from "../heap/sizes";
import { PyExceptionObject } from "../heap/instances";
import { PyFunction } from "../heap/callables";
import { PyRaise } from "../vm/errors";
import { PyStr } from "../heap/values";
import { hasInstanceAttributes } from "../heap/subclass-instances";
import type { PyModule } from "../heap/callables";
import type { VM } from "../vm/vm";
import { STDERR, STDOUT } from "./text-streams";
import { setModuleConstant } from "./module-constants";
import { PyList } from "../heap/containers";
import { unshareStartupObject } from "../heap/unshare";

/**
 * sys's data: sys.stdout and sys.stderr (and the __stdout__/__stderr__ copies that keep the originals), and
 * the constants of the 64-bit little-endian Linux build python3 is here.
 */
export function installSysData(vm: VM, module: PyModule): void {
	for (const [name, stream] of [["stdout", STDOUT], ["stderr", STDERR], ["__stdout__", STDOUT], ["__stderr__", STDERR]] as const) {
		vm.dictSetStr(module.dict, name, stream);
	}
	// python3 FILE: argv is the script's path, as it was given, and nothing more. CPython made the list at
	// startup: it is no allocation of the program's and sits in the oldest generation.
	const argv = vm.heap.registerShared(new PyList([vm.str(vm.source.filename)]));
	vm.dictSetStr(module.dict, "argv", argv);
	unshareStartupObject(vm.heap, argv, 1);
	setModuleConstant(vm, module, "maxsize", vm.int(2n ** 63n - 1n));
	setModuleConstant(vm, module, "byteorder", vm.str("little"));
	setModuleConstant(vm, module, "platform", vm.str("linux"));
}

/** sys.exit(code=None), and the exit()/quit() builtins site installs: raise SystemExit(code). */
export const exitProgram: NativeImpl = (vm, args) => {
	if (args.length > 1) vm.raise("TypeError", `exit expected at most 1 argument, got ${args.length}`);
	throw new PyRaise(vm.newException(vm.exceptionClass("SystemExit"), args.map((a) => vm.incref(a))));
};

export const SYS_FUNCTIONS: Record<string, NativeImpl> = {
	exit: exitProgram,
	getrefcount: (vm, args) => {
		if (args.length !== 1) vm.raise("TypeError", `sys.getrefcount() takes exactly one argument (${args.length} given)`);
		// The argument is borrowed from the caller's stack, so the count already includes it, as in CPython.
		return vm.int(args[0]!.refcnt);
	},
	getsizeof: (vm, args) => {
		const o = args[0]!;
		if (hasInstanceAttributes(o) && o.cls.lookup("__sizeof__") instanceof PyFunction) {
			const r = vm.callMethod(o, "__sizeof__", []);
			vm.decref(r);
			return vm.int(vm.intValue(r) + preHeaderSize(o));
		}
		return vm.int(sizeOf(o));
	},
	getrecursionlimit: (vm) => vm.int(vm.recursionLimit),
	setrecursionlimit: (vm, args) => {
		const n = vm.intValue(args[0]!);
		if (n < 1) vm.raise("ValueError", "recursion limit must be greater or equal than 1");
		vm.recursionLimit = n;
		return vm.incref(vm.None);
	},
	exc_info: (vm) => {
		const e = vm.topmostHandledException();
		if (!e) return vm.tuple([vm.None, vm.None, vm.None]);
		return vm.tuple([vm.incref(e.cls), vm.incref(e), vm.incref((e instanceof PyExceptionObject ? e.traceback : null) ?? vm.None)]);
	},
	// An equal string already interned (a constant or a name) is the answer. pymem does not intern strings
	// made at run time, so two of those stay distinct objects (documented).
	intern: (vm, args) => {
		const s = args[0];
		if (!(s instanceof PyStr)) return vm.raise("TypeError", `intern() argument must be str, not ${s?.typeName ?? "nothing"}`);
		return vm.incref(vm.internedOrNull(s.value) ?? s);
	},
};
