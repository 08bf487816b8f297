// What typing's objects do besides subscription (Lib/typing.py, 3.11): their reprs, == and hash, the
// attributes they answer, calling them, isinstance/issubclass with them, and `|`.
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyTuple } from "../heap/containers";
import { PyFunction } from "../heap/callables";
import { PyUnionType } from "../heap/union-type";
import { PyTypingObject } from "../heap/typing-objects";
import { hashFrozenset, hashTuple } from "../runtime/numericHash";
import type { VM } from "./vm";
import { repr, qualifiedName } from "./repr";
import { hashKey } from "./dicts";
import type { HashKey } from "../heap/containers";
import { compareValues } from "./comparisons";
import { getAttr } from "./attributes";
import { typingForms } from "./typing-forms";
import { subscriptTyping, unsupportedName } from "./typing-subscript";
import { callSettingOrigClass } from "./generic-alias-ops";

const argsOf = (o: PyTypingObject): PyObject[] => (o.args instanceof PyTuple ? o.args.items : []);

/** _type_repr: classes by (module and) qualified name, `...`, functions by name, anything else by repr. */
function typeRepr(vm: VM, o: PyObject): string {
	if (o instanceof PyClass) return qualifiedName(o);
	if (o === vm.Ellipsis) return "...";
	if (o instanceof PyFunction) return o.name;
	return repr(vm, o);
}

export function typingRepr(vm: VM, o: PyTypingObject): string {
	switch (o.kind) {
		case "unsupported":
			return unsupportedName(vm, o);
		case "typevar":
			return (o.covariant ? "+" : o.contravariant ? "-" : "~") + o.name!;
		case "forwardref":
			return `ForwardRef(${repr(vm, o.args!)})`;
		case "form":
		case "special":
		case "any":
			return `typing.${o.name!}`;
		case "alias":
			return aliasRepr(vm, o);
	}
}

function aliasRepr(vm: VM, o: PyTypingObject): string {
	const args = argsOf(o);
	if (o.cls === T._UnionGenericAlias && args.length === 2) {
		if (args[0] === T.NoneType) return `typing.Optional[${typeRepr(vm, args[1]!)}]`;
		if (args[1] === T.NoneType) return `typing.Optional[${typeRepr(vm, args[0]!)}]`;
	}
	if (o.cls === T._CallableGenericAlias && !(args.length === 2 && args[0] === vm.Ellipsis)) {
		return `typing.Callable[[${args.slice(0, -1).map((a) => typeRepr(vm, a)).join(", ")}], ${typeRepr(vm, args[args.length - 1]!)}]`;
	}
	const name = o.name ? `typing.${o.name}` : typeRepr(vm, o.origin!);
	return `${name}[${args.length ? args.map((a) => typeRepr(vm, a)).join(", ") : "()"}]`;
}

/** __eq__ of the alias kinds; null (NotImplemented, then identity) for everything else. */
export function typingEquals(vm: VM, a: PyObject, b: PyObject): boolean | null {
	const forward = (o: PyObject): o is PyTypingObject => o instanceof PyTypingObject && o.kind === "forwardref";
	if (forward(a) || forward(b)) {
		if (!forward(a) || !forward(b)) return null;
		if (a.name !== b.name) return false;
		return a.evaluated && b.evaluated ? compareValues(vm, a.forwardValue!, b.forwardValue!, "Eq") : true;
	}
	const alias = (o: PyObject): o is PyTypingObject => o instanceof PyTypingObject && o.kind === "alias";
	if (!alias(a) && !alias(b)) return null;
	const [x, y] = alias(a) ? [a, b] : [b as PyTypingObject, a];
	if (x.cls === T._UnionGenericAlias) {
		if (!(y instanceof PyUnionType || (alias(y) && y.cls === T._UnionGenericAlias))) return alias(y) ? false : null;
		return hashKey(vm, x) === hashKey(vm, y);
	}
	if (!alias(y)) return null;
	if (x.cls === T._LiteralGenericAlias || y.cls === T._LiteralGenericAlias) return x.cls === y.cls && hashKey(vm, x) === hashKey(vm, y);
	if (y.cls === T._UnionGenericAlias) return false;
	if (x.origin !== y.origin || x.missingOrigin !== y.missingOrigin) {
		if (!x.origin || !y.origin || !compareValues(vm, x.origin, y.origin, "Eq")) return false;
	}
	return compareValues(vm, x.args!, y.args!, "Eq");
}

