// typing: the special forms and generic aliases (typing-forms.ts), TypeVar, Generic, cast, overload,
// TYPE_CHECKING and get_type_hints. Lib/typing.py is Python code; pymem runs its effects natively (the
// objects it makes, the references its lru caches keep). Names it does not simulate raise when used.
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyDict, PyTuple } from "../heap/containers";
import { PyStr } from "../heap/values";
import { PyDescriptor, PyFunction, PyBoundMethod, type NativeImpl, type PyModule } from "../heap/callables";
import { PyTypingObject } from "../heap/typing-objects";
import type { VM } from "../vm/vm";
import { dictSet } from "../vm/dicts";
import { getAttr, lookupAttr } from "../vm/attributes";
import { isTruthy } from "../vm/protocol";
import { typingForms } from "../vm/typing-forms";
import { temporary, typeCheck, withTemporaries } from "../vm/typing-subscript";
import { evalType, newForwardRef, type Namespaces } from "../vm/typing-forward";
import { PyGenericAlias } from "../heap/generic-alias";
import { PyUnionType } from "../heap/union-type";
import { repr } from "../vm/repr";
import { genericClassGetItem } from "../vm/typing-generic";
import { moduleTypeConstructors } from "./module-type-constructors";
import { globalShared, nativeFunction } from "./types";
import { runLibraryModule } from "../vm/library-source";
import { NAMED_TUPLE_SOURCE } from "./typing-source-named-tuple";
import { TYPING_FUNCTIONS_SOURCE } from "./typing-source-functions";

/** typing's names pymem does not simulate: any use of one says so. */
const TYPING_NOT_YET = [
	"Protocol", "TypedDict", "NewType", "ParamSpec", "TypeVarTuple", "Annotated", "runtime_checkable",
	"no_type_check", "dataclass_transform", "get_overloads", "clear_overloads",
	"Concatenate", "TypeGuard", "Unpack", "Required", "NotRequired", "AnyStr", "Text", "IO", "TextIO", "BinaryIO", "Pattern", "Match",
	"SupportsInt", "SupportsFloat", "SupportsComplex", "SupportsBytes", "SupportsIndex", "SupportsAbs", "SupportsRound", "ChainMap",
	"Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator", "ContextManager", "AsyncContextManager", "KeysView",
	"ItemsView", "ValuesView", "MappingView", "ByteString", "is_typeddict", "ParamSpecArgs", "ParamSpecKwargs",
] as const;

/** _overload_registry: the overloaded functions, kept alive for get_overloads (which pymem does not have). */
const OVERLOAD_REGISTRY = "typing._overload_registry";

const cast: NativeImpl = (vm, args) => {
	if (args.length === 0) vm.raise("TypeError", "cast() missing 2 required positional arguments: 'typ' and 'val'");
	if (args.length === 1) vm.raise("TypeError", "cast() missing 1 required positional argument: 'val'");
	if (args.length > 2) vm.raise("TypeError", `cast() takes 2 positional arguments but ${args.length} were given`);
	return vm.incref(args[1]!);
};

/** overload(func): the function goes into the registry; the name gets _overload_dummy. */
const overload: NativeImpl = (vm, args) => {
	const func = args[0]!;
	const inner = func instanceof PyDescriptor ? func.parts[0] : func;
	if (inner instanceof PyFunction) vm.heap.hold(func, OVERLOAD_REGISTRY);
	return vm.incref(overloadDummy());
};

let dummy: PyObject | null = null;
function overloadDummy(): PyObject {
	return (dummy ??= nativeFunction("_overload_dummy", (vm) =>
		vm.raise(
			"NotImplementedError",
			"You should not call an overloaded function. A series of @overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed.",
		),
	));
}

/**
 * get_type_hints(obj): a class's annotations along its MRO, base first (evaluated with the module's names
 * before the class's), or a function's or method's (with its globals); None becomes NoneType, a str a
 * ForwardRef, and each is evaluated (typing-forward.ts).
 */
