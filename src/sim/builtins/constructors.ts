// Calling a builtin type: int(), str(), list(), dict(), type(x), super(), property()...
import { newMemoryView } from "../vm/memoryview-ops";
import { readBuffer } from "../vm/buffers";
import { PyWeakProxy } from "../heap/weakrefs";
import { throughProxy } from "../vm/weak-proxy-ops";
import { intToFloat } from "../vm/arith";
import { constructWeakref, newFinalize } from "./weakref-module";
import { newWeakSet } from "./weak-sets";
import { newWeakDictionary } from "./weak-dictionaries";
import { newDeque } from "./deque";
import { newDefaultDict } from "./defaultdict";
import { newOrderedDict } from "./ordered-dict";
import { newCounter } from "./counter";
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyStr, PyBool, normaliseInt, latin1 } from "../heap/values";
import { bytesRepr } from "../parse/repr";
import { repr } from "../vm/repr";
import { isBytesLike } from "../heap/bytearray";
import { decodeToStr, newByteArray, newBytes } from "./bytes-construct";
import { PyList, PyDict, PyRange, PySet, PySlice, type PyTuple } from "../heap/containers";
import { PyClass, T } from "../heap/classes";
import { PyInstance, PyBareObject, type PyExceptionObject } from "../heap/instances";
import { PyBoundMethod, PyCell, PyFunction } from "../heap/callables";
import { newProperty } from "./property-objects";
import { isCallable } from "./functions";
import { newGenericAlias } from "../vm/generic-alias-ops";
import { newMappingProxy } from "../vm/mapping-proxy-ops";
import { isScalarInstance } from "../heap/scalar-instances";
import type { AttributeOwner } from "../heap/subclass-instances";
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
import { parseIntLiteral, parseFloatLiteral } from "../runtime/numberParse";
import { arityProblem, keywordsToPositions } from "./arity";
import { useBuiltinParser } from "./keyword-parsers";
import { newMethodDescriptor } from "./functools-wraps";
import { typeFromArguments } from "../vm/build-class";
import { tpInit } from "../vm/instantiate";
import { newComplex } from "./complex-constructor";
import { moduleTypeConstructors } from "./module-type-constructors";
import { CTYPES_CONSTRUCTORS } from "./ctypes-module";
import type { VM } from "../vm/vm";

/**
 * PyNumber_Long for an instance: __int__, which must give an int, else __index__ (PyNumber_Index's check);
 * undefined when the class has neither. __trunc__, int()'s deprecated last resort, is not simulated.
 */
export function intFromDunders(vm: VM, x: AttributeOwner): PyObject | undefined {
	const dunder = x.cls.lookup("__int__") ? "__int__" : x.cls.lookup("__index__") ? "__index__" : null;
	if (!dunder) {
		if (x.cls.lookup("__trunc__")) vm.raise("TypeError", "pymem does not support int() through __trunc__ yet");
		return undefined;
	}
	const result = vm.callMethod(x, dunder, []);
	// A bool is a strict subclass of int: CPython copies it to an int with a DeprecationWarning pymem does not print.
	if (result instanceof PyBool) vm.raise("TypeError", `pymem does not support ${dunder} returning a bool yet`);
	if (result instanceof PyInt) return result;
	vm.decref(result);
	return vm.raise("TypeError", `${dunder} returned non-int (type ${result.typeName})`);
}

/** PyNumber_Float for an instance: __float__, which must give a float, else __index__ made a float. */
export function floatFromDunders(vm: VM, x: AttributeOwner): PyObject | undefined {
	if (x.cls.lookup("__float__")) {
		const result = vm.callMethod(x, "__float__", []);
		if (result instanceof PyFloat) return result;
		vm.decref(result);
		return vm.raise("TypeError", `${x.cls.name}.__float__ returned non-float (type ${result.typeName})`);
	}
	if (!x.cls.lookup("__index__")) return undefined;
	const index = vm.callMethod(x, "__index__", []);
	vm.decref(index);
	if (index instanceof PyBool) vm.raise("TypeError", "pymem does not support __index__ returning a bool yet");
	if (!(index instanceof PyInt)) return vm.raise("TypeError", `__index__ returned non-int (type ${index.typeName})`);
	return vm.float(intToFloat(index.value));
}

