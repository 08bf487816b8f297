// __build_class__: a class statement's bases tuple, its namespace from type.__prepare__, the body run in
// that namespace, then type(name, bases, namespace) (type-new.ts) called with its arguments in a tuple, as
// CPython does. A class starts with references to itself (its __mro__, its descriptors), so only the cyclic
// collector can free it.
import { PyTypingObject } from "../heap/typing-objects";
import { PyGenericAlias } from "../heap/generic-alias";
import { lookupAttr } from "./attributes";
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyTuple, PyDict } from "../heap/containers";
import { PyStr } from "../heap/values";
import { PyFunction, PyBuiltinFunction } from "../heap/callables";
import { typeNew } from "./type-new";
import { classPart } from "./class-parts";
import { buildWithMetaclass } from "./build-class-metaclass";
import { calculateMetaclass } from "./metaclasses";
import { slotTpNew } from "./instantiate";
import { tpNewOf } from "../builtins/new-methods";
import { isNotSupportedPlaceholder } from "../builtins/types";
import { updateBases } from "./update-bases";
import type { VM } from "./vm";
import { QUICKENING_WARMUP_DELAY } from "./warm-up";
import { CALL_LEVEL, withRecursionLevel } from "./c-recursion";
import { BASES, CLASS_CELL, CLASS_NAMESPACE, TYPE_CALL_ARGUMENTS } from "./build-class-labels";

const PREPARE = "type.__prepare__ being called";

/**
 * The CALL of __build_class__ in a class statement. Until the calling code is quickened the call is generic, and
 * cfunction_vectorcall_FASTCALL_KEYWORDS counts a level while the builtin runs (so a class body in module code runs
 * one level deeper); quickened, PRECALL_BUILTIN_FAST_WITH_KEYWORDS calls it with none.
 */
export function buildClassCall(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	if (vm.frames[vm.frames.length - 1]!.code.warmup >= QUICKENING_WARMUP_DELAY) return buildClass(vm, args, kwargs);
	return withRecursionLevel(vm, CALL_LEVEL, () => buildClass(vm, args, kwargs));
}

/** __build_class__(func, name, *bases, **keywords): run the body in a fresh namespace, then make the type. */
export function buildClass(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	const [body, nameObj, ...given] = args;
	if (!(body instanceof PyFunction) || !(nameObj instanceof PyStr)) return vm.raise("TypeError", "__build_class__: func must be a function");
	// A base pymem has only a placeholder for (`class D(UserDict)`) says so, rather than fail as a function would.
	const placeholder = given.find(isNotSupportedPlaceholder);
	if (placeholder) return vm.callObject(placeholder, []);
	// update_bases: a base that is no class gives its __mro_entries__; the bases as written become the
	// namespace's __orig_bases__ once the body has run.
	const { bases, origBases, release } = updateBases(vm, given);
	try {
		// Without keywords and with type as the metaclass, the class object is known from the start. A base that is
		// no class has its type as metaclass (`class C(1)` calls int('C', (1,), namespace) once the body has run).
		const plain = !kwargs?.size && bases.every((b) => b instanceof PyClass && b.cls === T.type);
		if (plain) return buildClassFrom(vm, body, nameObj, bases as PyClass[], origBases);
		return buildWithMetaclass(vm, body, nameObj, bases, origBases, kwargs);
	} finally {
		release();
	}
}

function buildClassFrom(vm: VM, body: PyFunction, nameObj: PyStr, bases: PyClass[], origBases: PyTuple | null): PyObject {
	const explicitBases = bases;
	// The class object exists (unallocated) from here: the bases tuple becomes its __bases__.
	const cls = new PyClass(nameObj.value, explicitBases.length ? explicitBases : [T.object], false, nameObj.value, "__main__");
	const basesTuple = explicitBases.length ? classPart(vm, cls, new PyTuple(explicitBases.map((b) => vm.incref(b))), true) : null;
	if (basesTuple) vm.heap.adopt(basesTuple, BASES);
	cls.basesTuple = basesTuple;
	try {
		const namespace = prepareNamespace(vm);
		try {
			const cell = vm.runClassBody(body, namespace);
			vm.heap.adopt(cell, CLASS_CELL);
			try {
				if (origBases) vm.dictSetStr(namespace, "__orig_bases__", origBases);
				return callType(vm, cls, nameObj, basesTuple, namespace);
			} finally {
				vm.heap.release(cell, CLASS_CELL);
			}
		} finally {
			// builtin___build_class__ releases the namespace, also when the body raises.
			vm.heap.release(namespace, CLASS_NAMESPACE);
		}
	} finally {
		if (basesTuple) vm.heap.release(basesTuple, BASES);
	}
}

