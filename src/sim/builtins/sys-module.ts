// sys: reference counts, sizes, the recursion limit, the exception hooks.
import { PyStructSequence } from "../heap/struct-sequence";
import { T, type PyClass } from "../heap/classes";
import { moduleType } from "./types";
import { PyCode } from "../compile/code";
import type { NativeImpl } from "../heap/callables";
import { preHeaderSize, sizeOf } from "../heap/sizes";
import { PyExceptionObject } from "../heap/instances";
import { PyRaise } from "../vm/errors";
import { PyInt, PyStr } from "../heap/values";
import type { PyObject } from "../heap/object";
import { raisedMatches, clearRaised } from "../vm/protocol";
import { isExactTuple, userSlot } from "../heap/subclass-instances";
import { isScalarInstance } from "../heap/scalar-instances";
import type { PyModule } from "../heap/callables";
import { fitsSsize } from "../vm/ssize";
import type { VM } from "../vm/vm";
import { STDERR, STDOUT } from "./text-streams";
import { STDIN } from "./standard-input";
import { setModuleConstant } from "./module-constants";
import { PyList } from "../heap/containers";
import { unshareStartupObject } from "../heap/unshare";
import { withPackedArguments, type PackedLabels } from "../vm/instantiate";
import { callSpecialMethod } from "../vm/dunder-calls";
import { unexpectedKeyword, requireOneArgument, requireNoArguments, checkFastcall, cIntArgument, passedTypeName } from "./arity";
import { newNamespace } from "./simple-namespace";
import { calledWithTuple } from "../heap/callables";
import { displayException } from "../vm/uncaught-report";
import { defaultUnraisableHook } from "../vm/unraisable-report";
import { takeLastException } from "../vm/sys-last-exception";
import { clinicArguments, type Parameters } from "./itertools-support";
import { INT_MAX_STR_DIGITS, INT_STR_DIGITS_CHECK_THRESHOLD } from "../runtime/numberParse";

/**
 * sys's data: sys.stdin, sys.stdout and sys.stderr (and the __stdin__, __stdout__ and __stderr__ copies that keep the originals), and
 * the constants of the 64-bit little-endian Linux build python3 is here.
 */
export function installSysData(vm: VM, module: PyModule): void {
	for (const [name, stream] of [["stdin", STDIN], ["stdout", STDOUT], ["stderr", STDERR], ["__stdin__", STDIN], ["__stdout__", STDOUT], ["__stderr__", STDERR]] as const) {
		vm.dictSetStr(module.dict, name, stream);
	}
	// An uncaught exception the interpreter kept before the program first imported sys (in a finalizer at exit).
	takeLastException(vm, (name, value) => vm.dictSetStr(module.dict, name, value));
	// sys.__excepthook__ keeps the default hook a program may replace.
	vm.dictSetStr(module.dict, "__excepthook__", vm.dictGetStr(module.dict, "excepthook")!);
	vm.dictSetStr(module.dict, "__unraisablehook__", vm.dictGetStr(module.dict, "unraisablehook")!);
	// CPython made these at startup: no allocation of the program's, so the trace shows none of them until the
	// program touches one.
	vm.heap.asStartup(() => {
		// python3 FILE: argv is the script's path, as it was given, and nothing more. It sits in the oldest generation.
		const argv = vm.heap.registerShared(new PyList([vm.str(vm.source.filename)]));
		vm.dictSetStr(module.dict, "argv", argv);
		unshareStartupObject(vm.heap, argv, 1, vm.collector);
		setModuleConstant(vm, module, "maxsize", vm.int(2n ** 63n - 1n));
		setModuleConstant(vm, module, "byteorder", vm.str("little"));
		setModuleConstant(vm, module, "platform", vm.str("linux"));
		installVersion(vm, module);
		installImplementation(vm, module);
		installFloatInfo(vm, module);
		installIntInfo(vm, module);
	});
	// The trace still learns what the module's attributes hold, so each count can be explained once shown.
	vm.heap.observer?.contentChanged(module.dict);
}

const VERSION_FIELDS = ["major", "minor", "micro", "releaselevel", "serial"] as const;
let versionInfoType: PyClass | null = null;

/**
 * sys.version_info (a struct sequence of python3 here: 3.11.7 final), sys.hexversion and sys.api_version as
 * python3 has them. sys.version's build date and compiler differ from one build of 3.11.7 to another: pymem
 * names itself there instead.
 */
