// The recursion level a CALL of a C function counts while the function runs. CPython 3.11 promises to check the
// depth on every call into C that is not a vectorcall of its own: cfunction_vectorcall_* and method_vectorcall_*
// (a builtin function or method), _PyObject_MakeTpCall (a slot wrapper, a builtin type without tp_vectorcall such
// as int or str, a class or instance called through tp_call) each count one level, "while calling a Python
// object". Once the calling code is quickened, the
// CALL's PRECALL specializes for the first callable it sees (specialize.c), and some forms call the C function
// straight: PRECALL_NO_KW_LEN, _ISINSTANCE, _BUILTIN_FAST, BUILTIN_FAST_WITH_KEYWORDS, _LIST_APPEND and the
// METH_FASTCALL method descriptor forms count none. The METH_O and METH_NOARGS forms still count theirs, and so
// does a call whose callable the form does not fit (it deopts to the generic call).
// So `abs(n)` in a recursion fails at the limit "while calling a Python object", and `len(self.next)` inside
// __len__ lets the recursion go twice as deep as `repr(self.next)` inside __repr__.
import { PyBuiltinFunction, PySlotWrapper } from "../heap/callables";
import { PyToolObject } from "../heap/tool-objects";
import { PyClass, T } from "../heap/classes";
import type { PyObject } from "../heap/object";
import { Op, type CodeObject } from "../compile/code";
import { isVectorcallType } from "../builtins/constructors";
import { userSlot } from "../heap/subclass-instances";
import { CPYTHON_CALL_CONVENTIONS } from "./cpython-call-conventions";
import { QUICKENING_WARMUP_DELAY } from "./warm-up";

type Convention = "O" | "N" | "F" | "K" | "V";

/** What a quickened CALL site specialized for, the first time it ran (code.callSites). */
export const enum CallForm {
	/** PRECALL_NO_KW_STR_1 (warm-up.ts). */
	StrOfOne = 1,
	/** Anything that changes nothing pymem models: a Python function, a failed specialization. */
	Other,
	Len,
	IsInstance,
	/** PRECALL_NO_KW_BUILTIN_FAST and PRECALL_BUILTIN_FAST_WITH_KEYWORDS. */
	BuiltinFast,
	BuiltinFastWithKeywords,
	ListAppend,
	/** PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST and PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS. */
	DescriptorFast,
	DescriptorFastWithKeywords,
}

let conventions: Map<string, Convention> | null = null;

/** The builtins whose own code counts their level already (generator.send and close, a class statement's __build_class__). */
const COUNTED_BY_THEMSELVES = new Set(["generator.send", "generator.close", "__build_class__"]);

function conventionNamed(key: string): Convention | undefined {
	if (!conventions) {
		conventions = new Map();
		for (const [letter, names] of Object.entries(CPYTHON_CALL_CONVENTIONS)) {
			for (const name of names.split(" ")) conventions.set(name, letter as Convention);
		}
		for (const name of COUNTED_BY_THEMSELVES) conventions.delete(name);
	}
	return conventions.get(key);
}

/** How CPython calls a builtin's C function, or null for one it writes in Python (or pymem's own). */
const conventionCache = new WeakMap<PyBuiltinFunction, Convention | null>();
function conventionOf(f: PyBuiltinFunction): Convention | null {
	let found = conventionCache.get(f);
	if (found === undefined) {
		// A class method is found by its own name; a method or static method by its type's, as CPython's qualname.
		found = conventionNamed(keyOf(f)) ?? null;
		conventionCache.set(f, found);
	}
	return found;
}

function keyOf(f: PyBuiltinFunction): string {
	return f.owner ? `${f.owner.name}.${f.name}` : f.name;
}

/** A method descriptor, called with its instance first (`lst.append(x)` after LOAD_METHOD, or `list.append(lst, x)`). */
function isMethodDescriptor(f: PyBuiltinFunction): boolean {
	return f.owner !== null && f.self === null && !f.isStatic;
}

