// The operands of a call with `*args` and `**kwargs` (CALL_FUNCTION_EX, and DICT_MERGE building its keywords),
// and DICT_UPDATE for `{**m}`: any iterable after `*`, any mapping (an object with keys()) after `**`, with
// the errors ceval.c words from the callable's name (_PyObject_FunctionStr).
import type { PyObject } from "../heap/object";
import { PyDict, PyTuple } from "../heap/containers";
import { PyClass } from "../heap/classes";
import { PyFunction, PyBoundMethod, PyBuiltinFunction } from "../heap/callables";
import { PyRaise } from "./errors";
import { raisedMatches, clearRaised } from "./protocol";
import { dictUpdate } from "./mutations";
import { str } from "./str-of";
import { functionCallName } from "./function-attrs";
import { sequenceTuple } from "./sequence-tuple";
import { whenNoIterSlot } from "./iteration";
import { mergeMapping } from "./mapping-merge";
import type { VM } from "./vm";

/** _PyObject_FunctionStr: `__main__.f()`, `print()`, `list.append()`, or str(x) for what has no __qualname__. */
export function functionStr(vm: VM, callable: PyObject): string {
	if (callable instanceof PyBoundMethod && callable.func) return functionStr(vm, callable.func);
	if (callable instanceof PyFunction) return functionCallName(vm, callable);
	if (callable instanceof PyClass) return callable.builtin ? `${callable.name}()` : `${callable.module}.${callable.qualname}()`;
	if (callable instanceof PyBuiltinFunction) return callable.owner ? `${callable.owner.name}.${callable.name}()` : `${callable.name}()`;
	return str(vm, callable);
}

/** CALL_FUNCTION_EX's positional arguments as a tuple (a new reference): check_args_iterable, then PySequence_Tuple. */
export function starredArguments(vm: VM, callable: PyObject, iterable: PyObject): PyObject {
	return sequenceTuple(vm, iterable, whenNoIterSlot((typeName) => `${functionStr(vm, callable)} argument after * must be an iterable, not ${typeName}`));
}

/** Whether `e` is a Python exception of class `cls` (PyErr_ExceptionMatches). */
export function isRaised(vm: VM, e: unknown, cls: string): e is PyRaise {
	return raisedMatches(vm, e, cls);
}

/** DICT_MERGE: `**source` into a call's keywords; a name given twice is an error (_PyDict_MergeEx, override 2). */
export function mergeKeywords(vm: VM, keywords: PyDict, source: PyObject, callable: PyObject): void {
	try {
		if (source instanceof PyDict) dictUpdate(vm, keywords, source, true);
		else mergeMapping(vm, keywords, source, "reject");
	} catch (e) {
		// format_kwargs_error: keys() missing, or a name given twice (the merge's KeyError holds it).
		if (isRaised(vm, e, "AttributeError")) replaceError(vm, e, `${functionStr(vm, callable)} argument after ** must be a mapping, not ${source.typeName}`);
		if (isRaised(vm, e, "KeyError")) {
			const key = e.exc.args instanceof PyTuple ? e.exc.args.items[0] : undefined;
			replaceError(vm, e, `${functionStr(vm, callable)} got multiple values for keyword argument '${key ? str(vm, key) : ""}'`);
		}
		throw e;
	}
}

/** DICT_UPDATE: `{**source}` (PyDict_Update). */
export function updateFromMapping(vm: VM, target: PyDict, source: PyObject): void {
	try {
		if (source instanceof PyDict) dictUpdate(vm, target, source, false);
		else mergeMapping(vm, target, source, "override");
	} catch (e) {
		if (isRaised(vm, e, "AttributeError")) replaceError(vm, e, `'${source.typeName}' object is not a mapping`);
		throw e;
	}
}

/** The merge's own exception gives way to ceval's TypeError. */
function replaceError(vm: VM, raised: PyRaise, message: string): never {
	const error = vm.newException(vm.exceptionClass("TypeError"), [vm.str(message)]);
	clearRaised(vm, raised);
	throw new PyRaise(error);
}
