// "Did you mean: 'x'?" for an uncaught NameError or AttributeError, as Python/suggestions.c finds it: the
// candidate nearest by a Levenshtein distance where a case flip costs 1 and any other edit 2, within a
// third of the characters involved, first found winning ties.
import type { PyObject } from "../heap/object";
import type { PyExceptionObject } from "../heap/instances";
import { PyStr } from "../heap/values";
import { PyClass, T } from "../heap/classes";
import type { PyList } from "../heap/containers";
import { userSlot } from "../heap/subclass-instances";
import { classMetaHook } from "./metaclasses";
import { withoutException } from "./protocol";
import { PyTraceback } from "../heap/tracebacks";
import type { Frame } from "./frame";
import type { VM } from "./vm";
import { dictNames, dirOf } from "./dir";
import { PyRaise } from "./errors";
import { setField } from "./exception-init";

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** CPython 3.11's builtins, in their dict's order (a NameError's last candidates). */
const BUILTIN_NAMES = (
	"__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin breakpoint callable chr " +
	"compile delattr dir divmod eval exec format getattr globals hasattr hash hex id input isinstance issubclass iter aiter len " +
	"locals max min next anext oct ord pow print repr round setattr sorted sum vars None Ellipsis NotImplemented False True bool " +
	"memoryview bytearray bytes classmethod complex dict enumerate filter float frozenset property int list map object range " +
	"reversed set slice staticmethod str super tuple type zip __debug__ BaseException BaseExceptionGroup Exception GeneratorExit " +
	"KeyboardInterrupt SystemExit ArithmeticError AssertionError AttributeError BufferError EOFError ImportError LookupError " +
	"MemoryError NameError OSError ReferenceError RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError TypeError " +
	"ValueError Warning FloatingPointError OverflowError ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning " +
	"FutureWarning ImportWarning PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning UnicodeWarning UserWarning " +
	"BlockingIOError ChildProcessError ConnectionError FileExistsError FileNotFoundError InterruptedError IsADirectoryError " +
	"NotADirectoryError PermissionError ProcessLookupError TimeoutError IndentationError IndexError KeyError ModuleNotFoundError " +
	"NotImplementedError RecursionError UnboundLocalError UnicodeError BrokenPipeError ConnectionAbortedError " +
	"ConnectionRefusedError ConnectionResetError TabError UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError " +
	"ExceptionGroup EnvironmentError IOError open quit exit copyright credits license help"
).split(" ");

function substitutionCost(a: number, b: number): number {
	if ((a & 31) !== (b & 31)) return MOVE_COST;
	if (a === b) return 0;
	const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
	return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

/** levenshtein_distance over UTF-8 bytes, giving up past `maxCost`. */
function distance(nameBytes: Uint8Array, itemBytes: Uint8Array, maxCost: number): number {
	let a = nameBytes;
	let b = itemBytes;
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
		endA--;
		endB--;
	}
	a = a.subarray(start, endA);
	b = b.subarray(start, endB);
	if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
	if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
	if (b.length < a.length) [a, b] = [b, a];
	if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
	const row: number[] = [];
	for (let i = 0; i < a.length; i++) row.push((i + 1) * MOVE_COST);
	let result = 0;
	for (let j = 0; j < b.length; j++) {
		let diagonal = (result = j * MOVE_COST);
		let minimum = Number.POSITIVE_INFINITY;
		for (let i = 0; i < a.length; i++) {
			const substitute = diagonal + substitutionCost(b[j]!, a[i]!);
			diagonal = row[i]!;
			result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute);
			row[i] = result;
			minimum = Math.min(minimum, result);
		}
		if (minimum > maxCost) return maxCost + 1;
	}
	return result;
}

/** calculate_suggestions: the nearest candidate, or null. */
export function suggestionFor(name: string, candidates: readonly string[]): string | null {
	if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
	const encoder = new TextEncoder();
	const nameBytes = encoder.encode(name);
	let best: string | null = null;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const item of candidates) {
		if (item === name) continue;
		const itemBytes = encoder.encode(item);
		const maxDistance = Math.min(Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6), bestDistance - 1);
		const d = distance(nameBytes, itemBytes, maxDistance);
		if (d > maxDistance) continue;
		if (best === null || d < bestDistance) {
			best = item;
			bestDistance = d;
		}
	}
	return best;
}


/**
 * _Py_Offer_Suggestions, when an uncaught exception is printed: an AttributeError's candidates are dir() of its
 * `obj`, a NameError's the local variable names of the innermost frame in its traceback, then that frame's
 * globals, then the builtins. Both read the exception's `name` (an exact str) as it is then, whoever raised it.
 */
export function offeredSuggestion(vm: VM, exc: PyExceptionObject): string | null {
	const name = exc.attrs.get("name");
	if (!(name instanceof PyStr) || name.cls !== T.str) return null;
	if (exc.cls.isSubclassOf(vm.exceptionClass("AttributeError"))) {
		const obj = exc.attrs.get("obj");
		if (!obj) return null;
		const candidates = ownDirDefined(obj) ? namesFromOwnDir(vm, obj) : dirOf(obj);
		return candidates && suggestionFor(name.value, candidates);
	}
	if (!exc.cls.isSubclassOf(vm.exceptionClass("NameError"))) return null;
	if (exc.evalFrameGlobals) return suggestionFor(name.value, exc.evalFrameGlobals) ?? suggestionFor(name.value, BUILTIN_NAMES);
	const frame = innermostFrame(exc.traceback);
	if (!frame) return null;
	return suggestionFor(name.value, frame.code.varnames) ?? suggestionFor(name.value, dictNames(frame.globals)) ?? suggestionFor(name.value, BUILTIN_NAMES);
}

/** A class of the program's (or its metaclass, for a class) defines the __dir__ that PyObject_Dir calls. */
function ownDirDefined(obj: PyObject): boolean {
	return userSlot(obj, "__dir__") !== undefined || (obj instanceof PyClass && classMetaHook(obj, "__dir__") !== null);
}

/**
 * PyObject_Dir through that __dir__, which runs (and may print) while the exception is printed; an error it
 * raises, or an item that is no str, means no suggestion (print_exception clears the error).
 */
function namesFromOwnDir(vm: VM, obj: PyObject): string[] | null {
	const dir = vm.dictGetStr(vm.builtins, "dir")!;
	const listed = withoutException(vm, "BaseException", () => vm.callObject(dir, [obj]));
	if (!listed) return null;
	try {
		const items = (listed as PyList).items;
		const names: string[] = [];
		for (const item of items) {
			if (!(item instanceof PyStr)) return null;
			names.push(item.value);
		}
		return names;
	} finally {
		vm.decref(listed);
	}
}

/** The frame of a traceback's last entry (tb_next followed to its end). */
function innermostFrame(traceback: PyObject | null): Frame | null {
	if (!(traceback instanceof PyTraceback)) return null;
	let entry = traceback;
	while (entry.next instanceof PyTraceback) entry = entry.next;
	return entry.frameObject?.frame ?? null;
}

/**
 * The interpreter's NameError for `name` (format_exc_check_arg), which also keeps the name as its `name`.
 * `evalFrameGlobals`: raised for an eval pymem does not run as a frame (Exception.evalFrameGlobals).
 */
export function raiseNameError(vm: VM, message: string, name: string, evalFrameGlobals: readonly string[] | null = null): never {
	const exc = vm.newException(vm.exceptionClass("NameError"), [vm.str(message)]);
	exc.evalFrameGlobals = evalFrameGlobals;
	setField(vm, exc, "name", vm.intern(name));
	throw new PyRaise(exc);
}
