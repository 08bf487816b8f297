// The layout of a class's instances as type_new works it out: whether they carry a __dict__ and weak
// references, which __slots__ become member descriptors, and which base's C layout a new class extends
// (best_base, solid_base, extra_ivars), which decides whether bases conflict.
import { T, type PyClass } from "../heap/classes";

/** What a class's instances carry: a __dict__, weak references (tp_dictoffset, tp_weaklistoffset). */
export function instancesHaveDict(cls: PyClass): boolean {
	// A type's instances (classes) have a dict (tp_dict) already: a metaclass adds no __dict__ descriptor.
	return cls.mro.some((c) => (c.builtin ? c === T.BaseException || c === T.type : c.slotNames === null || c.slotNames.includes("__dict__")));
}
/** tp_weaklistoffset: some class in the MRO defined in Python has no __slots__, or lists `__weakref__` in them. */
export function instancesHaveWeakrefs(cls: PyClass): boolean {
	// A layout fixed in advance (collections.Counter, a Python class in CPython) says so itself.
	if (cls.builtin && cls.instanceLayout) return cls.instanceLayout.hasWeakref;
	// type_new adds no __weakref__ slot after a variable-size base's items (tuple's).
	if (cls.isSubclassOf(T.tuple) || cls.isSubclassOf(T.int)) return false;
	// set_new's objects have a weakref list of their own.
	if (cls.isSubclassOf(T.set) || cls.isSubclassOf(T.frozenset)) return true;
	// type's instances take weak references already (tp_weaklistoffset).
	if (cls.isSubclassOf(T.type)) return true;
	return cls.mro.some((c) => !c.builtin && (c.slotNames === null || c.slotNames.includes("__weakref__")));
}

/** Slot names that become member descriptors: __slots__ without __dict__ and __weakref__, sorted as type_new does. */
export function memberNames(cls: PyClass): string[] {
	return (cls.slotNames ?? []).filter((n) => n !== "__dict__" && n !== "__weakref__").sort();
}

/** solid_base: the most derived class along tp_base whose instances have fields its base's lack (extra_ivars). */
export function solidBase(cls: PyClass): PyClass {
	if (cls === T.object) return T.object;
	const below = solidBase(cls.base ?? cls.mro[1] ?? T.object);
	return addsFields(cls) ? cls : below;
}

/** Exceptions whose C struct is larger than their base's (the others share BaseException's or their base's). */
const EXCEPTIONS_WITH_FIELDS = new Set(["BaseException", "StopIteration", "SystemExit", "ImportError", "OSError", "SyntaxError", "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError", "NameError", "AttributeError", "BaseExceptionGroup"]);

/** Classes built in here that are Python classes without members of their own in CPython: their base's layout. */
const PYTHON_CLASSES_WITHOUT_MEMBERS = new Set(["WeakValueDictionary", "WeakKeyDictionary", "WeakSet", "Counter", "finalize"]);

/**
 * extra_ivars: a C type with a struct of its own; a class with members from __slots__; a class over a
 * variable-size base (int, tuple) whose __dict__ pointer it adds after the items. A managed __dict__ and a
 * __weakref__ added last do not count.
 */
function addsFields(cls: PyClass): boolean {
	if (cls.builtin) {
		if (cls.isSubclassOf(T.BaseException)) return EXCEPTIONS_WITH_FIELDS.has(cls.name);
		return cls.module !== "typing" && !PYTHON_CLASSES_WITHOUT_MEMBERS.has(cls.name);
	}
	if (memberNames(cls).length > 0) return true;
	const base = cls.base ?? T.object;
	const variableSize = base.isSubclassOf(T.int) || base.isSubclassOf(T.tuple);
	return variableSize && instancesHaveDict(cls) && !instancesHaveDict(base);
}

/** best_base: the base whose layout the new class extends; null when two bases' layouts conflict. */
export function bestBase(bases: PyClass[]): PyClass | null {
	let base: PyClass | null = null;
	let winner: PyClass | null = null;
	for (const candidateBase of bases) {
		const candidate = solidBase(candidateBase);
		if (!winner) [winner, base] = [candidate, candidateBase];
		else if (winner.isSubclassOf(candidate)) continue;
		else if (candidate.isSubclassOf(winner)) [winner, base] = [candidate, candidateBase];
		else return null;
	}
	return base;
}
