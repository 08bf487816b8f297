// The builtin type objects and the exception hierarchy. They are created once and shared by every VM
// (their natives take the VM as a parameter), with negative ids so they never collide with a run's objects.
import { keepWeakrefsPerRun } from "../heap/run-weakrefs";
import { PyClass, T, iteratorTypes } from "../heap/classes";
import { SharedKeys, EXCEPTION_FIELDS } from "../heap/shared-keys";
import type { PyObject } from "../heap/object";
import { PyBuiltinFunction, PyDescriptor, PySlotWrapper, type NativeImpl } from "../heap/callables";
import { isSlotWrapperName, requireSlotOwner, slotArgumentCountError } from "./slotdef-names";
import { EXCEPTION_HIERARCHY } from "../vm/errors";
import { checkingMethodArguments } from "./method-arguments";
import { withPackedArguments, type PackedLabels } from "../vm/packed-arguments";

const SLOT_WRAPPER_CALL: PackedLabels = { args: "arguments of a slot wrapper", kwargs: "keyword arguments of a slot wrapper" };

const BUILTIN_TYPES = [
	"NoneType", "NotImplementedType", "ellipsis", "int", "float", "complex", "str", "bytes", "bytearray", "list", "tuple", "dict", "set", "frozenset",
	"range", "slice", "function", "builtin_function_or_method", "method", "cell", "module", "generator", "property",
	"staticmethod", "classmethod", "super", "iterator", "weakref", "finalize", "code", "frame", "traceback", "dict_keys",
	"dict_values", "dict_items", "getset_descriptor", "member_descriptor", "method_descriptor", "wrapper_descriptor", "method-wrapper",
	"memoryview", "managedbuffer",
] as const;

/**
 * The iterator types the builtins module names (`map(f, xs)` calls the type): subclassable in CPython, each with
 * its own `__new__`, and constructed by the natives install.ts gives them.
 */
export const BUILTIN_ITERATOR_TYPES = ["map", "filter", "zip", "enumerate", "reversed"] as const;

const ITERATOR_TYPES = [
	...BUILTIN_ITERATOR_TYPES, "list_iterator", "tuple_iterator", "range_iterator", "longrange_iterator", "str_ascii_iterator", "str_iterator", "bytes_iterator", "bytearray_iterator",
	"set_iterator", "dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "list_reverseiterator",
	"dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator", "callable_iterator", "memory_iterator",
] as const;

/** itertools' types (itertools-module.ts makes them callable), iterator types like the builtin ones. */
const ITERTOOLS_ITERATOR_TYPES = [
	"count", "repeat", "cycle", "chain", "islice", "pairwise", "accumulate", "takewhile", "dropwhile", "filterfalse", "compress", "starmap",
	"zip_longest", "product", "permutations", "combinations", "combinations_with_replacement", "groupby", "_grouper", "_tee", "_tee_dataobject",
] as const;

let nextGlobalId = -1;

/** An interpreter-wide object: immortal, shared, with a negative id. */
export function globalShared<O extends PyObject>(o: O): O {
	o.shared = true;
	o.refcnt = 1 << 20;
	o.id = nextGlobalId--;
	keepWeakrefsPerRun(o);
	return o;
}

function makeType(name: string, bases: PyClass[]): PyClass {
	const cls = globalShared(new PyClass(name, bases, true));
	cls.mro = [cls, ...(bases[0]?.mro ?? [])];
	return cls;
}

/** A type a module defines in C (functools.partial...): shared like the builtin types, made once by its module. */
export function moduleType(name: string, module: string, base: PyClass = T.object): PyClass {
	const cls = makeType(name, [base]);
	cls.module = module;
	return cls;
}

export const exceptionClasses = new Map<string, PyClass>();