/** The dict key of an alias: a union as the set of its members (as types.UnionType's), a Literal as its (value, type) pairs. */
export function typingHashKey(vm: VM, o: PyTypingObject): HashKey | null {
	if (o.kind === "forwardref") return "F" + o.name!;
	if (o.kind !== "alias") return null;
	const args = argsOf(o);
	if (o.cls === T._UnionGenericAlias) return "u(" + args.map((m) => String(hashKey(vm, m))).sort().join(",") + ")";
	if (o.cls === T._LiteralGenericAlias) return "L(" + args.map((m) => `${String(hashKey(vm, m))}/${m.cls.id}`).sort().join(",") + ")";
	return "y" + String(o.origin ? hashKey(vm, o.origin) : o.missingOrigin) + ":" + String(hashKey(vm, o.args!));
}

/** hash(): (origin, args) as a tuple; a union's members and a Literal's (value, type) pairs as a frozenset. */
export function typingHash(vm: VM, o: PyTypingObject, hashOf: (o: PyObject) => bigint): bigint | null {
	// ForwardRef: hash((__forward_arg__, __forward_module__)).
	if (o.kind === "forwardref") return hashTuple([hashOf(o.args!), hashOf(vm.None)]);
	if (o.kind !== "alias") return null;
	const args = argsOf(o);
	if (o.cls === T._UnionGenericAlias) return hashFrozenset(args.map(hashOf));
	if (o.cls === T._LiteralGenericAlias) return hashFrozenset(args.map((m) => hashTuple([hashOf(m), hashOf(m.cls)])));
	// An origin pymem lacks (collections.abc.Callable) hashes by identity: the special alias stands in for it.
	return hashTuple([hashOf(o.origin ?? typingForms().all.get(o.name!)!), hashOf(o.args!)]);
}

/** What pymem does not simulate of typing's objects (their instance dicts, their other Python-level methods). */
export function typingObjectsLack(vm: VM, what: string): never {
	return vm.raise("TypeError", `pymem does not support ${what} of typing's objects yet`);
}

function missing(vm: VM, o: PyTypingObject): never {
	return vm.raise("TypeError", `pymem does not support ${o.missingOrigin!} (typing.${o.name!}.__origin__) yet`);
}

/** An attribute; undefined for the ordinary lookup on the object's class. */
export function typingAttribute(vm: VM, o: PyTypingObject, name: string): PyObject | undefined {
	if (o.kind === "unsupported") return name === "__class__" ? undefined : unsupportedName(vm, o);
	if (name === "__dict__") return typingObjectsLack(vm, "the __dict__");
	if (o.kind === "typevar") return typeVarAttribute(vm, o, name);
	if (o.kind === "forwardref") return forwardRefAttribute(vm, o, name);
	if (name === "__name__" || name === "__qualname__") {
		if (o.kind !== "alias" || o.name) return vm.str(o.name!);
		return getAttr(vm, o.origin!, "__name__");
	}
	if (name === "_name") return o.name === null ? vm.incref(vm.None) : vm.str(o.name);
	if (name === "__doc__") return typingDoc(vm, o);
	// A name the class lacks: _SpecialForm.__getattr__ raises AttributeError(name); Any is a class.
	if (o.kind === "any" && o.cls.lookup(name) === undefined) return vm.raise("AttributeError", `type object 'Any' has no attribute '${name}'`);
	if (o.kind === "form" && o.cls.lookup(name) === undefined) return vm.raise("AttributeError", name);
	if (o.kind === "form" || o.kind === "any") return undefined;
	switch (name) {
		case "__origin__":
			return o.origin ? vm.incref(o.origin) : missing(vm, o);
		case "_inst":
			return vm.bool(o.inst);
		case "_nparams":
			return o.kind === "special" ? vm.int(o.nparams) : undefined;
		case "__module__":
			return vm.str(o.name || !o.origin ? "typing" : vm.strValue(getAttr(vm, o.origin, "__module__")));
	}
	if (o.kind === "alias" && (name === "__args__" || name === "__parameters__")) return vm.incref(name === "__args__" ? o.args! : o.parameters!);
	// _BaseGenericAlias.__getattr__: a name that is no dunder is the origin's.
	if (!name.startsWith("__") || !name.endsWith("__")) {
		if (!o.origin) return o.missingOrigin ? missing(vm, o) : undefined;
		if (o.origin instanceof PyTypingObject) return vm.raise("AttributeError", name);
		return getAttr(vm, o.origin, name);
	}
	// _BaseGenericAlias.__getattr__ relays no dunder names.
	if (o.cls.lookup(name) === undefined) return vm.raise("AttributeError", name);
	return undefined;
}

/** __doc__: none for an alias, _SpecialGenericAlias's sentence for a special one; the forms' docstrings are not kept. */
function typingDoc(vm: VM, o: PyTypingObject): PyObject {
	if (o.kind === "alias") return vm.incref(vm.None);
	// Tuple's and Callable's are long docstrings of their own.
	if (o.kind !== "special" || o.cls !== T._SpecialGenericAlias) return typingObjectsLack(vm, "the __doc__");
	const origin = o.origin instanceof PyClass ? qualifiedName(o.origin) : o.missingOrigin!;
	return vm.str(`A generic version of ${origin}.`);
}