const getTypeHints: NativeImpl = (vm, args, kw) => {
	const obj = args[0]!;
	if (args.length > 1 || (kw && [...kw.keys()].some((k) => k !== "include_extras"))) {
		vm.raise("TypeError", "pymem does not support typing.get_type_hints with globalns or localns yet");
	}
	const hints = vm.dict();
	return vm.heap.build(hints, "get_type_hints result", () =>
		withTemporaries(vm, () => {
			const add = (annotations: PyDict, ns: Namespaces, isClass: boolean) => {
				for (const { key, value } of [...annotations.entries.values()]) {
					const annotation = value === vm.None ? T.NoneType : value instanceof PyStr ? temporary(newForwardRef(vm, value, !isClass, isClass)) : value;
					const evaluated = evalType(vm, annotation, ns);
					dictSet(vm, hints, key, evaluated);
					vm.decref(evaluated);
				}
			};
			if (obj instanceof PyClass) {
				for (const base of [...obj.mro].reverse()) {
					const annotations = base.dict.get("__annotations__");
					if (annotations instanceof PyDict && base.namespace instanceof PyDict) add(annotations, { locals: vm.mainGlobals, globals: base.namespace, same: false }, true);
				}
				return;
			}
			const func = obj instanceof PyBoundMethod ? obj.func : obj;
			if (!(func instanceof PyFunction)) {
				// Without __annotations__ CPython refuses it; an object that has some (a module, an instance) pymem does not evaluate.
				const annotations = lookupAttr(vm, obj, "__annotations__");
				if (!annotations) return vm.raise("TypeError", `${repr(vm, obj)} is not a module, class, method, or function.`);
				vm.decref(annotations);
				return vm.raise("TypeError", `pymem does not support typing.get_type_hints of a ${obj.typeName} yet`);
			}
			const annotations = getAttr(vm, func, "__annotations__");
			try {
				if (annotations instanceof PyDict) add(annotations, { locals: func.globals, globals: func.globals, same: true }, false);
			} finally {
				vm.decref(annotations);
			}
		}),
	);
};

/** get_origin(tp): the origin of an alias (special ones too), Generic for Generic, types.UnionType for a union; else None. */
const getOrigin: NativeImpl = (vm, args) => {
	const tp = args[0]!;
	if (tp instanceof PyTypingObject && (tp.kind === "alias" || tp.kind === "special")) return vm.incref(tp.origin ?? missingOrigin(vm, tp));
	if (tp instanceof PyGenericAlias) return vm.incref(tp.origin!);
	if (tp === T.Generic) return vm.incref(T.Generic);
	if (tp instanceof PyUnionType) return vm.incref(T.UnionType);
	return vm.incref(vm.None);
};

function missingOrigin(vm: VM, tp: PyTypingObject): never {
	return vm.raise("TypeError", `pymem does not support ${tp.missingOrigin!} (typing.${tp.name!}.__origin__) yet`);
}

/** get_args(tp): __args__ of an alias or union (a Callable's as ([args], result)); else (). */
const getArgs: NativeImpl = (vm, args) => {
	const tp = args[0]!;
	if ((tp instanceof PyTypingObject && tp.kind === "alias") || tp instanceof PyGenericAlias) {
		const items = (tp.args as PyTuple).items;
		// _should_unflatten_callable_args: a Callable's parameters go back into a list unless they are `...`.
		// (typing.Callable's alias, or collections.abc.Callable's.)
		const callable = (tp instanceof PyTypingObject && tp.cls === T._CallableGenericAlias) || (tp instanceof PyGenericAlias && tp.subclass !== null);
		if (callable && !(items.length === 2 && items[0] === vm.Ellipsis)) {
			return vm.tuple([vm.list(items.slice(0, -1).map((a) => vm.incref(a))), vm.incref(items[items.length - 1]!)]);
		}
		return vm.incref(tp.args!);
	}
	if (tp instanceof PyUnionType) return vm.incref(tp.args!);
	return vm.incref(vm.emptyTuple);
};

export const TYPING_FUNCTIONS: Record<string, NativeImpl> = {
	cast,
	overload,
	get_type_hints: getTypeHints,
	get_origin: getOrigin,
	get_args: getArgs,
};

/** TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False). */
function newTypeVar(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	const [name, ...constraints] = args;
	if (!(name instanceof PyStr)) return vm.raise("TypeError", name ? "pymem does not support a TypeVar name that is not a str yet" : "TypeVar.__init__() missing 1 required positional argument: 'name'");
	for (const k of kw?.keys() ?? []) if (!["bound", "covariant", "contravariant"].includes(k)) vm.raise("TypeError", `TypeVar.__init__() got an unexpected keyword argument '${k}'`);
	const covariant = kw?.get("covariant");
	const contravariant = kw?.get("contravariant");
	const co = covariant ? isTruthy(vm, covariant) : false;
	const contra = contravariant ? isTruthy(vm, contravariant) : false;
	if (co && contra) vm.raise("ValueError", "Bivariant types are not supported.");
	const boundArg = kw?.get("bound");
	const bound = boundArg && isTruthy(vm, boundArg) ? typeCheck(vm, boundArg, "Bound must be a type.") : null;
	if (constraints.length && boundArg && boundArg !== vm.None) vm.raise("TypeError", "Constraints cannot be combined with bound=...");
	if (constraints.length === 1) vm.raise("TypeError", "A single constraint is not allowed");
	const checked = constraints.map((c) => typeCheck(vm, c, "TypeVar(name, constraint, ...): constraints must be types."));
	const tv = vm.heap.register(new PyTypingObject("typevar", T.TypeVar, name.value));
	tv.covariant = co;
	tv.contravariant = contra;
	tv.bound = bound ? vm.incref(bound) : null;
	tv.constraints = checked.length ? vm.tuple(checked.map((c) => vm.incref(c))) : vm.incref(vm.emptyTuple);
	vm.heap.observer?.contentChanged(tv);
	return tv;
}

/** ForwardRef(arg, is_argument=True, module=None, *, is_class=False). */
function newForwardRefCalled(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	const [arg, isArgument] = args;
	if (!arg) return vm.raise("TypeError", "ForwardRef.__init__() missing 1 required positional argument: 'arg'");
	const module = args[2] ?? kw?.get("module");
	if (args.length > 3 || (module && module !== vm.None)) vm.raise("TypeError", "pymem does not support ForwardRef with a module yet");
	if (!(arg instanceof PyStr)) return vm.raise("TypeError", `Forward reference must be a string -- got ${repr(vm, arg)}`);
	const isClass = kw?.get("is_class");
	const argument = isArgument ?? kw?.get("is_argument");
	return newForwardRef(vm, arg, argument ? isTruthy(vm, argument) : true, isClass ? isTruthy(vm, isClass) : false);
}

let unsupported: Map<string, PyTypingObject> | null = null;

export function installTypingNames(vm: VM, module: PyModule): void {
	moduleTypeConstructors.set(T.TypeVar, (v, args, kw) => withTemporaries(v, () => newTypeVar(v, args, kw)));
	moduleTypeConstructors.set(T.ForwardRef, (v, args, kw) => newForwardRefCalled(v, args, kw));
	if (!T.Generic.dict.has("__class_getitem__")) {
		T.Generic.dict.set("__class_getitem__", globalShared(new PyDescriptor("classmethod", [nativeFunction("__class_getitem__", genericClassGetItem)])));
	}
	unsupported ??= new Map(TYPING_NOT_YET.map((name) => [name, globalShared(new PyTypingObject("unsupported", T._SpecialForm, name))]));
	for (const [name, value] of typingForms().all) vm.dictSetStr(module.dict, name, value);
	vm.dictSetStr(module.dict, "TypeVar", T.TypeVar);
	vm.dictSetStr(module.dict, "Generic", T.Generic);
	vm.dictSetStr(module.dict, "ForwardRef", T.ForwardRef);
	vm.dictSetStr(module.dict, "TYPE_CHECKING", vm.False);
	for (const [name, value] of unsupported) vm.dictSetStr(module.dict, name, value);
	vm.dictSetStr(module.dict, "_type_check", (typeCheckFunction ??= nativeFunction("_type_check", typeCheckNative)));
	runLibraryModule(vm, NAMED_TUPLE_SOURCE, module.dict);
	runLibraryModule(vm, TYPING_FUNCTIONS_SOURCE, module.dict);
}

let typeCheckFunction: PyObject | null = null;

/** _type_check(arg, msg) for the Python parts of typing: the checked type (a new ForwardRef for a str). */
const typeCheckNative: NativeImpl = (vm, [arg, msg]) => withTemporaries(vm, () => vm.incref(typeCheck(vm, arg!, vm.strValue(msg!))));

