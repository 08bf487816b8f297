// Calling a builtin type: int(), str(), list(), dict(), type(x), super(), property()...
import { COMPARISON_LEVEL, checkRecursionLevel } from "../vm/c-recursion";
import { newMemoryView } from "../vm/memoryview-ops";
import { constructWeakref, newFinalize } from "./weakref-module";
import { newWeakSet } from "./weak-sets";
import { defArguments } from "./def-arguments";
import { newWeakDictionary } from "./weak-dictionaries";
import { newDeque } from "./deque";
import { newDefaultDict } from "./defaultdict";
import { newOrderedDict } from "./ordered-dict";
import { newCounter } from "./counter";
import type { PyObject } from "../heap/object";
import { normaliseInt } from "../heap/values";
import { decodeToStr, newByteArray, newBytes } from "./bytes-construct";
import { PyList, PyDict, PyRange, PySet, PySlice, type PyTuple } from "../heap/containers";
import { PyClass, T, iteratorTypes } from "../heap/classes";
import { PyBareObject, type PyExceptionObject } from "../heap/instances";
import { PyBoundMethod, PyCell } from "../heap/callables";
import { newProperty } from "./property-objects";
import { isCallable } from "./functions";
import { newGenericAlias } from "../vm/generic-alias-ops";
import { newMappingProxy } from "../vm/mapping-proxy-ops";
import { strObject } from "../vm/str-of";
import { isTruthy } from "../vm/protocol";
import { dictSet } from "../vm/dicts";
import { dictUpdate } from "../vm/mutations";
import { listExtendFrom } from "../vm/list-mutations";
import { sequenceTuple } from "../vm/sequence-tuple";
import { withPackedArguments } from "../vm/instantiate";
import { groupNew } from "./exception-groups";
import { initException, exceptionInitOwner, osErrorClassFor } from "../vm/exception-init";
import { takeCallerPacked } from "../vm/caller-packed";
import { arityProblem, keywordsToPositions } from "./arity";
import { useBuiltinParser } from "./keyword-parsers";
import { newMethodDescriptor } from "./functools-wraps";
import { typeFromArguments } from "../vm/build-class";
import { tpInit } from "../vm/instantiate";
import { newComplex } from "./complex-constructor";
import { moduleTypeConstructors } from "./module-type-constructors";
import { CTYPES_CONSTRUCTORS } from "./ctypes-module";
import { newInt, newFloat } from "./number-constructors";
import type { VM } from "../vm/vm";

type Constructor = (vm: VM, args: PyObject[], kw: Map<string, PyObject> | null) => PyObject;