function installVersion(vm: VM, module: PyModule): void {
	versionInfoType ??= moduleType("version_info", "sys", T.tuple);
	const items = [vm.int(3), vm.int(11), vm.int(7), vm.intern("final"), vm.int(0)];
	vm.dictSetStr(module.dict, "version_info", vm.heap.registerShared(new PyStructSequence(versionInfoType, VERSION_FIELDS, items)));
	setModuleConstant(vm, module, "hexversion", vm.int(0x030b07f0));
	setModuleConstant(vm, module, "api_version", vm.int(1013));
	setModuleConstant(vm, module, "version", vm.str("3.11.7 (main) [pymem]"));
}

const FLOAT_INFO_FIELDS = ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"] as const;
let floatInfoType: PyClass | null = null;

/** sys.float_info (PyFloat_GetInfo): the C double's limits, a struct sequence made at startup. */
function installFloatInfo(vm: VM, module: PyModule): void {
	floatInfoType ??= moduleType("float_info", "sys", T.tuple);
	// Its items are startup's objects too: shared, as the struct sequence is.
	const items = vm.heap.asModuleImport(() => {
		const ints = [1024, 308].map((n) => vm.int(n));
		const lows = [-1021, -307, 15, 53].map((n) => vm.int(n));
		return [vm.float(Number.MAX_VALUE), ...ints, vm.float(2.2250738585072014e-308), ...lows, vm.float(Number.EPSILON), vm.int(2), vm.int(1)];
	});
	vm.dictSetStr(module.dict, "float_info", vm.heap.registerShared(new PyStructSequence(floatInfoType, FLOAT_INFO_FIELDS, items)));
}

const INT_INFO_FIELDS = ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"] as const;
let intInfoType: PyClass | null = null;

/** sys.int_info (PyLong_GetInfo): 30-bit digits of 4 bytes, and the limits of sys.set_int_max_str_digits. */
function installIntInfo(vm: VM, module: PyModule): void {
	intInfoType ??= moduleType("int_info", "sys", T.tuple);
	const items = vm.heap.asModuleImport(() => [30, 4, INT_MAX_STR_DIGITS, INT_STR_DIGITS_CHECK_THRESHOLD].map((n) => vm.int(n)));
	const info = vm.heap.registerShared(new PyStructSequence(intInfoType, INT_INFO_FIELDS, items));
	vm.dictSetStr(module.dict, "int_info", info);
	// python3's two references: sys's dict and the interpreter's copy of it. Its items are ints: untracked.
	unshareStartupObject(vm.heap, info, 2, null);
	vm.heap.permanentHolders.push([info, "copy of sys's dict kept for re-imports"]);
}

/**
 * sys.implementation as make_impl_info builds it: a SimpleNamespace of name, cache_tag, version (a version_info
 * of its own), hexversion and _multiarch, which python3 3.11.7 on x86-64 Linux has. Startup made it: its dict and
 * items are shared, the namespace itself has python3's two references (sys's dict and the interpreter's copy of it).
 */
function installImplementation(vm: VM, module: PyModule): void {
	const namespace = vm.heap.asModuleImport(() => {
		const info = vm.dict();
		vm.dictSetStr(info, "name", vm.str("cpython"));
		vm.dictSetStr(info, "cache_tag", vm.str("cpython-311"));
		const version = [vm.int(3), vm.int(11), vm.int(7), vm.intern("final"), vm.int(0)];
		vm.dictSetStr(info, "version", vm.heap.registerShared(new PyStructSequence(versionInfoType!, VERSION_FIELDS, version)));
		vm.dictSetStr(info, "hexversion", vm.int(0x030b07f0));
		vm.dictSetStr(info, "_multiarch", vm.str("x86_64-linux-gnu"));
		return newNamespace(vm, 0, info);
	});
	vm.dictSetStr(module.dict, "implementation", namespace);
	unshareStartupObject(vm.heap, namespace, 2, vm.collector);
	// _PyImport_FixupBuiltin keeps a copy of sys's dict as it was then (m_copy), for re-imports.
	vm.heap.permanentHolders.push([namespace, "copy of sys's dict kept for re-imports"]);
}

/**
 * sys.exit(status=None, /): PyErr_SetObject(SystemExit, status), which raises a SystemExit (or subclass) instance
 * as it is, calls the class with a tuple's items, and with nothing for None.
 */
const sysExit: NativeImpl = (vm, args, kw) => {
	checkFastcall(vm, "sys.exit", args, kw, 0, 1);
	const status = args[0] ?? vm.None;
	const systemExit = vm.exceptionClass("SystemExit");
	if (status instanceof PyExceptionObject && status.cls.isSubclassOf(systemExit)) throw new PyRaise(vm.incref(status));
	const classArguments = status === vm.None ? [] : isExactTuple(status) ? status.items : [status];
	throw new PyRaise(vm.newException(systemExit, classArguments.map((a) => vm.incref(a))));
};

