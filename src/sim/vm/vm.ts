// The VM natives and opcodes talk to: the interpreter plus conveniences for calling back into Python,
// reading values, and container mutations with CPython's reference and capacity behaviour.
import type { PyObject } from "../heap/object";
import { PyInt, PyStr, PyBool } from "../heap/values";
import { PyList, PyTuple, PyDict, PySet, PySlice } from "../heap/containers";
import { PyClass, T } from "../heap/classes";
import { PyExceptionObject } from "../heap/instances";
import { PyFunction, PyCell } from "../heap/callables";
import { newSuper } from "./super-attr";
import type { PyFinalize } from "../heap/weakrefs";
import { Interpreter } from "./interpreter";
import { PyRaise } from "./errors";
import { callObject } from "./calls";
import { binaryOp } from "./operators";
import { BINARY_OPS } from "../compile/code";
import { getIter, iterNext, collect, ITERATOR_BEING_CONSUMED, type NotIterable } from "./iteration";
import { length } from "./lengths";
import { isTruthy, indexValue } from "./protocol";
import { lookupAttr } from "./attributes";
import { repr } from "./repr";
import { str } from "./str-of";
import * as listMutations from "./list-mutations";
import * as mutations from "./mutations";
import { dictSet, dictDel, nameKey } from "./dicts";
import { constructBuiltin } from "../builtins/constructors";
import { installBuiltins } from "../builtins/install";
import { importModuleAtLevel } from "../builtins/modules";
import { fLocalsLabel } from "./frame-stack";
import { bindArguments } from "./binding";
import { Collector } from "../heap/collector";
import type { PyTextStream } from "../heap/text-streams";
import { StandardInput } from "../runtime/standardInput";
import { sendWaitingText, type PendingWrites } from "../builtins/text-stream-buffer";
import { STDERR } from "../builtins/text-streams";
import { installGcHooks } from "./gc-hooks";
import { callResolved, lookupMaybeMethod } from "./special-methods";
import { rejectHashResult, rejectResult } from "./rejected-results";
import { INT_MAX_STR_DIGITS } from "../runtime/numberParse";

/** builtin_any's and builtin_all's hold on the item whose truth they test. */
const TESTED_ITEM = "item any() or all() is testing";

export class VM extends Interpreter {
	readonly mainGlobals: PyDict;
	readonly collector: Collector;
	/** gc.garbage and gc.callbacks: lists the program can read and change. */
	readonly gcGarbage: PyList;
	readonly gcCallbacks: PyList;
	/** weakref.finalize objects not yet called, oldest first (Lib/weakref.py's finalize._registry). */
	readonly liveFinalizers: PyFinalize[] = [];
	/** finalize._registered_with_atexit: the first finalizer's __init__ imported atexit. */
	finalizeRegisteredWithAtexit = false;
	/** finalize._shutdown: set once finalize._exitfunc ran at exit. */
	finalizersShutDown = false;
	/**
	 * finalize_modules has taken every module out of sys.modules: a traceback printed from now on shows no
	 * source lines, as display_source_line can no longer import io to read the file.
	 */
	modulesRemoved = false;
	/** finalize_modules_delete_special has set sys.meta_path to None: an import that must find a module fails. */
	metaPathCleared = false;
	/** Py_ReprEnter has made the thread state's dict and its "Py_Repr" list (objects that live on). */
	reprStateMade = false;
	/** The Argument Clinic parsers (by name) whose keyword tuple is made: each makes it once, at its first use. */
	readonly keywordParsersMade = new Set<string>();
	/** What sys.stdout and sys.stderr hold until they flush (see text-stream-buffer.ts). */
	readonly pendingWrites = new Map<PyTextStream, PendingWrites>();
	/** What the program reads from its standard input (RunOptions.readStdin): empty unless the host gives some. */
	standardInput = new StandardInput(null);
	/** interp->int_max_str_digits: the longest decimal int str() writes and int() reads (0: no limit). */
	intMaxStrDigits = INT_MAX_STR_DIGITS;

	constructor() {
		super();
		this.collector = new Collector(this.heap);
		this.gcGarbage = this.heap.registerShared(new PyList([]), true);
		this.gcCallbacks = this.heap.registerShared(new PyList([]), true);
		installGcHooks(this);
		installBuiltins(this);
		this.mainGlobals = this.heap.registerShared(new PyDict());
		this.dictSetStr(this.mainGlobals, "__name__", this.intern("__main__"));
	}

