// types.SimpleNamespace, as 3.11's Objects/namespaceobject.c: a GC object of 24 bytes (40 with its GC header)
// whose only field is ns_dict, the dict made by namespace_new and filled from the keywords by namespace_init.
// Attributes live in that dict (tp_dictoffset), `__dict__` is a read-only member, comparisons compare the dicts of two
// namespaces, hash() refuses, and repr is `namespace(a=1, b=2)` (`namespace(...)` when it meets itself).
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import type { PyDict } from "../heap/containers";
import { PyStr } from "../heap/values";
import { PyToolObject } from "../heap/tool-objects";
import { dictUpdate } from "../vm/mutations";
import { dictGet } from "../vm/dicts";
import { guarded, repr } from "../vm/repr";
import { compareValues } from "../vm/comparisons";
import { globalShared, moduleType } from "./types";
import { moduleTypeConstructors } from "./module-type-constructors";
import type { VM } from "../vm/vm";

/** sizeof(_PyNamespaceObject): the object header and ns_dict. */
const NAMESPACE_STRUCT_SIZE = 24;
const NEW_NAMESPACE = "new namespace being initialised";

let namespaceType: PyClass | null = null;

/** The type, made once per process (a static type in CPython), called through namespace_new and namespace_init. */
export function simpleNamespaceType(): PyClass {
	if (!namespaceType) {
		const type = moduleType("SimpleNamespace", "types");
		type.dict.set("__doc__", globalShared(new PyStr("A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)")));
		moduleTypeConstructors.set(type, (vm, args, _kw, _argTuple, kwDict) => newNamespace(vm, args.length, kwDict));
		namespaceType = type;
	}
	return namespaceType;
}

export function isNamespace(o: PyObject): o is PyToolObject {
	return o instanceof PyToolObject && o.type === namespaceType;
}

/** namespace_new (the object, then its empty dict), then namespace_init with the call's keyword dict. */
export function newNamespace(vm: VM, positional: number, kwDict: PyDict | null): PyToolObject {
	const ns = vm.heap.register(new PyToolObject(simpleNamespaceType(), [], [], NAMESPACE_STRUCT_SIZE));
	ns.hasDict = true;
	ns.dictIsReadonly = true;
	ns.unhashable = true;
	ns.dict = vm.dict();
	vm.heap.observer?.contentChanged(ns);
	ns.richCompare = (other, op) => namespaceCompare(vm, ns, other, op);
	ns.describe = () => namespaceRepr(vm, ns);
	vm.heap.adopt(ns, NEW_NAMESPACE);
	try {
		if (positional > 0) vm.raise("TypeError", "no positional arguments expected");
		if (kwDict) {
			// PyArg_ValidateKeywordArguments, then PyDict_Update.
			for (const entry of kwDict.entries.values()) if (!(entry.key instanceof PyStr)) vm.raise("TypeError", "keywords must be strings");
			dictUpdate(vm, ns.dict, kwDict, false);
		}
	} catch (e) {
		vm.heap.release(ns, NEW_NAMESPACE);
		throw e;
	}
	vm.heap.disown(ns, NEW_NAMESPACE);
	return ns;
}

/** namespace_reduce: (type, (), the dict), so copy makes an empty namespace and updates its __dict__. */
export function namespaceReduce(vm: VM, ns: PyToolObject): PyObject {
	return vm.tuple([vm.incref(ns.type), vm.incref(vm.emptyTuple), vm.incref(ns.dict!)]);
}

/** namespace_richcompare: two namespaces compare their dicts, whatever the operator; anything else is NotImplemented. */
function namespaceCompare(vm: VM, ns: PyToolObject, other: PyObject, op: string): PyObject {
	if (!isNamespace(other)) return vm.incref(vm.NotImplemented);
	return vm.bool(compareValues(vm, ns.dict!, other.dict!, op, true));
}

/**
 * namespace_repr: Py_ReprEnter, then a list for the pairs, a list of the dict's keys and an iterator over it
 * (allocations gc.get_count() sees while a value's __repr__ runs); each non-empty str key gives `key=repr(value)`.
 */
function namespaceRepr(vm: VM, ns: PyToolObject): string {
	return guarded(vm, ns, "namespace(", ")", () => {
		const dict = ns.dict as PyDict;
		const pairs = vm.list([]);
		const keys = vm.list([...dict.entries.values()].map((e) => vm.incref(e.key)));
		const keysIterator = vm.getIter(keys);
		const held = [pairs, keys, keysIterator];
		held.forEach((o, i) => vm.heap.adopt(o, REPR_LABELS[i]!));
		try {
			for (const key of keys.items) {
				if (!(key instanceof PyStr) || key.value === "") continue;
				const value = dictGet(vm, dict, key);
				if (value) {
					const item = vm.str(`${key.value}=${repr(vm, value)}`);
					vm.listAppend(pairs, item);
					vm.decref(item);
				}
			}
			return `namespace(${pairs.items.map((p) => (p as PyStr).value).join(", ")})`;
		} finally {
			held.forEach((o, i) => vm.heap.release(o, REPR_LABELS[i]!));
		}
	});
}

const REPR_LABELS = ["pairs of namespace_repr", "keys of namespace_repr", "iterator of namespace_repr"];
