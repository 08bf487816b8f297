// Tuples of a type of their own whose items are also named fields, as C code makes them: a struct sequence
// (structseq.c: sys.version_info) or a namedtuple a C module builds (functools' CacheInfo).
import { HeapKind, setHeapKind, type PyObject } from "./object";
import type { PyClass } from "./classes";
import { PyTuple } from "./containers";

/** Tracked at birth and never untracked (its heap kind is not Tuple): structseq_new and tuple.__new__ of a subtype. */
export class PyNamedTuple extends PyTuple {
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
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	/** The item a field names, or undefined for another name. */
	field(name: string): PyObject | undefined {
		const index = this.fields.indexOf(name);
		return index < 0 ? undefined : this.items[index];
	}
}

/** A struct sequence: its fields are read-only, and messages name its type by tp_name, module included ("sys.version_info"). */
export class PyStructSequence extends PyNamedTuple {
	override get typeName(): string {
		return `${this.type.module}.${this.type.name}`;
	}
}