	/**
	 * A report pymem writes to stderr itself (a traceback, a warning...), not through sys.stderr's modelled buffer:
	 * python3 writes it through line-buffered sys.stderr, so what waits there goes out first, then the report.
	 */
	writeStderr(text: string): void {
		this.recordOutput("stderr", text);
		sendWaitingText(this, STDERR);
		this.handToOs("stderr", text);
	}

	// ---- dicts keyed by identifier strings (namespaces) ----
	dictGetStr(d: PyDict, name: string): PyObject | undefined {
		return d.entries.get(nameKey(name))?.value;
	}
	dictSetStr(d: PyDict, name: string, value: PyObject): void {
		dictSet(this, d, this.intern(name), value);
	}
	dictDelStr(d: PyDict, name: string): boolean {
		return dictDel(this, d, this.intern(name));
	}

	// ---- reading values ----
	strValue(o: PyObject): string {
		if (!(o instanceof PyStr)) return this.raise("TypeError", `expected str, got ${o.typeName}`);
		return o.value;
	}
	/** An integer argument: an int or any object with __index__, as CPython's PyNumber_Index accepts. */
	intValue(o: PyObject): number {
		if (o instanceof PyInt) return Number(o.value);
		return Number(this.intValueBig(o));
	}
	intValueBig(o: PyObject): bigint {
		const value = indexValue(this, o);
		if (value === null) return this.raise("TypeError", `'${o.typeName}' object cannot be interpreted as an integer`);
		return value;
	}
	tupleStrings(o: PyObject): string[] {
		return (o as PyTuple).items.map((i) => this.strValue(i));
	}
	truthy(o: PyObject): boolean {
		return isTruthy(this, o);
	}
	len(o: PyObject): number {
		return length(this, o);
	}
	repr(o: PyObject): string {
		return repr(this, o);
	}

	// ---- calling back into Python ----
	callObject(callable: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null = null): PyObject {
		return callObject(this, callable, args, kwargs);
	}
	/** vectorcall_method: `name` looked up on o's type (whatever its kind, see special-methods.ts) and called. */
	callMethod(o: PyObject, name: string, args: PyObject[]): PyObject {
		const method = lookupMaybeMethod(this, o, name);
		if (!method) return this.raise("AttributeError", `'${o.typeName}' object has no attribute '${name}'`);
		return callResolved(this, method, o, args, name);
	}
	callMethodStr(o: PyObject, name: string, args: PyObject[] = []): string {
		const r = this.callMethod(o, name, args);
		if (!(r instanceof PyStr)) return rejectResult(this, r, "TypeError", `${name} returned non-string (type ${r.typeName})`);
		this.decref(r);
		return r.value;
	}
	callMethodInt(o: PyObject, name: string): string {
		const r = this.callMethod(o, name, []);
		if (!(r instanceof PyInt)) return rejectHashResult(this, r);
		this.decref(r);
		return String(r.value);
	}
	lookupAttrOf(o: PyObject, name: string): PyObject | undefined {
		return lookupAttr(this, o, name);
	}
	binary(op: string, a: PyObject, b: PyObject): PyObject {
		return binaryOp(this, BINARY_OPS.indexOf(op as (typeof BINARY_OPS)[number]), a, b);
	}

	// ---- iteration ----
	getIter(o: PyObject, whenNotIterable?: NotIterable): PyObject {
		return getIter(this, o, whenNotIterable);
	}
	iterNext(it: PyObject): PyObject | null {
		return iterNext(this, it);
	}
	collect(o: PyObject, whenNotIterable?: NotIterable): PyObject[] {
		return collect(this, o, undefined, whenNotIterable);
	}
	/** any()/all(): whether some item's truth equals `want`. */
	someItem(iterable: PyObject, want: boolean): boolean {
		const it = this.getIter(iterable);
		return this.heap.whileOwned(it, ITERATOR_BEING_CONSUMED, () => {
			for (let x = this.iterNext(it); x; x = this.iterNext(it)) {
				// builtin_any holds the item while its __bool__ or __len__ runs (inline: no closure per item).
				this.heap.adopt(x, TESTED_ITEM);
				let truth: boolean;
				try {
					truth = isTruthy(this, x);
				} finally {
					this.heap.release(x, TESTED_ITEM);
				}
				if (truth === want) return true;
			}
			return false;
		});
	}