/**
 * _Py_Specialize_Precall's choice for `callable` with `nargs` arguments (the instance included) and keyword
 * names or not; `next` is the instruction after the CALL (list.append's form wants a POP_TOP there).
 */
function specializedForm(callable: PyObject, nargs: number, keywords: boolean, argc: number, next: number | undefined): CallForm {
	if (callable instanceof PyClass) return callable === T.str && nargs === 1 && !keywords ? CallForm.StrOfOne : CallForm.Other;
	if (!(callable instanceof PyBuiltinFunction) || callable instanceof PySlotWrapper) return CallForm.Other;
	const convention = conventionOf(callable);
	if (convention === null) return CallForm.Other;
	if (isMethodDescriptor(callable)) {
		if (keywords) return CallForm.Other;
		if (convention === "F") return CallForm.DescriptorFast;
		if (convention === "K") return CallForm.DescriptorFastWithKeywords;
		if (convention === "O" && nargs === 2 && keyOf(callable) === "list.append" && argc === 1 && next === Op.POP_TOP) return CallForm.ListAppend;
		return CallForm.Other;
	}
	if (convention === "K") return CallForm.BuiltinFastWithKeywords;
	if (keywords) return CallForm.Other;
	if (convention === "O" && nargs === 1 && keyOf(callable) === "len") return CallForm.Len;
	if (convention === "F") return nargs === 2 && keyOf(callable) === "isinstance" ? CallForm.IsInstance : CallForm.BuiltinFast;
	return CallForm.Other;
}

/** The form of the CALL at `pc` once its code is quickened (decided the first time it runs since), else null. */
export function callSiteForm(code: CodeObject, pc: number, callable: PyObject, nargs: number, keywords: boolean, argc: number): CallForm | null {
	if (code.warmup < QUICKENING_WARMUP_DELAY) return null;
	const sites = code.callSites;
	return (sites[pc] ??= specializedForm(callable, nargs, keywords, argc, code.ops[pc]));
}

/**
 * Whether the CALL of `callable` counts a level: `form` is its site's (null while the code is cold), `self` the
 * first argument (a method descriptor's instance).
 */
export function callCountsLevel(form: CallForm | null, callable: PyObject, nargs: number, keywords: boolean, self: PyObject | undefined): boolean {
	if (callable instanceof PyClass) return !isVectorcallType(callable);
	if (callable instanceof PyToolObject) return callable.callCountsLevel();
	// An instance whose class defines __call__: slot_tp_call, reached through _PyObject_MakeTpCall.
	if (!(callable instanceof PyBuiltinFunction)) return userSlot(callable, "__call__") !== undefined;
	if (callable instanceof PySlotWrapper) return true;
	const convention = conventionOf(callable);
	if (convention === null) return false;
	return form === null || !skipsLevel(form, callable, convention, nargs, keywords, self);
}

/** Whether the specialized `form` fits this call (no deopt) and calls the C function without a level. */
function skipsLevel(form: CallForm, callable: PyBuiltinFunction, convention: Convention, nargs: number, keywords: boolean, self: PyObject | undefined): boolean {
	switch (form) {
		case CallForm.Len:
			return nargs === 1 && !keywords && keyOf(callable) === "len" && !isMethodDescriptor(callable);
		case CallForm.IsInstance:
			return nargs === 2 && !keywords && keyOf(callable) === "isinstance" && !isMethodDescriptor(callable);
		case CallForm.BuiltinFast:
			return convention === "F" && !keywords && !isMethodDescriptor(callable);
		case CallForm.BuiltinFastWithKeywords:
			return convention === "K" && !isMethodDescriptor(callable);
		case CallForm.ListAppend:
			return nargs === 2 && keyOf(callable) === "list.append" && isMethodDescriptor(callable) && self?.cls === T.list;
		case CallForm.DescriptorFast:
			return convention === "F" && !keywords && isMethodDescriptor(callable) && self?.cls === callable.owner;
		case CallForm.DescriptorFastWithKeywords:
			return convention === "K" && isMethodDescriptor(callable) && self?.cls === callable.owner;
		default:
			return false;
	}
}
