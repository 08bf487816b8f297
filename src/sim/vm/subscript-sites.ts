// CPython 3.11's adaptive BINARY_SUBSCR (specialize.c's _Py_Specialize_BinarySubscr; ceval.c's BINARY_SUBSCR_*
// instructions), with adaptive-sites.ts's counter. Once its code is quickened, the instruction specializes for the
// container and key it meets: a list or tuple indexed by an int, an exact dict, or an instance of a class whose
// __getitem__ is a plain Python function of two parameters. BINARY_SUBSCR_GETITEM pushes the function's frame
// itself, moving the container and the key off the value stack into its parameters, so inside __getitem__ `self`
// has one reference fewer than through PyObject_GetItem, and no C call stands between the two frames (it recurses
// as deep as a plain call). The other forms release the key before the container (the generic instruction releases
// the container first), and the dict form, when the lookup fails, releases the key only: the dict stays on the
// stack until the exception unwinds it, after the frame's traceback entry.
import { T, type PyClass } from "../heap/classes";
import type { PyObject } from "../heap/object";
import { PyFunction } from "../heap/callables";
import { PyInt } from "../heap/values";
import { PyList, PyTuple } from "../heap/containers";
import { CO_GENERATOR, CO_OPTIMIZED, type CodeObject } from "../compile/code";
import { takesExactlyPositional, initCells } from "./binding";
import { makeGenerator } from "./calls";
import { getItem } from "./subscript";
import { isPythonError, PyRaise } from "./errors";
import { releaseOperandsOnFailure } from "./failed-operands";
import { AdaptiveSite, GENERIC, formOfRun, quickenedSite } from "./adaptive-sites";
import { truncate } from "../arrays";
import { replaceTop } from "./operand-release";
import type { Frame } from "./frame";
import type { VM } from "./vm";

const LIST_INT = 1;
const TUPLE_INT = 2;
const DICT = 3;
const GETITEM = 4;

/** The int forms take a non-negative int of one 30-bit digit only. */
const ONE_DIGIT = 2 ** 30;

/** One BINARY_SUBSCR's form, counter and inline cache. */
export class SubscriptSite extends AdaptiveSite {
	/** BINARY_SUBSCR_GETITEM's guards: the class with the version tag it had, the function with its version. */
	cls: PyClass | null = null;
	classVersion = 0;
	getitem: PyFunction | null = null;
	functionVersion = 0;
}

const newSite = (): SubscriptSite => new SubscriptSite();

/**
 * BINARY_SUBSCR at `pc` of `f`, the container and key on top of the stack: true when a specialized form ran it
 * (BINARY_SUBSCR_GETITEM pushed the frame of the container's __getitem__), false when the generic instruction is
 * left to run.
 */
export function runsSpecializedSubscript(vm: VM, f: Frame, pc: number): boolean {
	const site = quickenedSite(f.code, pc, newSite);
	if (!site) return false;
	const stack = f.stack;
	const container = stack[stack.length - 2]!;
	const key = stack[stack.length - 1]!;
	const form = formOfRun(site, container, key, specialize, guardsHold);
	// A failed dict lookup releases its key and leaves the dict to exception_unwind.
	site.operandsGone = form === DICT;
	if (form === GENERIC) return false;
	if (form === GETITEM) pushGetItemFrame(vm, stack, site.getitem!, container, key);
	else subscriptKeyFirst(vm, stack, container, key, form);
	return true;
}

function specialize(site: SubscriptSite, container: PyObject, key: PyObject): void {
	const cls = container.cls;
	if (cls === T.list || cls === T.tuple) {
		if (key.cls === T.int) site.form = cls === T.list ? LIST_INT : TUPLE_INT;
		return;
	}
	if (cls === T.dict) {
		site.form = DICT;
		return;
	}
	const getitem = cls.lookup("__getitem__");
	// A library function pymem runs natively has no frame to push: it stays generic.
	if (getitem instanceof PyFunction && !getitem.nativeBody && !cls.builtin && isSimpleOfTwo(getitem.code)) {
		site.cls = cls;
		site.classVersion = cls.versionTag;
		site.getitem = getitem;
		site.functionVersion = getitem.versionResets;
		site.form = GETITEM;
	}
}

/** function_kind's SIMPLE_FUNCTION with co_argcount 2: two positional parameters and no others. */
function isSimpleOfTwo(code: CodeObject): boolean {
	return (code.flags & CO_OPTIMIZED) !== 0 && takesExactlyPositional(code, 2);
}

/** The DEOPT_IF conditions of the specialized instruction. */
function guardsHold(site: SubscriptSite, container: PyObject, key: PyObject): boolean {
	switch (site.form) {
		case LIST_INT:
			return container.cls === T.list && isIndexBelow(key, (container as PyList).items.length);
		case TUPLE_INT:
			return container.cls === T.tuple && isIndexBelow(key, (container as PyTuple).items.length);
		case DICT:
			return container.cls === T.dict;
		default:
			return container.cls === site.cls && site.cls.versionTag === site.classVersion && site.getitem!.versionResets === site.functionVersion;
	}
}

/** The LIST_INT and TUPLE_INT forms' guard on the key (and STORE_SUBSCR_LIST_INT's): an index the container has. */
export function isIndexBelow(key: PyObject, length: number): boolean {
	if (key.cls !== T.int) return false;
	const index = (key as PyInt).value;
	return typeof index === "number" && index >= 0 && index < ONE_DIGIT && index < length;
}

/**
 * BINARY_SUBSCR_LIST_INT, _TUPLE_INT and _DICT: the key goes first, while the container still holds the result's
 * place on the stack. A dict lookup that fails (a missing key, or the key's __hash__ or __eq__ raising) releases
 * the key alone before the error, as binary_subscr_dict_error does.
 */
function subscriptKeyFirst(vm: VM, stack: PyObject[], container: PyObject, key: PyObject, form: number): void {
	let result: PyObject;
	if (form === DICT) {
		try {
			result = getItem(vm, container, key);
		} catch (e) {
			if (!isPythonError(e)) throw e;
			const exc = vm.asPythonException(e);
			stack.pop();
			releaseOperandsOnFailure(vm, exc, [key]);
			throw new PyRaise(exc);
		}
	} else result = vm.incref((container as PyList | PyTuple).items[(key as PyInt).value as number]!);
	replaceTop(vm, stack, 2, result, true);
}

/**
 * The container and key move from the value stack into the new frame's parameters, which holds a new reference to
 * the function. Past the recursion limit they stay on the stack, and the instruction's failure releases them in the
 * order the cleared frame would have.
 */
function pushGetItemFrame(vm: VM, stack: PyObject[], getitem: PyFunction, container: PyObject, key: PyObject): void {
	if (vm.recursionDepth >= vm.recursionLimit) throw new PyRaise(vm.recursionError());
	const frame = vm.newFrame(getitem.code, vm.incref(getitem), getitem.globals, null);
	frame.locals[0] = container;
	frame.locals[1] = key;
	truncate(stack, stack.length - 2);
	initCells(vm, getitem, frame);
	if (getitem.code.flags & CO_GENERATOR) {
		stack.push(makeGenerator(vm, frame));
		return;
	}
	vm.pushFrame(frame, "value");
}
