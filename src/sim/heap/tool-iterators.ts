// The iterator objects of the itertools module: each keeps named slots (its C struct's PyObject fields) that
// the trace shows and the object releases at dealloc, besides the native counters its closure keeps.
import { PyObject, type Reference } from "./object";
import { PyIterator } from "./iterators";

export class PyToolIterator extends PyIterator {
	constructor(
		kindName: string,
		/** The struct's object fields in tp_traverse order, as the trace labels them. */
		readonly labels: readonly string[],
		/** Their values (null for a field that is NULL); the object owns one reference to each. */
		readonly slots: (PyObject | null)[],
		/** tp_basicsize plus what __sizeof__ adds (product's, permutations' and combinations' index arrays). */
		readonly structSize: number,
		advance: (it: PyIterator) => PyObject | null,
		/** The order tp_dealloc releases the slots in, when it differs from tp_traverse's. */
		readonly releaseOrder: readonly number[] | null = null,
	) {
		super(kindName, null, advance);
	}
	/** tp_name, which CPython's messages show: "'itertools.count' object has no attribute 'x'". */
	override get typeName(): string {
		return `itertools.${this.kindName}`;
	}
	/** tp_repr when the type has one of its own (count, repeat); otherwise the default `<x object at ...>`. */
	describe: (() => string) | null = null;
	override references(): Reference[] {
		const refs: Reference[] = [];
		this.slots.forEach((target, i) => {
			if (target) refs.push({ label: this.labels[i]!, target });
		});
		return refs;
	}
	override releaseReferences(): PyObject[] {
		const order = this.releaseOrder ?? this.slots.map((_, i) => i);
		const out: PyObject[] = [];
		for (const i of order) {
			const o = this.slots[i];
			if (o) out.push(o);
			this.slots[i] = null;
		}
		return out;
	}
}
