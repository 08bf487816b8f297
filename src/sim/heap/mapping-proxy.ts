// types.MappingProxyType (descrobject.c's mappingproxy): a read-only view of a mapping. A class's __dict__ is a
// new one over its tp_dict at every read; it holds one reference, to the mapping.
import { PyObject, HeapKind, setHeapKind, type Reference } from "./object";
import { T, type PyClass } from "./classes";

export class PyMappingProxy extends PyObject {
	constructor(public mapping: PyObject | null) {
		super();
	}
	get cls(): PyClass {
		return T.mappingproxy;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	/** mappingproxy_traverse: the mapping. */
	override references(): Reference[] {
		return this.mapping ? [{ label: "mapping", target: this.mapping }] : [];
	}
	override releaseReferences(): PyObject[] {
		const out = this.mapping ? [this.mapping] : [];
		this.mapping = null;
		return out;
	}
}