/** Create the builtin types once per process. */
export function ensureTypes(): void {
	if (T.object) return;
	T.object = makeType("object", []);
	T.type = makeType("type", [T.object]);
	for (const name of BUILTIN_TYPES) T[name] = makeType(name, [T.object]);
	T.bool = makeType("bool", [T.int]);
	// Each kind of iterator is a type of its own in CPython (type(map(f, xs)).__name__ == "map").
	for (const name of ITERATOR_TYPES) iteratorTypes.set(name, makeType(name, [T.object]));
	for (const name of ITERTOOLS_ITERATOR_TYPES) iteratorTypes.set(name, Object.assign(makeType(name, [T.object]), { module: "itertools" }));
	for (const [name, base] of EXCEPTION_HIERARCHY) {
		const cls = makeType(name, base ? [exceptionClasses.get(base)!] : [T.object]);
		exceptionClasses.set(name, cls);
	}
	T.BaseException = exceptionClasses.get("BaseException")!;
	makeExceptionGroupTypes();
	// Types that live in a module: type(weakref.ref(x)).__name__ is 'ReferenceType' in 3.11. T keeps the short keys.
	T.weakref.name = T.weakref.qualname = "ReferenceType";
	T.weakref.module = "weakref";
	T.finalize.module = "weakref";
	for (const [name, base] of [["WeakValueDictionary", T.object], ["WeakKeyDictionary", T.object], ["KeyedRef", T.weakref], ["ProxyType", T.object], ["CallableProxyType", T.object], ["WeakMethod", T.weakref]] as const) {
		T[name] = makeType(name, [base]);
		T[name].module = "weakref";
	}
	T.TextIOWrapper = makeType("TextIOWrapper", [T.object]);
	T.TextIOWrapper.module = "_io";
	T.WeakSet = makeType("WeakSet", [T.object]);
	T.WeakSet.module = "_weakrefset";
	T.deque = makeType("deque", [T.object]);
	T.defaultdict = makeType("defaultdict", [T.dict]);
	T.OrderedDict = makeType("OrderedDict", [T.dict]);
	for (const cls of [T.deque, T.defaultdict, T.OrderedDict]) cls.module = "collections";
	for (const kind of ["keys", "values", "items"] as const) T[`odict_${kind}`] = makeType(`odict_${kind}`, [T[`dict_${kind}`]]);
	T.odict_iterator = makeType("odict_iterator", [T.object]);
	// Counter is a Python class in CPython: its instances have a __weakref__ slot and a managed __dict__.
	T.Counter = makeType("Counter", [T.dict]);
	T.Counter.module = "collections";
	T.Counter.instanceLayout = { slots: new Set(), slotMembers: 0, hasDict: true, hasWeakref: true, sharedKeys: new SharedKeys() };
	iteratorTypes.set("odict_iterator", T.odict_iterator);
	// Their tp_names are "_collections._deque_iterator" and "_collections._deque_reverse_iterator".
	for (const kind of DEQUE_ITERATORS) {
		const cls = makeType(kind.slice("_collections.".length), [T.object]);
		cls.module = "_collections";
		iteratorTypes.set(kind, cls);
	}
	T.GenericAlias = makeType("GenericAlias", [T.object]);
	T.GenericAlias.module = "types";
	T.UnionType = makeType("UnionType", [T.object]);
	T.UnionType.module = "types";
	T.mappingproxy = makeType("mappingproxy", [T.object]);
	T._Feature = makeType("_Feature", [T.object]);
	T._Feature.module = "__future__";
	// A namedtuple's field descriptors (tp_name "_collections._tuplegetter").
	T._tuplegetter = makeType("_tuplegetter", [T.object]);
	T._tuplegetter.module = "_collections";
	// Lib/typing.py's classes: Generic is a base user classes take; the others are the types of its objects.
	for (const name of TYPING_CLASSES) {
		T[name] = makeType(name, [T.object]);
		T[name].module = "typing";
	}
}

/**
 * BaseExceptionGroup is a static type; ExceptionGroup is the heap type PyErr_NewException makes from it and
 * Exception (so its instances carry a __weakref__ slot too).
 */
