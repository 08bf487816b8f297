// Subscribing typing's objects, as Lib/typing.py's __getitem__ methods do (3.11): the argument checks and
// their messages, Union's flattening and de-duplication, Optional as Union[X, None], Literal's flattening,
// Callable's and Tuple's own forms, and TypeVar substitution. Every path goes through typing-cache.ts.
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyList, PyTuple } from "../heap/containers";
import { PyStr } from "../heap/values";
import { PyGenericAlias } from "../heap/generic-alias";
import { PyUnionType } from "../heap/union-type";
import { PyTypingObject } from "../heap/typing-objects";
import type { VM } from "./vm";
import { PyRaise } from "./errors";
import { cachedSubscription } from "./typing-cache";
import { hashKey } from "./dicts";
import { repr } from "./repr";
import { typingForms } from "./typing-forms";
import { newForwardRef } from "./typing-forward";

const itemsOf = (key: PyObject): PyObject[] => (key instanceof PyTuple ? key.items : [key]);
const isUnion = (o: PyObject): boolean => o instanceof PyTypingObject && o.cls === T._UnionGenericAlias;
const isTypeVar = (o: PyObject): o is PyTypingObject => o instanceof PyTypingObject && o.kind === "typevar";

/** The ForwardRefs _type_check made for a call still running: they die when it returns (their holders keep theirs). */
const temporaries: PyObject[] = [];

/** Run `make` and then drop the ForwardRefs type checks made meanwhile. */
export function withTemporaries<R>(vm: VM, make: () => R): R {
	const mark = temporaries.length;
	try {
		return make();
	} finally {
		for (const dead of temporaries.splice(mark).reverse()) vm.decref(dead);
	}
}

/** obj[key] for a typing object. */
export function subscriptTyping(vm: VM, obj: PyTypingObject, key: PyObject): PyObject {
	return withTemporaries(vm, () => subscribe(vm, obj, key));
}

function subscribe(vm: VM, obj: PyTypingObject, key: PyObject): PyObject {
	switch (obj.kind) {
		case "unsupported":
			return unsupportedName(vm, obj);
		case "typevar":
			return vm.raise("TypeError", "'TypeVar' object is not subscriptable");
		case "forwardref":
			return vm.raise("TypeError", "'ForwardRef' object is not subscriptable");
		case "any":
			return vm.raise("TypeError", "type 'Any' is not subscriptable");
		case "form":
			if (obj.cls === T._LiteralSpecialForm) return cachedSubscription(vm, "Literal", [obj, ...itemsOf(key)], true, () => literal(vm, itemsOf(key)));
			return cachedSubscription(vm, "_SpecialForm.__getitem__", [obj, key], false, () => specialForm(vm, obj, key));
		case "special":
			if (obj.cls === T._CallableType) return callable(vm, obj, key);
			if (obj.cls === T._TupleType) return cachedSubscription(vm, "_TupleType.__getitem__", [obj, key], false, () => tupleAlias(vm, obj, key));
			return cachedSubscription(vm, "_SpecialGenericAlias.__getitem__", [obj, key], false, () => specialAlias(vm, obj, key));
		case "alias":
			return cachedSubscription(vm, "_GenericAlias.__getitem__", [obj, key], false, () => substitute(vm, obj, key));
	}
}

/** Any use of a typing name pymem does not simulate. */
export function unsupportedName(vm: VM, o: PyTypingObject): never {
	return vm.raise("TypeError", `pymem does not support typing.${o.name!} yet`);
}

/**
 * _type_convert and _type_check: None becomes NoneType; special forms alone, ClassVar[...] and Final[...]
 * as arguments, Generic[...] and tuples are refused.
 */
export function typeCheck(vm: VM, arg: PyObject, msg: string, isArgument = true, allowSpecialForms = false): PyObject {
	if (arg === vm.None) return T.NoneType;
	if (arg instanceof PyTypingObject && arg.kind === "unsupported") unsupportedName(vm, arg);
	if (arg instanceof PyStr) return temporary(newForwardRef(vm, arg, isArgument, allowSpecialForms));
	const forms = typingForms();
	if (allowSpecialForms && (arg === forms.ClassVar || arg === forms.Final)) return arg;
	if (arg instanceof PyTypingObject && arg.kind === "alias") {
		const special = !allowSpecialForms && (arg.origin === forms.ClassVar || (isArgument && arg.origin === forms.Final));
		const invalid = arg.origin === T.Generic || special;
		if (invalid) vm.raise("TypeError", `${repr(vm, arg)} is not valid as type argument`);
	}
	if (arg === forms.Any || (arg instanceof PyTypingObject && arg.kind === "form" && BOTTOM_FORMS.has(arg.name!))) return arg;
	if ((arg instanceof PyTypingObject && arg.kind === "form") || arg === T.Generic) vm.raise("TypeError", `Plain ${repr(vm, arg)} is not valid as type argument`);
	if (arg.cls === T.tuple) vm.raise("TypeError", `${msg} Got ${repr(vm, arg).slice(0, 100)}.`);
	return arg;
}