function forwardRefAttribute(vm: VM, o: PyTypingObject, name: string): PyObject | undefined {
	switch (name) {
		case "__forward_arg__":
			return vm.incref(o.args!);
		case "__forward_evaluated__":
			return vm.bool(o.evaluated);
		case "__forward_value__":
			return vm.incref(o.forwardValue ?? vm.None);
		case "__forward_is_argument__":
			return vm.bool(o.isArgument);
		case "__forward_is_class__":
			return vm.bool(o.isClass);
		case "__forward_module__":
			return vm.incref(vm.None);
	}
	return undefined;
}

function typeVarAttribute(vm: VM, o: PyTypingObject, name: string): PyObject | undefined {
	switch (name) {
		case "__name__":
			return vm.str(o.name!);
		case "__bound__":
			return vm.incref(o.bound ?? vm.None);
		case "__constraints__":
			return vm.incref(o.constraints!);
		case "__covariant__":
			return vm.bool(o.covariant);
		case "__contravariant__":
			return vm.bool(o.contravariant);
		case "__module__":
			return vm.str("__main__");
	}
	return undefined;
}

/** Calling one: a special alias or alias made with inst=False refuses; the others call their origin. */
export function callTyping(vm: VM, o: PyTypingObject, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	switch (o.kind) {
		case "unsupported":
			return unsupportedName(vm, o);
		case "form":
			return vm.raise("TypeError", `Cannot instantiate typing.${o.name!}`);
		case "any":
			return vm.raise("TypeError", "Any cannot be instantiated");
		case "typevar":
			return vm.raise("TypeError", "'TypeVar' object is not callable");
		case "forwardref":
			return vm.raise("TypeError", "'ForwardRef' object is not callable");
	}
	if (o.origin instanceof PyTypingObject) return vm.raise("TypeError", `Cannot instantiate ${repr(vm, o.origin)}`);
	if (!o.origin) return missing(vm, o);
	if (!o.inst) return vm.raise("TypeError", `Type ${o.name!} cannot be instantiated; use ${(o.origin as PyClass).name}() instead`);
	if (o.kind === "special") return vm.callObject(o.origin, args, kwargs);
	// _BaseGenericAlias.__call__: the origin's result gets __orig_class__ where it can take one.
	return callSettingOrigClass(vm, o.origin, o, args, kwargs, false);
}

/** object_isinstance and recursive_issubclass word their check of arg 2 differently. */
export function notClassInfoMessage(fn: string): string {
	return fn === "issubclass" ? "issubclass() arg 2 must be a class, a tuple of classes, or a union" : `${fn}() arg 2 must be a type, a tuple of types, or a union`;
}

/** isinstance/issubclass with a typing object as the class: whether `cls` matches, or the error CPython raises. */
export function typingClassCheck(vm: VM, cls: PyClass, info: PyTypingObject, fn: string, matches: (cls: PyClass, info: PyObject) => boolean): boolean {
	switch (info.kind) {
		case "unsupported":
			return unsupportedName(vm, info);
		case "form":
			return vm.raise("TypeError", `typing.${info.name!} cannot be used with ${fn}()`);
		case "any":
			if (fn === "isinstance") return vm.raise("TypeError", "typing.Any cannot be used with isinstance()");
			return false;
		case "typevar":
		case "forwardref":
			return vm.raise("TypeError", notClassInfoMessage(fn));
		case "special":
			if (!info.origin) return missing(vm, info);
			return matches(cls, info.origin);
		case "alias":
			if (info.cls !== T._UnionGenericAlias) return vm.raise("TypeError", "Subscripted generics cannot be used with class and instance checks");
			return argsOf(info).some((member) => (member instanceof PyTypingObject ? typingClassCheck(vm, cls, member, "issubclass", matches) : matches(cls, member)));
	}
}

/** `a | b` with a typing object on either side: Union[a, b] (its __or__ or __ror__). Undefined: NotImplemented. */
export function typingOr(vm: VM, a: PyObject, b: PyObject): PyObject | undefined {
	const typing = (o: PyObject) => o instanceof PyTypingObject;
	if (!typing(a) && !typing(b)) return undefined;
	for (const o of [a, b]) if (o instanceof PyTypingObject && o.kind === "unsupported") unsupportedName(vm, o);
	if ([a, b].some((o) => o instanceof PyTypingObject && o.kind === "any")) {
		return vm.raise("TypeError", "pymem does not support | with typing.Any yet");
	}
	// type.__or__ and GenericAlias.__or__ return NotImplemented for typing's objects: Union takes over.
	const pair = vm.tuple([vm.incref(a), vm.incref(b)]);
	try {
		return subscriptTyping(vm, typingForms().Union, pair);
	} finally {
		vm.decref(pair);
	}
}
