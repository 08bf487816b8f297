// update_bases (bltinmodule.c, PEP 560): a class statement's base that is not a class is replaced by what its
// __mro_entries__(bases as written) returns, so `class P(NamedTuple)` or a user object with __mro_entries__
// can stand in a bases list. typing's own objects answer natively (typing-generic.ts); any other object's
// __mro_entries__ is looked up and called as CPython does.
import type { PyObject } from "../heap/object";
import { PyClass } from "../heap/classes";
import { PyTuple } from "../heap/containers";
import { PyTypingObject } from "../heap/typing-objects";
import { lookupAttr } from "./attributes";
import { typingMroEntries } from "./typing-generic";
import type { VM } from "./vm";

export const ORIG_BASES = "bases as written (__build_class__)";
const ENTRIES = "__mro_entries__ result";
const REPLACED_BASES = "bases after __mro_entries__ (__build_class__)";

/** The bases a class is made from, and the tuple of the bases as written when they differ (its __orig_bases__). */
export interface UpdatedBases {
	bases: readonly PyObject[];
	origBases: PyTuple | null;
	/** Drop the references held for the class's making (the bases as written, any replacement a call returned). */
	readonly release: () => void;
}

export function updateBases(vm: VM, given: readonly PyObject[]): UpdatedBases {
	// Until a base gives entries the bases stay as written; a lookup that finds nothing changes nothing.
	let first = -1;
	let firstMethod: PyObject | undefined;
	for (let i = 0; i < given.length && first < 0; i++) {
		const base = given[i]!;
		if (base instanceof PyClass) continue;
		if (base instanceof PyTypingObject) first = i;
		else if ((firstMethod = lookupAttr(vm, base, "__mro_entries__"))) first = i;
	}
	if (first < 0) return { bases: given, origBases: null, release: () => {} };
	const origBases = vm.tuple(given.map((b) => vm.incref(b)));
	vm.heap.adopt(origBases, ORIG_BASES);
	// What a user's __mro_entries__ returned may be new: the bases keep a reference to each (CPython's new_bases list).
	const held: PyObject[] = [];
	const release = () => {
		for (const o of held) vm.heap.release(o, REPLACED_BASES);
		vm.heap.release(origBases, ORIG_BASES);
	};
	try {
		const bases = given.slice(0, first);
		for (let i = first; i < given.length; i++) {
			const base = given[i]!;
			if (base instanceof PyClass) bases.push(base);
			else if (base instanceof PyTypingObject) bases.push(...typingMroEntries(vm, base, given));
			else {
				const method = i === first ? firstMethod : lookupAttr(vm, base, "__mro_entries__");
				if (!method) bases.push(base);
				else bases.push(...callMroEntries(vm, method, origBases, held));
			}
		}
		return { bases, origBases, release };
	} catch (e) {
		release();
		throw e;
	}
}

/** __mro_entries__(orig_bases): a tuple, whose items join the bases (each held until the class is made). */
function callMroEntries(vm: VM, method: PyObject, origBases: PyTuple, held: PyObject[]): PyObject[] {
	const entries = vm.heap.whileOwned(method, "__mro_entries__ method", () => vm.callObject(method, [origBases]));
	return vm.heap.whileOwned(entries, ENTRIES, () => {
		if (!(entries instanceof PyTuple)) return vm.raise("TypeError", "__mro_entries__ must return a tuple");
		for (const item of entries.items) {
			vm.heap.hold(item, REPLACED_BASES);
			held.push(item);
		}
		return entries.items.slice();
	});
}