/** The forms _type_check accepts alone (besides Any). */
const BOTTOM_FORMS = new Set(["NoReturn", "Never", "Self", "LiteralString", "TypeAlias"]);

/** A new object a type check made, dropped when the running subscription returns. */
export function temporary(o: PyObject): PyObject {
	temporaries.push(o);
	return o;
}

/** A new alias: the object, then its __args__ tuple, then its __parameters__ (_collect_parameters). */
export function newAlias(vm: VM, cls: PyClass, origin: PyObject | string, args: PyObject[], name: string | null, inst = true): PyTypingObject {
	const alias = vm.heap.register(new PyTypingObject("alias", cls, name));
	alias.inst = inst;
	if (typeof origin === "string") alias.missingOrigin = origin;
	else alias.origin = vm.incref(origin);
	alias.args = vm.tuple(args.map((a) => vm.incref(a)));
	const params = collectParameters(args);
	alias.parameters = params.length ? vm.tuple(params.map((p) => vm.incref(p))) : vm.incref(vm.emptyTuple);
	vm.heap.observer?.contentChanged(alias);
	return alias;
}

/** _collect_parameters: the TypeVars among the arguments and their __parameters__, in order of appearance. */
export function collectParameters(args: PyObject[]): PyObject[] {
	const found: PyObject[] = [];
	for (const arg of args) {
		if (isTypeVar(arg)) {
			if (!found.includes(arg)) found.push(arg);
		} else if (arg instanceof PyTypingObject && arg.parameters instanceof PyTuple) {
			for (const p of arg.parameters.items) if (!found.includes(p)) found.push(p);
		}
	}
	return found;
}

/** _SpecialForm.__getitem__ for NoReturn, ClassVar, Final, Union and Optional. */
function specialForm(vm: VM, form: PyTypingObject, key: PyObject): PyObject {
	const forms = typingForms();
	const shown = `typing.${form.name!}`;
	if (form === forms.Union) return union(vm, key);
	if (form === forms.Optional) {
		const arg = typeCheck(vm, key, `${shown} requires a single type.`);
		const pair = vm.tuple([vm.incref(arg), T.NoneType]);
		try {
			return subscriptTyping(vm, forms.Union, pair);
		} finally {
			vm.decref(pair);
		}
	}
	if (form === forms.ClassVar || form === forms.Final) {
		const item = typeCheck(vm, key, `${shown} accepts only single type.`);
		return newAlias(vm, T._GenericAlias, form, [item], null);
	}
	return vm.raise("TypeError", `${shown} is not subscriptable`);
}

/** Union[...]: checked members, unions among them flattened, repeats dropped; one member is itself. */
function union(vm: VM, key: PyObject): PyObject {
	if (key instanceof PyTuple && key.items.length === 0) return vm.raise("TypeError", "Cannot take a Union of no types.");
	const checked = itemsOf(key).map((p) => typeCheck(vm, p, "Union[arg, ...]: each arg must be a type."));
	const flat = checked.flatMap((p) => (isUnion(p) || p instanceof PyUnionType ? ((p as PyTypingObject | PyUnionType).args as PyTuple).items : [p]));
	const members = deduplicate(vm, flat);
	if (members.length === 1) return vm.incref(members[0]!);
	const name = members.length === 2 && members.includes(T.NoneType) ? "Optional" : null;
	return newAlias(vm, T._UnionGenericAlias, typingForms().Union, members, name);
}

