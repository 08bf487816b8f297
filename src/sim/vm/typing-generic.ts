// User generic classes (`class Box(Generic[T])`): Generic.__class_getitem__ (Generic[T], Box[int]), the
// __mro_entries__ a class statement asks of typing's aliases among its bases (so Generic[T] becomes
// Generic and List[int] becomes list, Generic), and Generic.__init_subclass__, which sets the class's
// __parameters__ from its __orig_bases__.
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyTuple } from "../heap/containers";
import { PyStr } from "../heap/values";
import type { NativeImpl } from "../heap/callables";
import { PyTypingObject } from "../heap/typing-objects";
import type { VM } from "./vm";
import { repr } from "./repr";
import { setAttr } from "./attribute-writes";
import { cachedSubscription } from "./typing-cache";
import { collectParameters, newAlias, temporary, withTemporaries } from "./typing-subscript";
import { newForwardRef } from "./typing-forward";

const isTypeVar = (o: PyObject): boolean => o instanceof PyTypingObject && o.kind === "typevar";

/** Generic.__class_getitem__(cls, params), a classmethod: Generic[T, ...] or a generic class's C[int, ...]. */
export const genericClassGetItem: NativeImpl = (vm, args) => {
	const [cls, key] = args as [PyClass, PyObject];
	return withTemporaries(vm, () => cachedSubscription(vm, "Generic.__class_getitem__", [cls, key], false, () => {
		const params = (key instanceof PyTuple ? key.items : [key]).map((p) => {
			if (p instanceof PyStr) return temporary(newForwardRef(vm, p));
			return p === vm.None ? T.NoneType : p;
		});
		if (cls === T.Generic) {
			if (!params.length) vm.raise("TypeError", "Parameter list to Generic[...] cannot be empty");
			if (!params.every(isTypeVar)) vm.raise("TypeError", "Parameters to Generic[...] must all be type variables or parameter specification variables.");
			if (new Set(params).size !== params.length) vm.raise("TypeError", "Parameters to Generic[...] must all be unique");
		} else {
			const own = cls.lookup("__parameters__");
			const expected = own instanceof PyTuple ? own.items.length : 0;
			const shown = repr(vm, cls);
			if (!expected) vm.raise("TypeError", `${shown} is not a generic class`);
			if (params.length !== expected) vm.raise("TypeError", `Too ${params.length > expected ? "many" : "few"} arguments for ${shown}; actual ${params.length}, expected ${expected}`);
		}
		return newAlias(vm, T._GenericAlias, cls, params, null);
	}));
};

/** __mro_entries__ of one of typing's objects among a class statement's bases, run natively. */
export function typingMroEntries(vm: VM, base: PyTypingObject, bases: readonly PyObject[]): PyObject[] {
	switch (base.kind) {
		case "form":
			return vm.raise("TypeError", `Cannot subclass ${repr(vm, base)}`);
		case "any":
		case "typevar":
		case "forwardref":
			return vm.raise("TypeError", `pymem does not support subclassing ${repr(vm, base)} yet`);
		case "unsupported":
			return vm.raise("TypeError", `pymem does not support typing.${base.name!} yet`);
	}
	if (base.origin instanceof PyTypingObject) return vm.raise("TypeError", `Cannot subclass ${repr(vm, base)}`);
	if (!base.origin) return vm.raise("TypeError", `pymem does not support subclassing typing.${base.name!} (${base.missingOrigin!}) yet`);
	// Both __mro_entries__ find the alias with bases.index(self), its first place among the bases.
	const later = bases.slice(bases.indexOf(base) + 1);
	if (base.kind === "special" || base.name) {
		// _BaseGenericAlias.__mro_entries__: the origin, and Generic unless a later base brings it.
		const entries: PyObject[] = bases.includes(base.origin) ? [] : [base.origin];
		if (!later.some((b) => b instanceof PyTypingObject || (b instanceof PyClass && b.isSubclassOf(T.Generic)))) entries.push(T.Generic);
		return entries;
	}
	// _GenericAlias.__mro_entries__ looks past itself for another alias: Generic[T] listed twice gives Generic twice,
	// which type() refuses as a duplicate base.
	if (base.origin === T.Generic && later.some((b) => b !== base && b instanceof PyTypingObject && (b.kind === "alias" || b.kind === "special"))) return [];
	return [base.origin];
}

/** Generic.__init_subclass__: the checks on Generic among the bases, then cls.__parameters__. */
export function genericInitSubclass(vm: VM, cls: PyClass): void {
	const origBases = cls.dict.get("__orig_bases__");
	const orig = origBases instanceof PyTuple ? origBases.items : null;
	const plainGeneric = orig ? orig.includes(T.Generic) : cls.bases.includes(T.Generic);
	if (plainGeneric) vm.raise("TypeError", "Cannot inherit from plain Generic");
	let tvars: PyObject[] = [];
	if (orig) {
		tvars = collectParameters(orig);
		let gvars: PyObject[] | null = null;
		for (const base of orig) {
			if (!(base instanceof PyTypingObject && base.kind === "alias" && base.origin === T.Generic)) continue;
			if (gvars) vm.raise("TypeError", "Cannot inherit from Generic[...] multiple times.");
			gvars = (base.parameters as PyTuple).items;
		}
		if (gvars) {
			const missing = tvars.filter((t) => !gvars.includes(t));
			if (missing.length) {
				const names = (list: PyObject[]) => list.map((t) => repr(vm, t)).join(", ");
				vm.raise("TypeError", `Some type variables (${names(missing)}) are not listed in Generic[${names(gvars)}]`);
			}
			tvars = gvars;
		}
	}
	// tuple(tvars) of the tuple Generic[...]'s __parameters__ (or _collect_parameters') is that tuple itself.
	const generic = orig?.find((b) => b instanceof PyTypingObject && b.kind === "alias" && b.origin === T.Generic) as PyTypingObject | undefined;
	const parameters = generic ? vm.incref(generic.parameters!) : tvars.length ? vm.tuple(tvars.map((t) => vm.incref(t))) : vm.incref(vm.emptyTuple);
	try {
		setAttr(vm, cls, "__parameters__", parameters);
	} finally {
		vm.decref(parameters);
	}
}
