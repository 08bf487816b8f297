// A struct sequence (structseq.c): a tuple of a type of its own whose items are also read-only attributes
// (sys.version_info). Messages name its type by tp_name, module included ("sys.version_info").
import { HeapKind, setHeapKind, type PyObject } from "./object";
import type { PyClass } from "./classes";
import { PyTuple } from "./containers";

export class PyStructSequence extends PyTuple {
	constructor(
		readonly type: PyClass,
		readonly fields: readonly string[],
		items: PyObject[],
	) {
		super(items);
	}
	override get cls(): PyClass {
		return this.type;
	}
	/** structseq_new tracks it at birth; not an exact tuple (its heap kind is not Tuple). */
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override get typeName(): string {
		return `${this.type.module}.${this.type.name}`;
	}
	/** The item a field names, or undefined for another name. */
	field(name: string): PyObject | undefined {
		const index = this.fields.indexOf(name);
		return index < 0 ? undefined : this.items[index];
	}
}