/** _deduplicate: the first of each group of equal members (compared as a set compares them). */
function deduplicate(vm: VM, items: PyObject[]): PyObject[] {
	const seen = new Set<string | number>();
	return items.filter((item) => {
		const key = hashKey(vm, item);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Literal[...]: literals among the values flattened, repeats of the same value and type dropped (if hashable). */
function literal(vm: VM, values: PyObject[]): PyObject {
	const flat = values.flatMap((v) => (v instanceof PyTypingObject && v.cls === T._LiteralGenericAlias ? (v.args as PyTuple).items : [v]));
	let kept = flat;
	try {
		const seen = new Set<string>();
		kept = flat.filter((v) => {
			const key = `${String(hashKey(vm, v))}/${v.cls.id}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
	} catch (e) {
		// An unhashable value: _deduplicate's TypeError leaves the values as given.
		if (!(e instanceof PyRaise)) throw e;
		vm.decref(e.exc);
	}
	return newAlias(vm, T._LiteralGenericAlias, typingForms().Literal, kept, null);
}

/** _SpecialGenericAlias.__getitem__: List[int], Dict[str, int]... with the parameter count checked. */
function specialAlias(vm: VM, alias: PyTypingObject, key: PyObject): PyObject {
	const params = itemsOf(key).map((p) => typeCheck(vm, p, "Parameters to generic types must be types."));
	checkGeneric(vm, `typing.${alias.name!}`, params.length, alias.nparams);
	return newAlias(vm, T._GenericAlias, originOf(alias), params, alias.name, alias.inst);
}

/** The origin a special alias passes on: its class, or the name of the collections.abc class pymem lacks. */
const originOf = (alias: PyTypingObject): PyObject | string => alias.origin ?? alias.missingOrigin!;

/** _check_generic's messages. */
function checkGeneric(vm: VM, shown: string, given: number, expected: number): void {
	if (!expected) vm.raise("TypeError", `${shown} is not a generic class`);
	if (given !== expected) vm.raise("TypeError", `Too ${given > expected ? "many" : "few"} arguments for ${shown}; actual ${given}, expected ${expected}`);
}

/** _TupleType.__getitem__: Tuple[int, str], Tuple[int, ...], Tuple[()]. */
function tupleAlias(vm: VM, alias: PyTypingObject, key: PyObject): PyObject {
	const params = itemsOf(key);
	if (params.length >= 2 && params[params.length - 1] === vm.Ellipsis) {
		const checked = params.slice(0, -1).map((p) => typeCheck(vm, p, "Tuple[t, ...]: t must be a type."));
		return newAlias(vm, T._GenericAlias, T.tuple, [...checked, vm.Ellipsis], "Tuple", false);
	}
	const checked = params.map((p) => typeCheck(vm, p, "Tuple[t0, t1, ...]: each t must be a type."));
	return newAlias(vm, T._GenericAlias, T.tuple, checked, "Tuple", false);
}

/** _CallableType.__getitem__ (uncached) packs [args] into a tuple for __getitem_inner__ (cached). */
function callable(vm: VM, alias: PyTypingObject, key: PyObject): PyObject {
	if (!(key instanceof PyTuple) || key.items.length !== 2) return vm.raise("TypeError", "Callable must be used as Callable[[arg, ...], result].");
	const [args, result] = key.items as [PyObject, PyObject];
	const packedArgs = args instanceof PyList ? vm.tuple(args.items.map((a) => vm.incref(a))) : vm.incref(args);
	const params = vm.tuple([packedArgs, vm.incref(result)]);
	try {
		return cachedSubscription(vm, "_CallableType.__getitem_inner__", [alias, params], false, () => {
			const checked = typeCheck(vm, result, "Callable[args, result]: result must be a type.");
			if (packedArgs === vm.Ellipsis) return newAlias(vm, T._CallableGenericAlias, originOf(alias), [vm.Ellipsis, checked], "Callable");
			const argItems = itemsOf(packedArgs).map((a) => (a === vm.None ? T.NoneType : a));
			return newAlias(vm, T._CallableGenericAlias, originOf(alias), [...argItems, checked], "Callable");
		});
	} finally {
		vm.decref(params);
	}
}

/** _GenericAlias.__getitem__: each TypeVar among the parameters replaced by its argument, nested aliases re-subscribed. */
function substitute(vm: VM, alias: PyTypingObject, key: PyObject): PyObject {
	if (alias.origin === T.Generic) return vm.raise("TypeError", `Cannot subscript already-subscripted ${repr(vm, alias)}`);
	const params = (alias.parameters as PyTuple).items;
	if (!params.length) return vm.raise("TypeError", `${repr(vm, alias)} is not a generic class`);
	const args = itemsOf(key).map((a) => (a === vm.None ? T.NoneType : a));
	if (args.length !== params.length) {
		vm.raise("TypeError", `Too ${args.length > params.length ? "many" : "few"} arguments for ${repr(vm, alias)}; actual ${args.length}, expected ${params.length}`);
	}
	const replacement = new Map(params.map((p, i) => [p, args[i]!]));
	const made: PyObject[] = [];
	try {
		for (const old of (alias.args as PyTuple).items) made.push(substituted(vm, old, replacement));
		if (alias.cls === T._UnionGenericAlias) {
			const packed = vm.tuple(made.map((m) => vm.incref(m)));
			try {
				return subscriptTyping(vm, typingForms().Union, packed);
			} finally {
				vm.decref(packed);
			}
		}
		return newAlias(vm, alias.cls, originOf(alias), made, alias.name, alias.inst);
	} finally {
		for (const m of made) vm.decref(m);
	}
}

/** _make_substitution for one old argument: a new reference. */
function substituted(vm: VM, old: PyObject, replacement: Map<PyObject, PyObject>): PyObject {
	if (old instanceof PyClass) return vm.incref(old);
	if (isTypeVar(old)) return vm.incref(typeCheck(vm, replacement.get(old)!, "Parameters to generic types must be types."));
	if (old instanceof PyTypingObject && old.parameters instanceof PyTuple && old.parameters.items.length) {
		const subargs = old.parameters.items.map((p) => replacement.get(p)!);
		const packed = vm.tuple(subargs.map((s) => vm.incref(s)));
		try {
			return subscriptTyping(vm, old, packed);
		} finally {
			vm.decref(packed);
		}
	}
	if (old instanceof PyGenericAlias) return vm.incref(old);
	return vm.incref(old);
}