const CONSTRUCTORS: Record<string, Constructor> = {
	object: (vm) => vm.heap.register(new PyBareObject(T.object)),
	// ga_new (types.GenericAlias(origin, args)), which classmethod(GenericAlias) calls for a class's C[int].
	GenericAlias: (vm, [origin, args]) => newGenericAlias(vm, origin!, args!),
	// mappingproxy_new (types.MappingProxyType(mapping)).
	// PyArg_ParseTupleAndKeywords reports a missing argument before an unknown keyword (arity.ts checks both).
	mappingproxy: (vm, [mapping], kw) => {
		const named = kw?.get("mapping");
		if (mapping && named) vm.raise("TypeError", "mappingproxy() takes at most 1 argument (2 given)");
		return newMappingProxy(vm, (mapping ?? named)!);
	},
	// method_new (types.MethodType(func, obj)): PyMethod_New binds any callable to any object but None.
	method: (vm, [func, self]) => {
		if (!isCallable(func!)) vm.raise("TypeError", "first argument must be callable");
		if (self === vm.None) vm.raise("TypeError", "instance must not be None");
		return vm.heap.register(new PyBoundMethod(vm.incref(func!), vm.incref(self!), true));
	},
	int: newInt,
	float: newFloat,
	complex: (vm, args) => newComplex(vm, args),
	str: (vm, args) => {
		// unicode_new_impl: no object is the empty str, whatever encoding or errors were given.
		if (!args[0]) return vm.str("");
		if (args.length > 1) return decodeToStr(vm, args[0], args[1], args[2]);
		return strObject(vm, args[0]);
	},
	bytes: (vm, args) => newBytes(vm, args[0], args[1], args[2]),
	bytearray: (vm, args) => newByteArray(vm, args[0], args[1], args[2]),
	memoryview: (vm, args) => newMemoryView(vm, args[0]!),
	bool: (vm, args) => vm.bool(args[0] ? isTruthy(vm, args[0]) : false),
	// list() and dict() allocate with tp_alloc (PyType_GenericAlloc), never from the free list their dealloc fills.
	list: (vm, args) => {
		const list = vm.heap.register(new PyList([]));
		const source = args[0];
		return source ? vm.heap.build(list, "list being built", () => listExtendFrom(vm, list, source, true)) : list;
	},
	tuple: (vm, args) => (args[0] ? sequenceTuple(vm, args[0]) : vm.emptyTuple),
	dict: (vm, args, kw) => {
		const d = vm.heap.build(vm.heap.register(new PyDict()), "dict being built", (built) => {
			if (args[0]) dictUpdate(vm, built, args[0], false);
		});
		if (kw) for (const [k, v] of kw) dictSet(vm, d, vm.intern(k), v);
		return d;
	},
	set: (vm, args) => buildSet(vm, args[0], false),
	// frozenset_new: an exact frozenset is its own frozenset.
	frozenset: (vm, args) => {
		const source = args[0];
		return source instanceof PySet && source.frozen && source.cls === T.frozenset ? vm.incref(source) : buildSet(vm, source, true);
	},
	range: (vm, args) => {
		if (args.length === 0) vm.raise("TypeError", "range expected at least 1 argument, got 0");
		if (args.length > 3) vm.raise("TypeError", `range expected at most 3 arguments, got ${args.length}`);
		const n = args.map((a) => normaliseInt(vm.intValueBig(a)));
		const [start, stop, step] = n.length === 1 ? [0, n[0]!, 1] : [n[0]!, n[1]!, n[2] ?? 1];
		if (Number(step) === 0) vm.raise("ValueError", "range() arg 3 must not be zero");
		// compute_range_length compares with PyObject_RichCompareBool, which checks the depth ("in comparison").
		if (vm.recursionDepth >= vm.recursionLimit) checkRecursionLevel(vm, COMPARISON_LEVEL);
		return vm.heap.register(new PyRange(start, stop, step));
	},
	slice: (vm, args) => {
		const [a, b, c] = args.length === 1 ? [vm.None, args[0]!, vm.None] : [args[0]!, args[1]!, args[2] ?? vm.None];
		return vm.heap.register(new PySlice(vm.incref(a), vm.incref(b), vm.incref(c)), true);
	},
	type: (vm, args, kw) => {
		if (args.length === 1 && !kw?.size) return vm.incref(args[0]!.cls);
		if (args.length === 1) vm.raise("TypeError", "type() takes no keyword arguments");
		// type_vectorcall leaves anything but type(x) to _PyObject_MakeTpCall: the arguments are packed before
		// type_call counts them.
		return withPackedArguments(vm, args, kw, (argTuple, kwDict) => {
			if (args.length !== 3) vm.raise("TypeError", "type() takes 1 or 3 arguments");
			// type_call: the new class's own metaclass __init__ (a winner's among the bases) runs next.
			const made = typeFromArguments(vm, T.type, argTuple, kw, kwDict);
			if (made.cls.isSubclassOf(T.type)) tpInit(vm, made, argTuple, kw, kwDict);
			return made;
		});
	},
	staticmethod: (vm, args) => newMethodDescriptor(vm, "staticmethod", args[0]!),
	classmethod: (vm, args) => newMethodDescriptor(vm, "classmethod", args[0]!),
	property: (vm, args, kw) => newProperty(vm, [0, 1, 2].map((i) => args[i] ?? kw?.get(["fget", "fset", "fdel"][i]!)), args[3] ?? kw?.get("doc")),
	super: (vm, args) => vm.makeSuper(args),
	finalize: (vm, args, kw) => newFinalize(vm, args, kw),
	// Lib/weakref.py's __init__(self, other=(), /, **kw) and __init__(self, dict=None), bound as Python binds them.
	WeakValueDictionary: (vm, args, kw) => {
		defArguments(vm, "WeakValueDictionary.__init__", [vm.None, ...args], null, ["self", "other"], 1);
		return newWeakDictionary(vm, false, args, kw);
	},
	WeakKeyDictionary: (vm, args, kw) => {
		const [, dict] = defArguments(vm, "WeakKeyDictionary.__init__", [vm.None, ...args], kw, ["self", "dict"], 1);
		return newWeakDictionary(vm, true, dict ? [dict] : [], null);
	},
	// weakref.ref, whose type is named ReferenceType in 3.11.
	ReferenceType: (vm, args, kw) => constructWeakref(vm, args, kw),
	WeakSet: (vm, args, kw) => {
		const [, data] = defArguments(vm, "WeakSet.__init__", [vm.None, ...args], kw, ["self", "data"], 1);
		return newWeakSet(vm, data);
	},
	deque: (vm, args) => newDeque(vm, args[0], args[1]),
	defaultdict: (vm, args, kw) => newDefaultDict(vm, args, kw),
	OrderedDict: (vm, args, kw) => newOrderedDict(vm, args, kw),
	Counter: (vm, args, kw) => newCounter(vm, args, kw),
	// The singletons' types return the singleton (none_new, notimplemented_new, ellipsis_new).
	NoneType: (vm, args, kw) => singleton(vm, "NoneType", vm.None, args, kw),
	NotImplementedType: (vm, args, kw) => singleton(vm, "NotImplementedType", vm.NotImplemented, args, kw),
	ellipsis: (vm, args, kw) => singleton(vm, "EllipsisType", vm.Ellipsis, args, kw),
	...CTYPES_CONSTRUCTORS,
	cell: (vm, args) => vm.heap.register(new PyCell(args[0] ? vm.incref(args[0]) : null)),
};

