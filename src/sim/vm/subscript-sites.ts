// CPython 3.11's adaptive BINARY_SUBSCR (specialize.c's _Py_Specialize_BinarySubscr; ceval.c's BINARY_SUBSCR_*
// instructions and its `miss:` label). Once its code is quickened (warm-up.ts), the instruction specializes for the
// container and key it meets: a list or tuple indexed by an int, an exact dict, or an instance of a class whose
// __getitem__ is a plain Python function of two parameters. Only that last form shows: BINARY_SUBSCR_GETITEM pushes
// the function's frame itself, moving the container and the key off the value stack into its parameters, so inside
// __getitem__ `self` has one reference fewer than through PyObject_GetItem, and no C call stands between the two
// frames (it recurses as deep as a plain call). The other forms are modelled for their counters alone: a site that
// specialized for lists runs instances of such a class the generic way until it has missed 53 times.
import { T, type PyClass } from "../heap/classes";
import type { PyObject } from "../heap/object";
import { PyFunction } from "../heap/callables";
import { PyInt } from "../heap/values";
import { PyList, PyTuple } from "../heap/containers";
import { CO_GENERATOR, CO_OPTIMIZED, type CodeObject } from "../compile/code";
import { takesExactlyPositional, initCells } from "./binding";
import { makeGenerator } from "./calls";
import { PyRaise } from "./errors";
import { QUICKENING_WARMUP_DELAY } from "./warm-up";
import { truncate } from "../arrays";
import type { Frame } from "./frame";
import type { VM } from "./vm";

const enum Form {
	Adaptive,
	ListInt,
	TupleInt,
	Dict,
	GetItem,
}

/** miss_counter_start(): the misses a specialized instruction takes before it goes back to adaptive. */
const MISSES_BEFORE_DEOPT = 53;
/** adaptive_counter_start(): what an instruction that went back to adaptive waits, and the backoff it starts from. */
const ADAPTIVE_BACKOFF_START = 5;
/** MAX_BACKOFF_VALUE: failed attempts wait at most 2**12 - 1 runs. */
const MAX_BACKOFF = 12;
/** BINARY_SUBSCR_LIST_INT and _TUPLE_INT take a non-negative int of one 30-bit digit only. */
const ONE_DIGIT = 2 ** 30;

/** One BINARY_SUBSCR's form and inline cache. */
export class SubscriptSite {
	form = Form.Adaptive;
	/** Adaptive: runs left before the next attempt to specialize. Specialized: misses left before it deopts. */
	counter = 0;
	/** The exponent of the last wait after a failed attempt (adaptive_counter_backoff). */
	backoff = 0;
	/** BINARY_SUBSCR_GETITEM's guards: the class with the version tag it had, the function with its version. */
	cls: PyClass | null = null;
	classVersion = 0;
	getitem: PyFunction | null = null;
	functionVersion = 0;
}

/**
 * BINARY_SUBSCR at `pc` of `f` as quickened code runs it, the container and key on top of the stack: true when it
 * pushed the frame of the container's __getitem__ (BINARY_SUBSCR_GETITEM), false when the generic instruction is
 * left to run (any other form does what it does).
 */
export function pushesGetItemFrame(vm: VM, f: Frame, pc: number): boolean {
	const code = f.code;
	if (code.warmup < QUICKENING_WARMUP_DELAY) return false;
	const site = (code.subscriptSites[pc] ??= new SubscriptSite());
	const stack = f.stack;
	const container = stack[stack.length - 2]!;
	const key = stack[stack.length - 1]!;
	if (site.form === Form.Adaptive) {
		if (site.counter > 0) {
			site.counter--;
			return false;
		}
		specialize(site, container, key);
		// DISPATCH_SAME_OPARG: a failed attempt leaves the adaptive instruction, which counts this run as a wait.
		if (site.form === Form.Adaptive) {
			site.counter--;
			return false;
		}
	}
	if (!guardsHold(site, container, key)) {
		if (--site.counter === 0) {
			site.form = Form.Adaptive;
			site.backoff = ADAPTIVE_BACKOFF_START;
			site.counter = 2 ** ADAPTIVE_BACKOFF_START - 1;
		}
		return false;
	}
	if (site.form !== Form.GetItem) return false;
	pushGetItemFrame(vm, stack, site.getitem!, container, key);
	return true;
}

function specialize(site: SubscriptSite, container: PyObject, key: PyObject): void {
	const cls = container.cls;
	if (cls === T.list || cls === T.tuple) {
		if (key.cls === T.int) return specialized(site, cls === T.list ? Form.ListInt : Form.TupleInt);
		return failed(site);
	}
	if (cls === T.dict) return specialized(site, Form.Dict);
	const getitem = cls.lookup("__getitem__");
	// A library function pymem runs natively has no frame to push: it stays generic.
	if (getitem instanceof PyFunction && !getitem.nativeBody && !cls.builtin && isSimpleOfTwo(getitem.code)) {
		site.cls = cls;
		site.classVersion = cls.versionTag;
		site.getitem = getitem;
		site.functionVersion = getitem.versionResets;
		return specialized(site, Form.GetItem);
	}
	failed(site);
}

/** function_kind's SIMPLE_FUNCTION with co_argcount 2: two positional parameters and no others. */
function isSimpleOfTwo(code: CodeObject): boolean {
	return (code.flags & CO_OPTIMIZED) !== 0 && takesExactlyPositional(code, 2);
}

function specialized(site: SubscriptSite, form: Form): void {
	site.form = form;
	site.counter = MISSES_BEFORE_DEOPT;
}

/** adaptive_counter_backoff: each failure doubles the wait before the next attempt. */
function failed(site: SubscriptSite): void {
	site.backoff = Math.min(site.backoff + 1, MAX_BACKOFF);
	site.counter = 2 ** site.backoff - 1;
}

/** The DEOPT_IF conditions of the specialized instruction. */
function guardsHold(site: SubscriptSite, container: PyObject, key: PyObject): boolean {
	switch (site.form) {
		case Form.ListInt:
			return container.cls === T.list && isIndexBelow(key, (container as PyList).items.length);
		case Form.TupleInt:
			return container.cls === T.tuple && isIndexBelow(key, (container as PyTuple).items.length);
		case Form.Dict:
			return container.cls === T.dict;
		default:
			return container.cls === site.cls && site.cls.versionTag === site.classVersion && site.getitem!.versionResets === site.functionVersion;
	}
}

function isIndexBelow(key: PyObject, length: number): boolean {
	if (key.cls !== T.int) return false;
	const index = (key as PyInt).value;
	return typeof index === "number" && index >= 0 && index < ONE_DIGIT && index < length;
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
