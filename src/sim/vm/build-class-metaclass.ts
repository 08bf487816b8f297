// __build_class__ for a class statement with keywords or a metaclass (builtin___build_class__ in
// bltinmodule.c): the keywords as a dict (`metaclass` taken out), the most derived metaclass, its
// __prepare__ called with (name, bases, **keywords), the body run in that namespace, then
// metaclass(name, bases, namespace, **keywords), and the check that the __class__ cell got the class.
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyDict, type PyTuple } from "../heap/containers";
import { PyCell, type PyFunction } from "../heap/callables";
import type { PyStr } from "../heap/values";
import { dictSet } from "./dicts";
import { lookupAttr } from "./attributes";
import { callWithKeywordDict } from "./keyword-calls";
import { withCallerPacked } from "./caller-packed";
import { calculateMetaclass } from "./metaclasses";
import { repr } from "./repr";
import type { VM } from "./vm";
import { BASES, CLASS_CELL, CLASS_NAMESPACE, TYPE_CALL_ARGUMENTS } from "./build-class-labels";

const CLASS_KEYWORDS = "class keywords (__build_class__)";
const METACLASS = "metaclass (__build_class__)";
const PREPARE = "__prepare__ being called";

export function buildWithMetaclass(vm: VM, body: PyFunction, nameObj: PyStr, bases: readonly PyObject[], origBases: PyTuple | null, kwargs: Map<string, PyObject> | null): PyObject {
	const basesTuple = vm.tuple(bases.map((b) => vm.incref(b)));
	vm.heap.adopt(basesTuple, BASES);
	// _PyStack_AsDict: every keyword but `metaclass`, which build_class holds itself.
	let mkw: PyDict | null = null;
	let keywords: Map<string, PyObject> | null = null;
	let meta: PyObject | undefined;
	if (kwargs?.size) {
		mkw = vm.dict();
		vm.heap.adopt(mkw, CLASS_KEYWORDS);
		keywords = new Map();
		for (const [k, v] of kwargs) {
			if (k === "metaclass") meta = v;
			else {
				keywords.set(k, v);
				dictSet(vm, mkw, vm.intern(k), v);
			}
		}
	}
	try {
		// Without an explicit metaclass: type for no bases, else the first base's type.
		meta ??= bases.length ? bases[0]!.cls : T.type;
		if (meta instanceof PyClass) meta = calculateMetaclass(vm, meta, bases);
		vm.heap.hold(meta, METACLASS);
		try {
			return buildFrom(vm, meta, body, nameObj, basesTuple, origBases, keywords, mkw);
		} finally {
			vm.heap.release(meta, METACLASS);
		}
	} finally {
		if (mkw) vm.heap.release(mkw, CLASS_KEYWORDS);
		vm.heap.release(basesTuple, BASES);
	}
}

function buildFrom(vm: VM, meta: PyObject, body: PyFunction, nameObj: PyStr, basesTuple: PyTuple, origBases: PyTuple | null, keywords: Map<string, PyObject> | null, mkw: PyDict | null): PyObject {
	const namespace = prepare(vm, meta, nameObj, basesTuple, keywords, mkw);
	vm.heap.adopt(namespace, CLASS_NAMESPACE);
	try {
		const cell = vm.runClassBody(body, namespace);
		vm.heap.adopt(cell, CLASS_CELL);
		try {
			if (origBases) vm.dictSetStr(namespace, "__orig_bases__", origBases);
			const cls = callMetaclass(vm, meta, [nameObj, basesTuple, namespace], keywords, mkw);
			if (cls instanceof PyClass && cell instanceof PyCell && cell.ref !== cls) {
				vm.decref(cls);
				if (cell.ref === null) {
					vm.raise("RuntimeError", `__class__ not set defining ${repr(vm, nameObj)} as ${repr(vm, cls)}. Was __classcell__ propagated to type.__new__?`);
				}
				vm.raise("TypeError", `__class__ set to ${repr(vm, cell.ref)} defining ${repr(vm, nameObj)} as ${repr(vm, cls)}`);
			}
			return cls;
		} finally {
			vm.heap.release(cell, CLASS_CELL);
		}
	} finally {
		vm.heap.release(namespace, CLASS_NAMESPACE);
	}
}

/** meta.__prepare__(name, bases, **keywords), or a new dict when meta has none (a function as metaclass). */
function prepare(vm: VM, meta: PyObject, nameObj: PyStr, basesTuple: PyTuple, keywords: Map<string, PyObject> | null, mkw: PyDict | null): PyDict {
	const prep = lookupAttr(vm, meta, "__prepare__");
	if (!prep) return vm.dict();
	vm.heap.adopt(prep, PREPARE);
	let namespace: PyObject;
	try {
		namespace = callWithKeywordDict(vm, prep, [nameObj, basesTuple], keywords, mkw);
	} finally {
		vm.heap.release(prep, PREPARE);
	}
	// A dict or a dict subclass (enum's _EnumDict): the body's names go through its own __setitem__ (names.ts).
	if (namespace instanceof PyDict) return namespace;
	const metaName = meta instanceof PyClass ? meta.name : "<metaclass>";
	vm.decref(namespace);
	if (!(namespace instanceof PyDict) && !namespace.cls.lookup("__getitem__")) {
		return vm.raise("TypeError", `${metaName}.__prepare__() must return a mapping, not ${namespace.typeName}`);
	}
	return vm.raise("TypeError", `pymem does not support a __prepare__ that returns a ${namespace.typeName} yet (only a dict or a dict subclass)`);
}

/**
 * PyObject_VectorcallDict(meta, (name, bases, ns), mkw): type and functions take a vectorcall (the keywords
 * unpacked again); a metaclass written in Python has none, so _PyObject_MakeTpCall packs the arguments in a
 * new tuple and hands mkw itself on as the keyword dict.
 */
function callMetaclass(vm: VM, meta: PyObject, margs: PyObject[], keywords: Map<string, PyObject> | null, mkw: PyDict | null): PyObject {
	if (!(meta instanceof PyClass) || meta.builtin) return callWithKeywordDict(vm, meta, margs, keywords, mkw);
	const argTuple = vm.tuple(margs.map((a) => vm.incref(a)));
	vm.heap.adopt(argTuple, TYPE_CALL_ARGUMENTS);
	try {
		return withCallerPacked(argTuple, mkw, () => vm.callObject(meta, argTuple.items, keywords?.size ? keywords : null));
	} finally {
		vm.heap.release(argTuple, TYPE_CALL_ARGUMENTS);
	}
}