/**
 * A builtin type whose constructor lives with the builtins (map, zip...: install.ts). Registered once every
 * module is loaded, since those modules import this one.
 */
export function addBuiltinConstructor(name: string, make: Constructor): void {
	CONSTRUCTORS[name] = make;
}

function singleton(vm: VM, name: string, value: PyObject, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	if (args.length || kw?.size) vm.raise("TypeError", `${name} takes no arguments`);
	return vm.incref(value);
}

function buildSet(vm: VM, source: PyObject | undefined, frozen: boolean): PyObject {
	const s = vm.set(frozen);
	return vm.heap.build(s, "set being built", () => {
		if (source) vm.setUpdate(s, source);
	});
}

/** Calling a builtin type: types without a vectorcall in 3.11 get their arguments packed first (_PyObject_MakeTpCall). */
export function constructBuiltin(vm: VM, cls: PyClass, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	// BaseExceptionGroup_new parses a tuple: type_call packs the arguments first, then tp_init refuses keywords.
	if (cls.isSubclassOf(vm.exceptionClass("BaseExceptionGroup"))) {
		return withPackedArguments(vm, args, kw, (argTuple) => {
			const exc = groupNew(vm, cls, argTuple);
			if (kw?.size) initWithKeywords(vm, exc, kw);
			return exc;
		});
	}
	if (cls.isSubclassOf(T.BaseException)) {
		// BaseException_new keeps the call's tuple as args: CALL_FUNCTION_EX's own, or a new one (newException shows
		// the new exception while that is allocated, which can start a collection).
		const given = takeCallerPacked(args);
		const exc = vm.newException(kw?.size ? cls : osErrorClassFor(vm, cls, args), given ? given.tuple : args.map((a) => vm.incref(a)));
		if (kw?.size) initWithKeywords(vm, exc, kw);
		return exc;
	}
	// A module's type (itertools.count...) has no vectorcall: type_call packs the arguments for its tp_new.
	const moduleType = moduleTypeConstructors.get(cls);
	if (moduleType) return withPackedArguments(vm, args, kw, (argTuple, kwDict) => moduleType(vm, args, kw, argTuple, kwDict));
	if (!TUPLE_CALLED.has(cls.name)) return builtinTpNew(vm, cls, args, kw);
	// odict_init reads its keywords from type_call's dict itself.
	if (cls === T.OrderedDict) return withPackedArguments(vm, args, kw, (_argTuple, kwDict) => newOrderedDict(vm, args, kw, kwDict));
	return withPackedArguments(vm, args, kw, () => builtinTpNew(vm, cls, args, kw));
}

