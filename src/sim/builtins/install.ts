// Fill a VM's builtins namespace: functions, types, exception classes, constants.
import { installMemoryviewMethods } from "./memoryview-methods";
import { installExceptionGroups } from "./exception-groups";
import { T, iteratorTypes } from "../heap/classes";
import type { PyObject } from "../heap/object";
import { BUILTIN_FUNCTIONS } from "./functions";
import { ITERATOR_FUNCTIONS } from "./iterators";
import { BUILTIN_ITERATOR_TYPES, exceptionClasses, globalShared, nativeFunction } from "./types";
import { EXCEPTION_ALIASES } from "../vm/errors";
import { installExceptionInits } from "../vm/exception-init";
import { installListMethods } from "./list-methods";
import { installRangeAndSliceMethods } from "./range-slice-methods";
import { installNumberMethods } from "./number-methods";
import { installStrMethods } from "./str-methods";
import { installStrTranslateMethods } from "./str-translate";
import { installBytesMethods } from "./bytes-methods";
import { BYTEARRAY_METHODS } from "./bytearray-methods";
import { installDictAndSetMethods } from "./dict-methods";
import { installObjectMethods } from "./object-methods";
import { installGeneratorMethods } from "./generator-methods";
import { installFrameMethods } from "./frame-methods";
import { installNewMethods } from "./new-methods";
import { installSlotWrappers } from "./slot-wrappers";
import { installIteratorLengthHints } from "./iterator-length-hints";
import { installSubclassDunders } from "./builtin-subclasses";
import { installOwnSlotWrappers } from "./own-slot-wrappers";
import { installTupleGetterMethods } from "./namedtuple";
import { installDescriptorMethods } from "./descriptor-methods";
import { installFinalizeMethods } from "./weakref-module";
import { installTextStreamMethods } from "./text-streams";
import { installStandardInputMethods } from "./standard-input";
import { installNumberDunders } from "./number-dunders";
import { installWeakDictionaryMethods } from "./weak-dictionary-methods";
import type { VM } from "../vm/vm";
import { calledWithTuple, isCalledWithTuple, type NativeImpl } from "../heap/callables";
import { BUILTIN_ARITY, keywordsToPositions } from "./arity";
import { useBuiltinParser } from "./keyword-parsers";
import { installWeakSetMethods } from "./weak-sets";
import { installDequeMethods } from "./deque";
import { installDefaultDictMethods } from "./defaultdict";
import { installOrderedDictMethods } from "./ordered-dict";
import { installClassGetItem } from "./class-getitem";
import { installCounterMethods } from "./counter";
import { installMappingProxyMethods } from "../vm/mapping-proxy-ops";
import { installTypeMethods } from "../vm/metaclasses";
import { installTypeIntrospection } from "../vm/special-attrs";
import { instantiate, withPackedArguments } from "../vm/instantiate";
import { addBuiltinConstructor } from "./constructors";

const EXPOSED_TYPES = ["object", "type", "int", "float", "complex", "str", "bytes", "bytearray", "memoryview", "bool", "list", "tuple", "dict", "set", "frozenset", "range", "slice", "property", "staticmethod", "classmethod", "super"] as const;

let natives: Map<string, PyObject> | null = null;

/** The builtin functions and methods are created once per process and shared by every VM. */
function sharedNatives(): Map<string, PyObject> {
	if (natives) return natives;
	installListMethods();
	installRangeAndSliceMethods();
	installNumberMethods();
	installStrMethods();
	installStrTranslateMethods();
	installBytesMethods(BYTEARRAY_METHODS);
	installDictAndSetMethods();
	installObjectMethods();
	installGeneratorMethods();
	installFrameMethods();
	installExceptionInits(exceptionClasses, globalShared);
	installExceptionGroups(exceptionClasses.get("BaseExceptionGroup")!);
	installNewMethods();
	installTypeMethods({ instantiate, withPackedArguments });
	installTypeIntrospection();
	installSlotWrappers();
	installIteratorLengthHints();
	installNumberDunders();
	installSubclassDunders();
	installOwnSlotWrappers();
	installTupleGetterMethods();
	installDescriptorMethods();
	installFinalizeMethods();
	installTextStreamMethods();
	installStandardInputMethods();
	installWeakDictionaryMethods();
	installWeakSetMethods();
	installDequeMethods();
	installDefaultDictMethods();
	installOrderedDictMethods();
	installClassGetItem();
	installCounterMethods();
	installMappingProxyMethods();
	installMemoryviewMethods();
	natives = new Map();
	for (const [name, impl] of Object.entries({ ...BUILTIN_FUNCTIONS, ...ITERATOR_FUNCTIONS })) natives.set(name, nativeFunction(name, checkingArity(name, impl)));
	// Each call does what CPython's does (zip's call packs its arguments, the others are vectorcalls): the natives
	// written as builtin functions construct the types.
	for (const name of BUILTIN_ITERATOR_TYPES) {
		const construct = ITERATOR_FUNCTIONS[name]!;
		addBuiltinConstructor(name, (vm, args, kw) => construct(vm, args, kw, null));
		natives.set(name, iteratorTypes.get(name)!);
	}
	return natives;
}

/** The builtin with CPython's TypeError for a wrong number of arguments checked before it runs. */
function checkingArity(name: string, impl: NativeImpl): NativeImpl {
	const check = BUILTIN_ARITY[name];
	if (!check) return impl;
	const checked: NativeImpl = (vm, args, kw, self) => {
		const problem = check(name, args.length, kw);
		useBuiltinParser(vm, name, kw, problem);
		if (problem !== null) return vm.raise("TypeError", problem);
		const placed = keywordsToPositions(name, args, kw);
		if (placed === null) return impl(vm, args, kw, self);
		return typeof placed === "string" ? vm.raise("TypeError", placed) : impl(vm, placed, null, self);
	};
	return isCalledWithTuple(impl) ? calledWithTuple(checked) : checked;
}

export function installBuiltins(vm: VM): void {
	const put = (name: string, value: PyObject) => vm.dictSetStr(vm.builtins, name, value);
	for (const [name, fn] of sharedNatives()) put(name, fn);
	for (const name of EXPOSED_TYPES) put(name, T[name]);
	for (const [name, cls] of exceptionClasses) put(name, cls);
	for (const [alias, name] of EXCEPTION_ALIASES) put(alias, exceptionClasses.get(name)!);
	put("None", vm.None);
	put("True", vm.True);
	put("False", vm.False);
	put("NotImplemented", vm.NotImplemented);
	put("Ellipsis", vm.Ellipsis);
	put("__name__", vm.intern("builtins"));
}
