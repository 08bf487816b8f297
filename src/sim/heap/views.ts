// dict.keys()/values()/items(): live views that hold their dict.
import { PyObject, HeapKind, setHeapKind, type Reference } from "./object";
import { T, type PyClass } from "./classes";
import type { PyDict } from "./containers";

export class PyDictView extends PyObject {
	constructor(
		readonly kind: "keys" | "values" | "items",
		public dict: PyDict | null,
	) {
		super();
	}
	get cls(): PyClass {
		return T[`dict_${this.kind}`];
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		return this.dict ? [{ label: "mapping", target: this.dict }] : [];
	}
	override releaseReferences(): PyObject[] {
		const out = this.dict ? [this.dict] : [];
		this.dict = null;
		return out;
	}
}
