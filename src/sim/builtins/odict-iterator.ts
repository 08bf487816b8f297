// OrderedDict's odict_iterator (odictiter_new, odictiter_nextkey, odictiter_iternext of odictobject.c, 3.11).
import type { PyObject } from "../heap/object";
import { PyIterator } from "../heap/iterators";
import type { PyOrderedDict } from "../heap/collections";
import { registerIterator } from "../vm/iteration";
import { refilledResult, giveResultTuple } from "../vm/builtin-iterators";
import type { VM } from "../vm/vm";

/** odictiter: holds the dict until exhausted and the next key until it hands it out. */
class PyODictIterator extends PyIterator {
	current: PyObject | null = null;
	override references() {
		const refs = super.references();
		if (this.current) refs.push({ label: "next key", target: this.current });
		return refs;
	}
	override releaseReferences(): PyObject[] {
		const current = this.current;
		this.current = null;
		const out = super.releaseReferences();
		if (current) out.splice(1, 0, current);
		return out;
	}
}

/** odictiter_new and odictiter_iternext for keys, values or items, forwards or reversed. */
export function odictIterator(vm: VM, od: PyOrderedDict, view: "keys" | "values" | "items", reverse: boolean): PyIterator {
	const state = od.state;
	const size = od.entries.size;
	const order = () => {
		const keys = [...od.entries.keys()];
		return reverse ? keys.reverse() : keys;
	};
	const it = new PyODictIterator("odict_iterator", od, (self) => {
		const iter = self as PyODictIterator;
		const current = iter.current;
		const done = () => {
			const source = iter.source;
			iter.source = null;
			vm.heap.observer?.contentChanged(iter);
			if (source) vm.decref(source);
		};
		if (!iter.source) return null;
		if (!current) {
			done();
			return null;
		}
		if (od.state !== state || od.entries.size !== size) {
			done();
			vm.raise("RuntimeError", "OrderedDict mutated during iteration");
		}
		const keys = order();
		const at = keys.findIndex((k) => od.entries.get(k)!.key === current);
		const next = keys[at + 1];
		iter.current = next === undefined ? null : vm.incref(od.entries.get(next)!.key);
		vm.heap.observer?.contentChanged(iter);
		// The key's reference passes from di_current to the caller.
		if (view === "keys") return current;
		const value = od.entries.get(keys[at]!)!.value;
		if (view === "values") {
			vm.decref(current);
			return vm.incref(value);
		}
		return refilledResult(vm, iter, [current, vm.incref(value)]);
	});
	const first = order()[0];
	if (first !== undefined) it.current = vm.incref(od.entries.get(first)!.key);
	registerIterator(vm, it);
	if (view === "items") giveResultTuple(vm, it, 2);
	return it;
}
