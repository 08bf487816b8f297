// _collections._tuplegetter: the data descriptor a namedtuple class keeps for each field (`P.x`), reading
// item `index` of a tuple. It holds its docstring ("Alias for field number 0", interned and shared by every
// namedtuple), which tuplegetter_traverse visits; it is a GC type of 32 bytes.
import { PyObject, HeapKind, setHeapKind, present, type Reference } from "./object";
import { T, type PyClass } from "./classes";

export class PyTupleGetter extends PyObject {
	constructor(
		readonly index: number,
		public doc: PyObject | null,
	) {
		super();
	}
	get cls(): PyClass {
		return T._tuplegetter;
	}
	override get typeName(): string {
		return "_collections._tuplegetter";
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		return this.doc ? [{ label: "__doc__", target: this.doc }] : [];
	}
	override releaseReferences(): PyObject[] {
		const out = present([this.doc]);
		this.doc = null;
		return out;
	}
}
