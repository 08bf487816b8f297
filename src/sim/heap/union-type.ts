// types.UnionType (unionobject.c): what `int | None` makes, as annotations written the PEP 604 way do. It
// holds its members as a tuple (None stored as NoneType) and, once asked for, its __parameters__ tuple.
import { PyObject, HeapKind, setHeapKind, present, type Reference } from "./object";
import { T, type PyClass } from "./classes";

export class PyUnionType extends PyObject {
	constructor(
		public args: PyObject | null,
		public parameters: PyObject | null = null,
	) {
		super();
	}
	get cls(): PyClass {
		return T.UnionType;
	}
	/** The C type's tp_name, which error messages show, carries its module. */
	override get typeName(): string {
		return "types.UnionType";
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	/** union_traverse: args, parameters. */
	override references(): Reference[] {
		const refs: Reference[] = [];
		if (this.args) refs.push({ label: "__args__", target: this.args });
		if (this.parameters) refs.push({ label: "__parameters__", target: this.parameters });
		return refs;
	}
	/** unionobject_dealloc releases them in the same order. */
	override releaseReferences(): PyObject[] {
		const out = present([this.args, this.parameters]);
		this.args = this.parameters = null;
		return out;
	}
}