/** BaseException_new ignores keywords; the class's tp_init takes them or refuses them (and type_call frees the exception). */
function initWithKeywords(vm: VM, exc: PyExceptionObject, kw: Map<string, PyObject>): void {
	try {
		initException(vm, exc, exceptionInitOwner(exc.cls), exc.args as PyTuple, kw);
	} catch (e) {
		vm.decref(exc);
		throw e;
	}
}

/** The builtin types pymem constructs that 3.11 calls through tp_call (no tp_vectorcall). */
const TUPLE_CALLED = new Set(["object", "zip", "method", "GenericAlias", "mappingproxy", "int", "complex", "str", "bytes", "bytearray", "memoryview", "slice", "property", "staticmethod", "classmethod", "ReferenceType", "WeakSet", "deque", "defaultdict", "OrderedDict", "Counter", ...Object.keys(CTYPES_CONSTRUCTORS)]);

/**
 * The builtin types with a tp_vectorcall in 3.11 (read from python3's type objects; a subclass inherits none):
 * called with `**kw`, they get a names tuple where TUPLE_CALLED's types get a dict.
 */
const VECTORCALL_TYPES = new Set(["dict", "list", "tuple", "set", "frozenset", "range", "float", "bool", "type", "super", "enumerate", "reversed", "map", "filter"]);

export function isVectorcallType(func: PyObject): boolean {
	return func instanceof PyClass && func.builtin && VECTORCALL_TYPES.has(func.name) && (T[func.name as keyof typeof T] === func || iteratorTypes.get(func.name) === func);
}

/** The builtin types whose constructors refuse keywords (_PyArg_NoKeywords, _PyArg_NoKwnames). */
const NO_KEYWORDS = new Set(["method", "GenericAlias", "bool", "float", "tuple", "list", "set", "frozenset", "range", "slice", "staticmethod", "classmethod", "cell", "super"]);

/** Vectorcalls that check the count and names of their arguments by hand before they read any (enumerate_vectorcall). */
const CHECKED_BY_HAND = new Set(["enumerate"]);

/** Types CPython can call (types.FunctionType(code, globals), types.ModuleType(name)...) but pymem does not make. */
const UNMODELLED_CONSTRUCTORS = new Set(["function", "module", "code", "traceback", "float_info"]);

/** The tp_name in "cannot create '...' instances". */
function uncreatableName(cls: PyClass): string {
	if (cls === T.ProxyType || cls === T.CallableProxyType) return `weakref.${cls.name}`;
	if (cls.builtin && (cls.module === "sys" || cls.name === "UnionType")) return `${cls.module}.${cls.name}`;
	return cls.name;
}

/** A builtin type's tp_new (and tp_init) given its arguments. */
export function builtinTpNew(vm: VM, cls: PyClass, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	const make = CONSTRUCTORS[cls.name];
	if (!make) {
		if (UNMODELLED_CONSTRUCTORS.has(cls.name)) return vm.raise("TypeError", `pymem does not support creating '${cls.name}' instances yet`);
		return vm.raise("TypeError", `cannot create '${uncreatableName(cls)}' instances`);
	}
	if (kw?.size && NO_KEYWORDS.has(cls.name)) vm.raise("TypeError", `${cls.name}() takes no keyword arguments`);
	useBuiltinParser(vm, cls.name, kw, arityProblem(cls.name, args.length, kw));
	if (CHECKED_BY_HAND.has(cls.name)) {
		const problem = arityProblem(cls.name, args.length, kw);
		if (problem !== null) vm.raise("TypeError", problem);
	}
	const named = keywordsToPositions(cls.name, args, kw);
	// _PyArg_UnpackKeywords reports a missing required argument before a keyword it does not know.
	if (typeof named === "string") {
		const missing = arityProblem(cls.name, args.length, kw);
		return vm.raise("TypeError", missing?.includes("missing required argument") ? missing : named);
	}
	if (named) return builtinTpNew(vm, cls, named, null);
	const problem = arityProblem(cls.name, args.length, kw);
	if (problem !== null) return vm.raise("TypeError", problem);
	return make(vm, args, kw);
}

export { PyList, PyDict };
