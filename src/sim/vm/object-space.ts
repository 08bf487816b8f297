// The interpreter's objects: the shared singletons (None, booleans, small ints, interned strings), the
// factories that return new references, reference counting, and raising builtin exceptions.
import { Heap } from "../heap/heap";
import type { PyObject } from "../heap/object";
import { PyNone, PyBool, PyInt, PyFloat, PyComplex, PyStr, PyNotImplemented, PyEllipsis, isSingletonStr, normaliseInt, type IntValue, PyBytes } from "../heap/values";
import { PyList, PyTuple, PyDict, PySet } from "../heap/containers";
import { PyByteArray } from "../heap/bytearray";
import type { ByteArrayBuffer } from "../runtime/bytearrayGrowth";
import { PyExceptionObject } from "../heap/instances";
import { PyTraceback } from "../heap/tracebacks";
import type { PyClass } from "../heap/classes";
import { EXCEPTION_BEING_RAISED, PyRaise } from "./errors";
import { exceptionInitOwner, setFieldsFromArguments } from "./exception-init";
import { ensureTypes, exceptionClasses } from "../builtins/types";

const EXCEPTION_ARGUMENT = "argument of the exception being created";
const EXCEPTION_BEING_CREATED = "exception being created";
const PENDING_ERROR_VALUE = "value of an error C code raised: its message or args tuple (no exception object yet)";
/** What holds the newest traceback entry of an error raisedByC keeps unnormalized. */
export const PENDING_ERROR_TRACEBACK = "traceback of an error C code raised (no exception object yet)";
const EXCEPTION_ARGUMENTS_PACKED = "argument tuple of the exception being made (_PyErr_CreateException)";

/** Strs longer than this count as work as they are made; past MAX_STR_LENGTH they raise MemoryError. */
const LONG_STR = 4096;
export const MAX_STR_LENGTH = 100_000_000;
/**
 * The longest str or bytes whose repr (up to ten characters each), hex digits or the like pymem makes: building
 * such text piece by piece would take the host's memory well before the str cap.
 */
export const MAX_ESCAPED_SOURCE = MAX_STR_LENGTH / 4;
/** Ints past this many bits count as work when made (a 64th of their bits), as long strs do. */
const LONG_INT = 2n ** 4096n;

/**
 * One-character strs python3 3.11 interns at startup from its deep-frozen modules' code (statically allocated
 * objects, not the latin-1 singletons): a literal 'a' or a name is that interned object, while chr(97) or
 * "abc"[0] is the singleton, so `chr(97) is 'a'` is False there. Measured: every i < 256 with
 * `sys.intern(chr(i)) is not chr(i)`.
 */
const FROZEN_INTERNED_CHARS = new Set("BCLST_abcdefhijklmnopqrstvwxy");

export abstract class ObjectSpace {
	readonly heap = new Heap();
	readonly None: PyObject;
	readonly True: PyBool;
	readonly False: PyBool;
	readonly NotImplemented: PyObject;
	readonly Ellipsis: PyObject;
	readonly emptyTuple: PyTuple;
	private readonly smallInts: PyInt[] = [];
	private readonly interned = new Map<string, PyStr>();
	/**
	 * Strs made at run time that sys.intern made the interned ones (PyUnicode_InternInPlace keeps the object
	 * itself): counted objects, since the interned dict's two references are not counted in 3.11. An entry
	 * whose str was freed is stale (unicode_dealloc takes it out of the dict).
	 */
	private readonly internedAtRunTime = new Map<string, PyStr>();
	/** Latin-1 singletons of the characters whose interned str is another object (see FROZEN_INTERNED_CHARS). */
	private readonly latin1Singletons = new Map<string, PyStr>();
	/** bytesobject.c's shared objects: the empty bytes and the 256 one-byte ones, made on first use. */
	private readonly singleBytes: PyBytes[] = [];
	private emptyBytes: PyBytes | null = null;
	readonly builtins: PyDict;
	/** CPython's NULL stack entry (PUSH_NULL), never counted. */
	readonly NULL: PyObject;

