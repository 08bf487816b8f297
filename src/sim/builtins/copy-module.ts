// copy: copy.copy, copy.deepcopy and copy.Error, following Lib/copy.py of 3.11 step by step so that what
// the program can see afterwards (identities, reference counts, generation 0's count, __del__ order) is
// CPython's. The deep part lives in copy-deep.ts, the pickle protocol in copy-reduce.ts and copy-reconstruct.ts.
import { PyArray } from "../heap/array";
import type { PyObject } from "../heap/object";
import { PyDict } from "../heap/containers";
import { PyClass, T, iteratorTypes } from "../heap/classes";
import { takesItsArguments, type NativeImpl, type PyModule } from "../heap/callables";
import { lookupAttr } from "../vm/attributes";
import { deepcopyValue, viaReduce } from "./copy-deep";
import { CopyFrame } from "./copy-frame";
import { exceptionClasses, globalShared } from "./types";
import type { VM } from "../vm/vm";

/** copy.py's _copy_immutable types: copy.copy returns the object itself. */
const IMMUTABLE = new Set([
	"NoneType", "int", "float", "complex", "bool", "str", "bytes", "tuple", "frozenset", "type", "range", "slice", "property",
	"builtin_function_or_method", "method_descriptor", "wrapper_descriptor", "ellipsis", "NotImplementedType", "function", "code",
]);

/** list, dict, set and bytearray are copied by their own copy() method (copy.py's _copy_dispatch). */
const COPIED_BY_METHOD = new Set(["list", "dict", "set", "bytearray"]);

/** copy(x)'s body, in a frame whose first local is x (the caller's reference, released as the frame is cleared). */
function copyShallow(vm: VM, frame: CopyFrame, x: PyObject): PyObject {
	const cls = x.cls;
	const builtinType = cls.builtin && cls.module === "builtins";
	if (builtinType && COPIED_BY_METHOD.has(cls.name)) return vm.callMethod(x, "copy", []);
	// getattr(cls, "__copy__") finds the C types' method descriptor, called with x.
	if (cls === T.deque || cls === T.defaultdict || x instanceof PyArray || cls === iteratorTypes.get("_tee")) return vm.callMethod(x, "__copy__", []);
	if ((builtinType && IMMUTABLE.has(cls.name)) || cls === T.weakref || x instanceof PyClass) return vm.incref(x);
	if (!cls.shared) frame.hold("cls", cls);
	// getattr(cls, "__copy__", None): a function found on the class is called with x.
	const copier = cls.builtin ? undefined : lookupAttr(vm, cls, "__copy__");
	if (copier) return vm.callObject(frame.own("copier", copier), [x]);
	return viaReduce(vm, x, null, frame);
}

/** deepcopy(x, memo)'s body, in a frame holding the caller's x (and memo, if given) as its first locals. */
function deepcopy(vm: VM, frame: CopyFrame, x: PyObject, memoArg: PyObject | undefined): PyObject {
	if (memoArg && memoArg !== vm.None) {
		if (!(memoArg instanceof PyDict) || memoArg.cls !== T.dict) return vm.raise("TypeError", `pymem's copy.deepcopy needs a dict as memo, not '${memoArg.typeName}'`);
		return deepcopyValue(vm, x, memoArg, frame);
	}
	// `memo = {}`, the frame's own: freed with its locals, it releases the originals it kept alive, and any the
	// program no longer holds die then.
	return deepcopyValue(vm, x, frame.own("memo", vm.dict()), frame);
}


function tooManyArguments(vm: VM, name: string, max: number, given: number): never {
	return vm.raise("TypeError", `${name}() takes from 1 to ${max} positional arguments but ${given} were given`);
}

export const COPY_FUNCTIONS: Record<string, NativeImpl> = {
	copy: takesItsArguments((vm, args, kw) => {
		const frame = CopyFrame.entered(vm, "copy", ["x"], args, kw, () => {
			const unexpected = [...(kw?.keys() ?? [])].find((k) => k !== "x");
			if (unexpected) vm.raise("TypeError", `copy() got an unexpected keyword argument '${unexpected}'`);
			if (args.length && kw?.has("x")) vm.raise("TypeError", "copy() got multiple values for argument 'x'");
			if (args.length > 1) vm.raise("TypeError", `copy() takes 1 positional argument but ${args.length} were given`);
			if (!args.length && !kw?.has("x")) vm.raise("TypeError", "copy() missing 1 required positional argument: 'x'");
		});
		return frame.run(() => copyShallow(vm, frame, args[0] ?? kw!.get("x")!));
	}),
	deepcopy: takesItsArguments((vm, args, kw) => {
		const frame = CopyFrame.entered(vm, "deepcopy", ["x", "memo", "_nil"], args, kw, () => {
			const unexpected = [...(kw?.keys() ?? [])].find((k) => k !== "memo" && k !== "x");
			if (unexpected) vm.raise("TypeError", `deepcopy() got an unexpected keyword argument '${unexpected}'`);
			if (args.length > 3) tooManyArguments(vm, "deepcopy", 3, args.length);
			const twice = ["x", "memo"].find((name, i) => args.length > i && kw?.has(name));
			if (twice) vm.raise("TypeError", `deepcopy() got multiple values for argument '${twice}'`);
			if (!args[0] && !kw?.has("x")) vm.raise("TypeError", "deepcopy() missing 1 required positional argument: 'x'");
		}, true);
		return frame.run(() => deepcopy(vm, frame, args[0] ?? kw!.get("x")!, args[1] ?? kw?.get("memo")));
	}),
};

let copyError: PyClass | null = null;

/** copy.Error (also copy.error): an Exception subclass of the copy module. */
function errorClass(): PyClass {
	if (copyError) return copyError;
	const base = exceptionClasses.get("Exception")!;
	copyError = globalShared(new PyClass("Error", [base], true, "Error", "copy"));
	copyError.mro = [copyError, ...base.mro];
	copyError.base = base;
	return copyError;
}

export function installCopyError(vm: VM, module: PyModule): void {
	vm.dictSetStr(module.dict, "Error", errorClass());
	vm.dictSetStr(module.dict, "error", errorClass());
}