	// ---- containers ----
	listAppend(l: PyList, x: PyObject): void {
		listMutations.listAppend(this, l, x);
	}
	listExtend(l: PyList, items: PyObject[]): void {
		listMutations.listExtend(this, l, items);
	}
	listExtendFrom(l: PyList, iterable: PyObject): void {
		listMutations.listExtendFrom(this, l, iterable);
	}
	listAssignSlice(l: PyList, s: PySlice, v: PyObject): void {
		listMutations.listAssignSlice(this, l, s, v);
	}
	listDeleteSlice(l: PyList, s: PySlice): void {
		listMutations.listDeleteSlice(this, l, s);
	}
	setUpdate(s: PySet, iterable: PyObject): void {
		mutations.setUpdate(this, s, iterable);
	}
	setOperation(op: string, a: PySet, b: PySet, inplace: boolean): PyObject {
		return mutations.setOperation(this, op, a, b, inplace);
	}
	dictUpdate(d: PyDict, source: PyObject, merge: boolean): void {
		mutations.dictUpdate(this, d, source, merge);
	}
	dictUnion(a: PyDict, b: PyDict, inplace: boolean): PyObject {
		return mutations.dictUnion(this, a, b, inplace);
	}
	keyError(key: PyObject): PyRaise {
		return new PyRaise(this.keyErrorRaised(key));
	}

	// ---- classes, modules ----
	constructBuiltin(cls: PyClass, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
		return constructBuiltin(this, cls, args, kw);
	}
	/** Run a class body with `namespace` as its locals; returns what it returned (the __class__ cell or None). */
	runClassBody(body: PyFunction, namespace: PyDict): PyObject {
		const frame = this.newFrame(body.code, this.incref(body), body.globals, namespace);
		// The body's frame holds its namespace as f_locals until the frame is cleared.
		this.heap.hold(namespace, fLocalsLabel(body.code));
		bindArguments(this, body, frame, [], null, []);
		return this.runNested(frame);
	}
	/** IMPORT_NAME and __import__: the module `name`, or with no `fromlist` the top package of a dotted name. */
	importModule(name: string, level = 0, fromlist: PyObject | null = null): PyObject {
		return importModuleAtLevel(this, name, level, fromlist);
	}
	/** super() with no arguments reads __class__ and the first argument of the calling frame. */
	makeSuper(args: PyObject[]): PyObject {
		if (args.length === 2) {
			if (!(args[0] instanceof PyClass)) return this.raise("TypeError", `super() argument 1 must be a type, not ${args[0]!.typeName}`);
			return newSuper(this, args[0], args[1]!);
		}
		if (args.length === 1) return this.raise("TypeError", "pymem does not support super() with one argument (an unbound super object) yet");
		// super_init_without_args: the calling frame's first argument and its __class__ free variable.
		const frame = this.frames[this.frames.length - 1];
		const code = frame?.code;
		if (!frame || !code || code.argcount === 0) return this.raise("RuntimeError", "super(): no arguments");
		let self = frame.locals[0];
		if (self instanceof PyCell && code.cellvars.includes(code.localsplusNames[0]!)) self = self.ref;
		if (!self) return this.raise("RuntimeError", "super(): arg[0] deleted");
		const cellSlot = code.localsplusNames.indexOf("__class__", code.nlocalsplus - code.co_freevars.length);
		if (cellSlot < 0) return this.raise("RuntimeError", "super(): __class__ cell not found");
		const cell = frame.locals[cellSlot];
		if (!(cell instanceof PyCell)) return this.raise("RuntimeError", "super(): bad __class__ cell");
		if (!cell.ref) return this.raise("RuntimeError", "super(): empty __class__ cell");
		if (!(cell.ref instanceof PyClass)) return this.raise("RuntimeError", `super(): __class__ is not a type (${cell.ref.typeName})`);
		return newSuper(this, cell.ref, self);
	}
	/** The exception object of what a native caught (normalized, as C code that looks at an error makes it). */
	exceptionOf(e: unknown): PyExceptionObject {
		const exc = this.asPythonException(e);
		exc.normalize?.();
		return exc;
	}
	strOf(o: PyObject): string {
		return str(this, o);
	}
}

export { PyBool, T };