	constructor() {
		ensureTypes();
		// Shared like every interpreter-wide object, so it never enters a GC generation.
		this.builtins = this.heap.registerShared(new PyDict());
		this.None = this.heap.registerShared(new PyNone());
		this.NULL = this.heap.registerShared(new PyNone());
		this.True = this.heap.registerShared(new PyBool(true));
		this.False = this.heap.registerShared(new PyBool(false));
		this.NotImplemented = this.heap.registerShared(new PyNotImplemented());
		this.Ellipsis = this.heap.registerShared(new PyEllipsis());
		this.emptyTuple = this.heap.registerShared(new PyTuple([]));
		for (let i = -5; i <= 256; i++) this.smallInts.push(this.heap.registerShared(new PyInt(i)));
	}

	// ---- object factories: each returns a new reference ----
	int(v: IntValue): PyObject {
		const n = normaliseInt(v);
		if (typeof n === "number") {
			if (n >= -5 && n <= 256) return this.smallInts[n + 5]!;
		} else if (n > LONG_INT || n < -LONG_INT) this.chargeWork(n.toString(16).length >> 4);
		return this.heap.register(new PyInt(n));
	}
	/** Simulated memory: text escaped from a str or bytes this long would not fit the host. */
	checkEscapedSource(length: number): void {
		if (length > MAX_ESCAPED_SOURCE) this.raise("MemoryError");
	}
	bool(b: boolean): PyObject {
		return b ? this.True : this.False;
	}
	float(v: number): PyObject {
		return this.heap.register(new PyFloat(v));
	}
	complex(z: { re: number; im: number }): PyObject {
		return this.heap.register(new PyComplex(z.re, z.im));
	}
	/** A str; empty and one-character latin-1 strings are CPython's shared singletons. */
	str(v: string): PyObject {
		if (isSingletonStr(v)) return this.latin1Char(v);
		if (v.length > LONG_STR) this.chargeStr(v.length);
		return this.heap.register(new PyStr(v));
	}
	/**
	 * `a + b`, two non-empty strs. JavaScript joins them without copying either (a rope, flattened once when read),
	 * so only the shorter counts as work: `s += str(i)` (or `s = c + s`) in a loop goes through its text once, as
	 * CPython's in-place append does, not once per line (which stopped a loop of 10,000 appends at the work limit).
	 */
	strConcat(a: PyStr, b: PyStr): PyObject {
		const v = a.value + b.value;
		if (v.length <= LONG_STR) return this.str(v);
		this.chargeStr(v.length, Math.min(a.value.length, b.value.length));
		const joined = new PyStr(v);
		PyStr.joinEnds(joined, a, b);
		PyStr.measureJoin(joined, a, b);
		return this.heap.register(joined);
	}
	/**
	 * A str CPython makes with PyUnicode_New and fills in place, returned without unicode_result (case
	 * mappings, replace, an int's decimal digits): one character long, it is a new object, not the shared
	 * singleton; only the empty str is shared.
	 */
	newStr(v: string): PyObject {
		return v.length === 1 ? this.heap.register(new PyStr(v)) : this.str(v);
	}
	/**
	 * unicodeobject.c's get_latin1_char: the shared one-character str, which is the interned one unless
	 * CPython's startup interned a deep-frozen copy first.
	 */
	private latin1Char(v: string): PyStr {
		if (!FROZEN_INTERNED_CHARS.has(v)) return this.intern(v);
		let s = this.latin1Singletons.get(v);
		if (!s) this.latin1Singletons.set(v, (s = this.heap.registerShared(new PyStr(v))));
		return s;
	}
	/** A bytes object; the empty one and the one-byte ones are CPython's shared singletons. */
	bytes(v: Uint8Array): PyBytes {
		if (v.length === 0) return (this.emptyBytes ??= this.heap.registerShared(new PyBytes(v)));
		if (v.length === 1) return (this.singleBytes[v[0]!] ??= this.heap.registerShared(new PyBytes(v)));
		if (v.length > LONG_STR) this.chargeStr(v.length);
		return this.heap.register(new PyBytes(v));
	}
	/** A new bytearray; its buffer is exactly its bytes unless the operation that made it says otherwise. */
	bytearray(v: Uint8Array, buffer?: ByteArrayBuffer): PyByteArray {
		if (v.length > LONG_STR) this.chargeStr(v.length);
		return this.heap.register(new PyByteArray(v, buffer));
	}
	/**
	 * A long str counts as work (an eighth of the characters made, `made`: a character is cheaper than an item) and
	 * its length has a cap.
	 */
	private chargeStr(length: number, made = length): void {
		if (length > MAX_STR_LENGTH) this.raise("MemoryError");
		this.chargeWork(made >> 3);
	}
	/** The interned str with this value, if one exists already. */
	internedOrNull(v: string): PyStr | null {
		return this.interned.get(v) ?? null;
	}
	/** sys.intern: the interned str equal to `s`, which becomes it if there is none yet. */
	internAtRunTime(s: PyStr): PyStr {
		if (FROZEN_INTERNED_CHARS.has(s.value)) return this.intern(s.value);
		const existing = this.interned.get(s.value) ?? this.internedAtRunTime.get(s.value);
		if (existing && existing.refcnt > 0) return existing;
		this.internedAtRunTime.set(s.value, s);
		return s;
	}
	intern(v: string): PyStr {
		let s = this.interned.get(v);
		if (!s) {
			s = this.heap.registerShared(new PyStr(v));
			this.interned.set(v, s);
		}
		return s;
	}
	/** PyList_New: from the free list when one is available. */
	list(items: PyObject[], allocated = items.length): PyList {
		return this.heap.register(new PyList(items, allocated), true);
	}
	tuple(items: PyObject[]): PyTuple {
		if (items.length === 0) return this.emptyTuple;
		return this.heap.register(new PyTuple(items), true);
	}
	/** PyDict_New: from the free list when one is available. */
	dict(): PyDict {
		return this.heap.register(new PyDict(), true);
	}
	newDictUnregistered(): PyDict {
		return new PyDict();
	}
	set(frozen = false): PySet {
		return this.heap.register(new PySet(frozen));
	}
	incref<O extends PyObject>(o: O): O {
		this.heap.incref(o);
		return o;
	}
	decref(o: PyObject): void {
		this.heap.decref(o);
	}