/** type.__prepare__ (a method bound for the call) returns a new dict. */
function prepareNamespace(vm: VM): PyDict {
	const prepare = vm.heap.register(new PyBuiltinFunction("__prepare__", (v) => v.dict(), T.type, T.type));
	vm.heap.adopt(prepare, PREPARE);
	const namespace = vm.dict();
	vm.heap.adopt(namespace, CLASS_NAMESPACE);
	vm.heap.release(prepare, PREPARE);
	return namespace;
}

/** type(name, bases, namespace) through _PyObject_MakeTpCall: its arguments packed in a tuple for the call. */
function callType(vm: VM, cls: PyClass, name: PyStr, basesTuple: PyTuple | null, namespace: PyDict): PyClass {
	const args = vm.tuple([name, basesTuple ?? vm.emptyTuple, namespace].map((o) => vm.incref(o)));
	vm.heap.adopt(args, TYPE_CALL_ARGUMENTS);
	try {
		return typeNew(vm, cls, basesTuple, namespace);
	} finally {
		vm.heap.release(args, TYPE_CALL_ARGUMENTS);
	}
}

/**
 * type_new(metatype, (name, bases, dict), kwds), for type(name, bases, dict), type.__new__(mcls, ...) and a
 * metaclass called without a __new__ of its own: the same class a class statement makes from that namespace,
 * with the caller's bases tuple itself as __bases__. The most derived metaclass of the bases wins; one with a
 * `__new__` of its own makes the class instead.
 */
export function typeFromArguments(vm: VM, metatype: PyClass, argTuple: PyTuple, kwargs: ReadonlyMap<string, PyObject> | null, kwDict: PyDict | null = null): PyObject {
	const [nameObj, basesObj, dictObj] = argTuple.items;
	const argumentError = (n: number, expected: string, got: PyObject) => vm.raise("TypeError", `type.__new__() argument ${n} must be ${expected}, not ${got.typeName}`);
	if (!(nameObj instanceof PyStr)) return argumentError(1, "str", nameObj!);
	if (!(basesObj instanceof PyTuple)) return argumentError(2, "tuple", basesObj!);
	if (!(dictObj instanceof PyDict)) return argumentError(3, "dict", dictObj!);
	// type_new_get_bases: a base that is no class but has __mro_entries__ (list[int], Generic[T]) is for a class statement.
	for (const base of basesObj.items) {
		if (base instanceof PyClass) continue;
		// typing's objects and GenericAlias answer __mro_entries__ natively (update-bases.ts).
		const entries = base instanceof PyTypingObject || base instanceof PyGenericAlias ? null : lookupAttr(vm, base, "__mro_entries__");
		if (entries === undefined) continue;
		if (entries) vm.decref(entries);
		vm.raise("TypeError", "type() doesn't support MRO entry resolution; use types.new_class()");
	}
	// _PyType_CalculateMetaclass: a base that is no class has a type that is no metaclass.
	if (!basesObj.items.every((b) => b instanceof PyClass)) {
		vm.raise("TypeError", "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
	}
	const bases = basesObj.items;
	let meta = metatype;
	if (bases.length) {
		const winner = calculateMetaclass(vm, metatype, bases);
		// type_new_get_bases: "Pass it to the winner" when the winner's tp_new is not type_new.
		if (winner !== metatype && tpNewOf(winner) === null) return slotTpNew(vm, winner, argTuple, kwargs, kwDict);
		meta = winner;
	}
	const cls = new PyClass(nameObj.value, bases.length ? bases : [T.object], false, nameObj.value, "__main__");
	cls.metaclass = meta === T.type ? null : meta;
	return typeNew(vm, cls, bases.length ? basesObj : null, dictObj, kwargs, kwDict);
}