function makeExceptionGroupTypes(): void {
	const base = makeType("BaseExceptionGroup", [T.BaseException]);
	const exception = exceptionClasses.get("Exception")!;
	const group = makeType("ExceptionGroup", [base, exception]);
	group.mro = [group, base, ...exception.mro];
	group.instanceLayout = { slots: new Set(EXCEPTION_FIELDS.BaseExceptionGroup), slotMembers: 2, hasDict: true, hasWeakref: true, sharedKeys: null };
	exceptionClasses.set("BaseExceptionGroup", base);
	exceptionClasses.set("ExceptionGroup", group);
}

const TYPING_CLASSES = [
	"Generic", "TypeVar", "_SpecialForm", "_LiteralSpecialForm", "_SpecialGenericAlias", "_CallableType", "_TupleType", "_GenericAlias",
	"_UnionGenericAlias", "_LiteralGenericAlias", "_CallableGenericAlias", "_AnyMeta", "ForwardRef",
] as const;

export const DEQUE_ITERATORS = ["_collections._deque_iterator", "_collections._deque_reverse_iterator"] as const;

/** Add native methods to a builtin type; each receives its receiver as `self`. */
export function defineMethods(cls: PyClass, methods: Record<string, NativeImpl>): void {
	for (const [name, impl] of Object.entries(methods)) {
		const checked = checkingMethodArguments(cls, name, impl);
		if (!isSlotWrapperName(cls.name, name)) {
			cls.dict.set(name, globalShared(new PyBuiltinFunction(name, checked, null, cls)));
			continue;
		}
		// wrapperdescr_call's check of the instance, then the tuple the wrap_* function reads (a method-wrapper's
		// own, or the slice after self of an unbound call) and its count of the arguments.
		const wrapper = new PySlotWrapper(name, (vm, args, kw, self) => {
			if (self) requireSlotOwner(vm, cls, name, self);
			// Keywords reach only __init__ and __call__ (wrap_init, wrap_call), as a new dict.
			return withPackedArguments(vm, args, kw, () => {
				const problem = slotArgumentCountError(cls.name, name, args.length);
				if (problem !== null) vm.raise("TypeError", problem);
				return checked(vm, args, kw, self);
			}, SLOT_WRAPPER_CALL);
		}, null, cls);
		wrapper.slotFunction = checked;
		cls.dict.set(name, globalShared(wrapper));
	}
}

/**
 * A builtin staticmethod of a type (str.maketrans): its C function is bound to the type (m_self), so it prints
 * as `<built-in method maketrans of type object at 0x...>` and its `__qualname__` is `str.maketrans`.
 */
export function staticBuiltin(cls: PyClass, name: string, impl: NativeImpl): PyDescriptor {
	// Each is METH_FASTCALL without keywords: cfunction_check_kwargs refuses them before the arguments are read.
	const positionalOnly: NativeImpl = (vm, args, kw, self) => {
		if (kw?.size) vm.raise("TypeError", `${cls.name}.${name}() takes no keyword arguments`);
		return impl(vm, args, kw, self);
	};
	const fn = globalShared(new PyBuiltinFunction(name, positionalOnly, cls));
	fn.isStatic = true;
	return globalShared(new PyDescriptor("staticmethod", [fn]));
}

/** A builtin function (len, print...). */
export function nativeFunction(name: string, impl: NativeImpl): PyBuiltinFunction {
	return globalShared(new PyBuiltinFunction(name, impl));
}

/**
 * Natives for names outside the simulated subset: calling one raises TypeError "pymem does not support X
 * yet" (a NameError or AttributeError would hide that CPython has it). `spell` writes X for a name.
 */
export function notSupportedYet(names: readonly string[], spell: (name: string) => string): Record<string, NativeImpl> {
	return Object.fromEntries(
		names.map((name): [string, NativeImpl] => {
			const impl: NativeImpl = (vm) => vm.raise("TypeError", `pymem does not support ${spell(name)} yet`);
			PLACEHOLDERS.add(impl);
			return [name, impl];
		}),
	);
}

const PLACEHOLDERS = new WeakSet<NativeImpl>();

/** Whether `o` stands in for a class or function pymem does not have (collections.UserDict...). */
export function isNotSupportedPlaceholder(o: PyObject): o is PyBuiltinFunction {
	return o instanceof PyBuiltinFunction && PLACEHOLDERS.has(o.impl);
}