	// ---- exceptions ----
	exceptionClass(name: string): PyClass {
		const cls = exceptionClasses.get(name);
		if (!cls) throw new Error(`no exception class ${name}`);
		return cls;
	}
	/** A builtin exception with `args` (references it takes over), or the caller's own argument tuple as they are. */
	newException(cls: PyClass, args: PyObject[] | PyTuple): PyExceptionObject {
		if (args instanceof PyTuple) {
			const exc = this.heap.register(new PyExceptionObject(cls));
			exc.args = this.incref(args);
			this.fillExceptionFields(exc);
			return exc;
		}
		// Until its args tuple holds them, the arguments (the message) are the raiser's own references;
		// allocating the exception and the tuple can start a collection.
		for (const a of args) this.heap.adopt(a, EXCEPTION_ARGUMENT);
		const exc = this.heap.register(new PyExceptionObject(cls));
		this.heap.adopt(exc, EXCEPTION_BEING_CREATED);
		// From here the new tuple holds them (shown as being allocated if a collection starts).
		for (const a of args) this.heap.disown(a, EXCEPTION_ARGUMENT);
		exc.args = this.tuple(args);
		this.heap.observer?.contentChanged(exc);
		this.heap.disown(exc, EXCEPTION_BEING_CREATED);
		this.fillExceptionFields(exc);
		return exc;
	}
	/** The class's init keeps some arguments in fields too (ImportError's msg, OSError's errno...); one that refuses them frees the exception. */
	private fillExceptionFields(exc: PyExceptionObject): void {
		try {
			setFieldsFromArguments(this, exc, exceptionInitOwner(exc.cls));
		} catch (e) {
			this.decref(exc);
			throw e;
		}
	}
	/** PyErr_Clear of a caught error: one never normalized goes as it is (its message and traceback), without being made. */
	dropRaised(exc: PyExceptionObject): void {
		if (!exc.normalize) {
			this.releaseRaised(exc);
			return;
		}
		const args = exc.pendingArgs ?? [];
		const traceback = exc.traceback;
		exc.normalize = null;
		exc.pendingArgs = null;
		exc.pendingArgsPacked = false;
		exc.traceback = null;
		for (const a of args) this.heap.release(a, PENDING_ERROR_VALUE);
		if (traceback) this.heap.release(traceback, PENDING_ERROR_TRACEBACK);
	}
	/**
	 * The thread state's references to an error in flight go value first, then its own to the newest traceback
	 * (curexc_traceback): an exception nothing else holds is freed before that traceback, and so before the frames'
	 * locals it keeps (its own __traceback__ is at most the one the last handler saw, which the newest leads to).
	 */
	private releaseRaised(exc: PyExceptionObject): void {
		const traceback = exc.traceback;
		const kept = exc.refcnt === 1 ? null : exc.visibleTraceback;
		if (!traceback || traceback === kept || !tracebackLeadsTo(traceback, kept)) {
			this.heap.release(exc, EXCEPTION_BEING_RAISED);
			return;
		}
		// No handler caught it, so the entries added on its way up were only ever the thread state's: an exception
		// that lives on keeps the __traceback__ it had, and those frames are not kept alive by it.
		exc.traceback = kept ? this.incref(kept) : null;
		this.heap.observer?.contentChanged(exc);
		this.heap.adopt(traceback, PENDING_ERROR_TRACEBACK);
		this.heap.release(exc, EXCEPTION_BEING_RAISED);
		this.heap.release(traceback, PENDING_ERROR_TRACEBACK);
	}
	/** Builtins are about to go through `items` more items (the step limit counts them). */
	abstract chargeWork(items: number): void;
	/** The items of an iterable (iter() and next() until exhausted), as new references. */
	abstract collect(o: PyObject): PyObject[];
	/** The innermost exception being handled (_PyErr_GetTopmostException), if any. */
	abstract topmostHandledException(): PyObject | null;
	/** Throw a Python exception of builtin class `name` with a str message (raisedByC). */
	raise(name: string, message?: string): never {
		const args = message === undefined ? [] : [this.str(message)];
		throw new PyRaise(this.raisedByC(this.exceptionClass(name), args));
	}
	/**
	 * PyErr_SetString/PyErr_Format: while an exception is being handled, _PyErr_SetObject makes the new one at once
	 * to chain it; otherwise it keeps the type and the message (`args`, references it takes over) until a handler
	 * catches the error (exception_unwind normalizes it) or C code needs the object. Until then objects that die on
	 * the error's way up do not see it allocated.
	 */
	raisedByC(cls: PyClass, args: PyObject[] | PyTuple): PyExceptionObject {
		if (this.topmostHandledException()) {
			if (!(args instanceof PyTuple)) return this.newException(cls, args);
			const made = this.newException(cls, args);
			this.decref(args);
			return made;
		}
		const exc = new PyExceptionObject(cls);
		const held = args instanceof PyTuple ? [args] : args;
		for (const a of held) this.heap.adopt(a, PENDING_ERROR_VALUE);
		exc.pendingArgs = held;
		exc.pendingArgsPacked = args instanceof PyTuple;
		exc.normalize = () => this.normalizeRaised(exc);
		return exc;
	}
	/** _PyErr_SetKeyError: the args tuple (key,) is made where the error is raised, the KeyError only from it (raisedByC). */
	keyErrorRaised(key: PyObject): PyExceptionObject {
		return this.raisedByC(this.exceptionClass("KeyError"), this.tuple([this.incref(key)]));
	}
	/**
	 * _PyErr_CreateException for an error raisedByC kept: the argument tuple (PyObject_CallOneArg packs it, unless
	 * the error's value is one already), then the exception, which takes over its traceback.
	 */
	private normalizeRaised(exc: PyExceptionObject): void {
		const held = exc.pendingArgs ?? [];
		exc.normalize = null;
		exc.pendingArgs = null;
		for (const a of held) this.heap.disown(a, PENDING_ERROR_VALUE);
		const tuple = exc.pendingArgsPacked ? (held[0] as PyTuple) : this.tuple(held);
		this.heap.adopt(tuple, EXCEPTION_ARGUMENTS_PACKED);
		if (exc.traceback) this.heap.disown(exc.traceback, PENDING_ERROR_TRACEBACK);
		this.heap.register(exc);
		this.heap.adopt(exc, EXCEPTION_BEING_RAISED);
		this.heap.disown(tuple, EXCEPTION_ARGUMENTS_PACKED);
		exc.args = tuple;
		this.heap.observer?.contentChanged(exc);
		this.fillExceptionFields(exc);
	}
}

/** Whether `kept` is on the tb_next chain from `newest` (null, the chain's end, always is). */
function tracebackLeadsTo(newest: PyObject, kept: PyObject | null): boolean {
	for (let tb: PyObject | null = newest; tb; tb = tb instanceof PyTraceback ? tb.next : null) if (tb === kept) return true;
	return kept === null;
}