/** The exit() and quit() site installs: _sitebuiltins.Quitter.__call__(self, code=None) raises SystemExit(code). */
export const quitter: NativeImpl = (vm, args, kw) => {
	// Python's own argument binding: unknown and repeated keywords first, then too many positional arguments.
	const name = "Quitter.__call__";
	for (const key of kw?.keys() ?? []) {
		if (key !== "code") vm.raise("TypeError", `${name}() got an unexpected keyword argument '${key}'`);
		if (args.length) vm.raise("TypeError", `${name}() got multiple values for argument 'code'`);
	}
	if (args.length > 1) vm.raise("TypeError", `${name}() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
	const code = args[0] ?? kw?.get("code") ?? vm.None;
	throw new PyRaise(vm.newException(vm.exceptionClass("SystemExit"), [vm.incref(code)]));
};

/** _PySys_GetSizeOf: a class's own __sizeof__ result (an int, not negative) plus the pre-header. */
const GETSIZEOF_CALL: PackedLabels = { args: "call arguments (sys.getsizeof)", kwargs: "keyword arguments (sys.getsizeof)" };
const SIZEOF_METHOD = "__sizeof__ bound for sys.getsizeof";
const GETSIZEOF_KEYWORDS = ["object", "default"];
const SET_INT_MAX_STR_DIGITS: Parameters = { names: ["maxdigits"], required: 1 };

/** sys_getsizeof_impl: a TypeError from __sizeof__ gives the default when there is one. */
function sizeOrDefault(vm: VM, o: PyObject, dflt: PyObject | undefined): PyObject {
	try {
		return vm.int(sizeWithPreHeader(vm, o));
	} catch (e) {
		if (!dflt || !raisedMatches(vm, e, "TypeError")) throw e;
		clearRaised(vm, e);
		return vm.incref(dflt);
	}
}

function sizeWithPreHeader(vm: VM, o: PyObject): number | bigint {
	const method = userSlot(o, "__sizeof__");
	let r: PyObject;
	// _PySys_GetSizeOf: _PyObject_LookupSpecial binds the method to the object (a descriptor through its
	// __get__), then calls it.
	if (method) r = callSpecialMethod(vm, o, method, [], SIZEOF_METHOD, "__sizeof__");
	else return sizeOf(o);
	vm.decref(r);
	if (!(r instanceof PyInt)) vm.raise("TypeError", "an integer is required");
	// PyLong_AsSsize_t, exact past 2**53; the pre-header is added as a size_t, unchecked.
	const size = BigInt(r.value);
	if (!fitsSsize(size)) vm.raise("OverflowError", "Python int too large to convert to C ssize_t");
	if (size < 0n) vm.raise("ValueError", "__sizeof__() should return >= 0");
	return size + BigInt(preHeaderSize(o));
}

/** sys_excepthook_impl: PyErr_Display(type, value, traceback), which prints the value with its own traceback. */
export const defaultExcepthook: NativeImpl = (vm, args, kw) => {
	if (kw && kw.size > 0) vm.raise("TypeError", "sys.excepthook() takes no keyword arguments");
	if (args.length !== 3) vm.raise("TypeError", `excepthook expected 3 arguments, got ${args.length}`);
	displayException(vm, args[1]!);
	return vm.incref(vm.None);
};

export const SYS_FUNCTIONS: Record<string, NativeImpl> = {
	exit: sysExit,
	excepthook: defaultExcepthook,
	unraisablehook: defaultUnraisableHook,
	getrefcount: (vm, args, kw) => {
		requireOneArgument(vm, "sys.getrefcount", args.length, kw);
		// The argument is borrowed from the caller's stack, so the count already includes it, as in CPython.
		return vm.int(args[0]!.refcnt);
	},
	// sys_getsizeof is METH_VARARGS | METH_KEYWORDS: its call packs the arguments in a new tuple (and dict).
	getsizeof: (vm, args, kw) => {
		// PyArg_ParseTupleAndKeywords(args, kwds, "O|O:getsizeof", {"object", "default"}).
		const given = args.length + (kw?.size ?? 0);
		if (given > 2) vm.raise("TypeError", `getsizeof() takes at most 2 arguments (${given} given)`);
		// vgetargskeywords reads every parameter before it looks for a keyword it does not know.
		const o = args[0] ?? kw?.get("object");
		if (!o) return vm.raise("TypeError", "getsizeof() missing required argument 'object' (pos 1)");
		const refused = unexpectedKeyword("getsizeof", GETSIZEOF_KEYWORDS, kw);
		if (refused !== null) vm.raise("TypeError", refused);
		// code_sizeof counts the instructions with their inline caches, which pymem's code objects do not have.
		if (o instanceof PyCode) vm.raise("TypeError", "pymem does not support sys.getsizeof of a code object yet");
		return withPackedArguments(vm, args, kw, () => sizeOrDefault(vm, o, args[1] ?? kw?.get("default")), GETSIZEOF_CALL);
	},
	// sys._getframe([depth]): the calling frame's frame object (made on first request), or one of its callers'.
	_getframe: (vm, args, kw) => {
		checkFastcall(vm, "sys._getframe", args, kw, 0, 1);
		const depth = args[0] ? cIntArgument(vm, args[0]) : 0;
		const frame = vm.frames[vm.frames.length - 1 - Math.max(0, depth)];
		if (!frame) return vm.raise("ValueError", "call stack is not deep enough");
		return vm.incref(vm.frameObjectOf(frame));
	},
	get_int_max_str_digits: (vm, args, kw) => {
		requireNoArguments(vm, "sys.get_int_max_str_digits", args.length, kw);
		return vm.int(vm.intMaxStrDigits);
	},
	set_int_max_str_digits: (vm, args, kw) => {
		const [maxdigits] = clinicArguments(vm, "set_int_max_str_digits", args, kw, SET_INT_MAX_STR_DIGITS);
		const limit = cIntArgument(vm, maxdigits!);
		if (limit !== 0 && limit < INT_STR_DIGITS_CHECK_THRESHOLD) vm.raise("ValueError", `maxdigits must be 0 or larger than ${INT_STR_DIGITS_CHECK_THRESHOLD}`);
		vm.intMaxStrDigits = limit;
		return vm.incref(vm.None);
	},
	// No trace or profile function is ever set (settrace and setprofile are not simulated).
	gettrace: (vm, args, kw) => {
		requireNoArguments(vm, "sys.gettrace", args.length, kw);
		return vm.incref(vm.None);
	},
	getprofile: (vm, args, kw) => {
		requireNoArguments(vm, "sys.getprofile", args.length, kw);
		return vm.incref(vm.None);
	},
	getrecursionlimit: (vm, args, kw) => {
		requireNoArguments(vm, "sys.getrecursionlimit", args.length, kw);
		return vm.int(vm.recursionLimit);
	},
	setrecursionlimit: (vm, args, kw) => {
		requireOneArgument(vm, "sys.setrecursionlimit", args.length, kw);
		const n = cIntArgument(vm, args[0]!);
		if (n < 1) vm.raise("ValueError", "recursion limit must be greater or equal than 1");
		// A limit the current depth already reaches is refused: the depth counts this call's own level (METH_O,
		// call-levels.ts) and those of the C calls it runs inside.
		const depth = vm.recursionDepth;
		if (depth >= n) vm.raise("RecursionError", `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
		vm.recursionLimit = n;
		return vm.incref(vm.None);
	},
	exc_info: (vm, args, kw) => {
		requireNoArguments(vm, "sys.exc_info", args.length, kw);
		const e = vm.topmostHandledException();
		if (!e) return vm.tuple([vm.None, vm.None, vm.None]);
		return vm.tuple([vm.incref(e.cls), vm.incref(e), vm.incref((e instanceof PyExceptionObject ? e.traceback : null) ?? vm.None)]);
	},
	exception: (vm, args, kw) => {
		requireNoArguments(vm, "sys.exception", args.length, kw);
		return vm.incref(vm.topmostHandledException() ?? vm.None);
	},
	// An equal string already interned (a constant, a name, or one sys.intern saw first) is the answer.
	intern: (vm, args, kw) => {
		requireOneArgument(vm, "sys.intern", args.length, kw);
		const s = args[0];
		if (!(s instanceof PyStr)) return vm.raise("TypeError", `intern() argument must be str, not ${passedTypeName(vm, s!)}`);
		if (isScalarInstance(s)) return vm.raise("TypeError", `can't intern ${s.typeName}`);
		return vm.incref(vm.internAtRunTime(s));
	},
};

// sys.getsizeof is METH_VARARGS | METH_KEYWORDS: a call with **kwargs hands it its own tuple and dict.
for (const name of ["getsizeof"]) calledWithTuple(SYS_FUNCTIONS[name]!);