/** Whether the class of `o` defines one of `names` in Python (its type's slot is then slot_nb_int...). */
function definesInPython(o: PyObject, names: string[]): boolean {
	return names.some((name) => o.cls.lookup(name) instanceof PyFunction);
}

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
	int: (vm, args) => {
		const x = args[0];
		if (!x) return vm.int(0);
		// proxy_int: PyNumber_Long of the referent.
		if (x instanceof PyWeakProxy && args.length === 1) return throughProxy(vm, x, (referent) => CONSTRUCTORS.int!(vm, [referent], null));
		// long_new_impl: with a base, only a str, bytes or bytearray is parsed.
		if (args[1] && !(x instanceof PyStr || isBytesLike(x))) vm.raise("TypeError", "int() can't convert non-string with explicit base");
		if (x instanceof PyBool) return vm.int(x.flag ? 1 : 0);
		// PyNumber_Long: an int, float or str subclass's own __int__ or __index__ (slot_nb_int) before its value.
		if (isScalarInstance(x) && definesInPython(x, ["__int__", "__index__"])) return intFromDunders(vm, x)!;
		// long_long: an int subclass's instance gives an exact copy.
		if (x instanceof PyInt) return isScalarInstance(x) ? vm.int(x.value) : vm.incref(x);
		if (x instanceof PyFloat) {
			if (!Number.isFinite(x.value)) vm.raise(Number.isNaN(x.value) ? "ValueError" : "OverflowError", Number.isNaN(x.value) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
			return vm.int(Number.isSafeInteger(Math.trunc(x.value)) ? Math.trunc(x.value) : BigInt(Math.trunc(x.value)));
		}
		if (x instanceof PyStr) return vm.int(parseIntLiteral(x.value, args[1] ? vm.intValue(args[1]) : 10));
		// PyNumber_Long: any contiguous buffer is read as digits (a failed PyObject_GetBuffer ends in the TypeError).
		const digits = readBuffer(x, "contiguous");
		if (digits) return vm.int(parseIntLiteral(latin1(digits), args[1] ? vm.intValue(args[1]) : 10, bytesRepr(digits)));
		if (x instanceof PyInstance) {
			const converted = intFromDunders(vm, x);
			if (converted) return converted;
		}
		return vm.raise("TypeError", `int() argument must be a string, a bytes-like object or a real number, not '${x.typeName}'`);
	},
	float: (vm, args) => {
		const x = args[0];
		if (!x) return vm.float(0);
		if (x instanceof PyWeakProxy) return throughProxy(vm, x, (referent) => CONSTRUCTORS.float!(vm, [referent], null));
		// PyLong_AsDouble: an int past the largest double is an OverflowError, not inf.
		if (isScalarInstance(x) && definesInPython(x, ["__float__", "__index__"])) return floatFromDunders(vm, x)!;
		if (x instanceof PyInt) return vm.float(intToFloat(x.value));
		// float_float: a float subclass's instance gives an exact copy.
		if (x instanceof PyFloat) return isScalarInstance(x) ? vm.float(x.value) : vm.incref(x);
		if (x instanceof PyStr) return vm.float(parseFloatLiteral(x.value));
		// PyFloat_FromString: any contiguous buffer, its error naming the object given (`bytearray(b'x')`).
		const digits = readBuffer(x, "contiguous");
		if (digits) return vm.float(parseFloatLiteral(latin1(digits), () => repr(vm, x)));
		if (x instanceof PyInstance) {
			const converted = floatFromDunders(vm, x);
			if (converted) return converted;
		}
		return vm.raise("TypeError", `float() argument must be a string or a real number, not '${x.typeName}'`);
	},
	complex: (vm, args) => newComplex(vm, args),
	str: (vm, args) => {
		if (args.length > 1) return decodeToStr(vm, args[0]!, args[1], args[2]);
		return args[0] ? strObject(vm, args[0]) : vm.str("");
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
		return vm.heap.register(new PyRange(start, stop, step));
	},
	slice: (vm, args) => {
		const [a, b, c] = args.length === 1 ? [vm.None, args[0]!, vm.None] : [args[0]!, args[1]!, args[2] ?? vm.None];
		return vm.heap.register(new PySlice(vm.incref(a), vm.incref(b), vm.incref(c)), true);
	},
	type: (vm, args, kw) => {
		if (args.length === 1 && !kw?.size) return vm.incref(args[0]!.cls);
		if (args.length !== 1 && args.length !== 3) vm.raise("TypeError", "type() takes 1 or 3 arguments");
		if (args.length === 1) vm.raise("TypeError", "type() takes no keyword arguments");
		// type_vectorcall leaves anything but type(x) to _PyObject_MakeTpCall: the arguments are packed first.
		return withPackedArguments(vm, args, kw, (argTuple, kwDict) => {
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
	WeakValueDictionary: (vm, args, kw) => newWeakDictionary(vm, false, args, kw),
	WeakKeyDictionary: (vm, args, kw) => newWeakDictionary(vm, true, args, kw),
	// weakref.ref, whose type is named ReferenceType in 3.11.
	ReferenceType: (vm, args, kw) => constructWeakref(vm, args, kw),
	WeakSet: (vm, args) => newWeakSet(vm, args[0]),
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
const TUPLE_CALLED = new Set(["method", "GenericAlias", "mappingproxy", "int", "complex", "str", "bytes", "bytearray", "memoryview", "slice", "property", "staticmethod", "classmethod", "ReferenceType", "WeakSet", "deque", "defaultdict", "OrderedDict", "Counter", ...Object.keys(CTYPES_CONSTRUCTORS)]);

/** The builtin types whose constructors refuse keywords (_PyArg_NoKeywords, _PyArg_NoKwnames). */
const NO_KEYWORDS = new Set(["method", "GenericAlias", "bool", "float", "tuple", "list", "set", "frozenset", "range", "slice", "staticmethod", "classmethod", "cell"]);

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
