// The objects typing's module namespace holds from its import on: the special forms, the special generic
// aliases and Any. In CPython the module (imported at startup here) owns them, so they are shared values:
// their counts are interpreter-internal, as those of classes are.
import type { PyObject } from "../heap/object";
import { T, type PyClass } from "../heap/classes";
import { PyTypingObject } from "../heap/typing-objects";
import { globalShared } from "../builtins/types";

/** [name, origin (null: a collections.abc class pymem lacks), parameter count, instantiable]. */
const SPECIAL_ALIASES: [string, () => PyClass | string, number, boolean][] = [
	["List", () => T.list, 1, false],
	["Dict", () => T.dict, 2, false],
	["Set", () => T.set, 1, false],
	["FrozenSet", () => T.frozenset, 1, false],
	["Type", () => T.type, 1, false],
	["Deque", () => T.deque, 1, true],
	["DefaultDict", () => T.defaultdict, 2, true],
	["OrderedDict", () => T.OrderedDict, 2, true],
	["Counter", () => T.Counter, 1, true],
	["Iterable", () => "collections.abc.Iterable", 1, true],
	["Iterator", () => "collections.abc.Iterator", 1, true],
	["Generator", () => "collections.abc.Generator", 3, true],
	["Sequence", () => "collections.abc.Sequence", 1, true],
	["MutableSequence", () => "collections.abc.MutableSequence", 1, true],
	["Mapping", () => "collections.abc.Mapping", 2, true],
	["MutableMapping", () => "collections.abc.MutableMapping", 2, true],
	["Collection", () => "collections.abc.Collection", 1, true],
	["Container", () => "collections.abc.Container", 1, true],
	["Reversible", () => "collections.abc.Reversible", 1, true],
	["AbstractSet", () => "collections.abc.Set", 1, true],
	["MutableSet", () => "collections.abc.MutableSet", 1, true],
	["Hashable", () => "collections.abc.Hashable", 0, true],
	["Sized", () => "collections.abc.Sized", 0, true],
];

const FORMS = ["Union", "Optional", "ClassVar", "Final", "NoReturn", "Never", "Self", "LiteralString", "TypeAlias"] as const;

export interface TypingForms {
	Union: PyTypingObject;
	Optional: PyTypingObject;
	ClassVar: PyTypingObject;
	Final: PyTypingObject;
	NoReturn: PyTypingObject;
	Literal: PyTypingObject;
	Any: PyTypingObject;
	/** Every name typing's namespace gets from this file. */
	all: Map<string, PyObject>;
}

let forms: TypingForms | null = null;

function special(name: string, origin: PyClass | string, nparams: number, inst: boolean, cls: PyClass): PyTypingObject {
	const alias = globalShared(new PyTypingObject("special", cls, name));
	if (typeof origin === "string") alias.missingOrigin = origin;
	else alias.origin = origin;
	alias.nparams = nparams;
	alias.inst = inst;
	return alias;
}

export function typingForms(): TypingForms {
	if (forms) return forms;
	const all = new Map<string, PyObject>();
	for (const name of FORMS) all.set(name, globalShared(new PyTypingObject("form", T._SpecialForm, name)));
	all.set("Literal", globalShared(new PyTypingObject("form", T._LiteralSpecialForm, "Literal")));
	all.set("Any", globalShared(new PyTypingObject("any", T._AnyMeta, "Any")));
	for (const [name, origin, nparams, inst] of SPECIAL_ALIASES) all.set(name, special(name, origin(), nparams, inst, T._SpecialGenericAlias));
	all.set("Tuple", special("Tuple", T.tuple, -1, false, T._TupleType));
	all.set("Callable", special("Callable", "collections.abc.Callable", 2, true, T._CallableType));
	const get = (name: string) => all.get(name) as PyTypingObject;
	forms = { Union: get("Union"), Optional: get("Optional"), ClassVar: get("ClassVar"), Final: get("Final"), NoReturn: get("NoReturn"), Literal: get("Literal"), Any: get("Any"), all };
	return forms;
}
