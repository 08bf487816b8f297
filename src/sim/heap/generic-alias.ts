// types.GenericAlias (genericaliasobject.c): what `list[int]` or `dict[str, int]` makes, as annotations do at
// every `def` that uses one. It holds its origin class, its arguments as a tuple and, once asked for,
// its __parameters__ tuple; it has no tp_clear, so the collector breaks a cycle through one elsewhere.
import { PyObject, HeapKind, setHeapKind, present, type Reference } from "./object";
import { T, type PyClass } from "./classes";

export class PyGenericAlias extends PyObject {
	/** Null only while Py_GenericAlias packs the arguments (a collection then sees an empty alias, as CPython's does). */
	origin: PyObject | null = null;
	args: PyObject | null = null;
	parameters: PyObject | null = null;
	/** The subclass it is an instance of: collections.abc's _CallableGenericAlias (callable-alias.ts), or null. */
	subclass: PyClass | null = null;
	get cls(): PyClass {
		return this.subclass ?? T.GenericAlias;
	}
	/** The C type's tp_name, which error messages show, carries its module; a Python subclass's is its name. */
	override get typeName(): string {
		return this.subclass ? this.subclass.name : "types.GenericAlias";
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	/** ga_traverse: origin, args, parameters. */
	override references(): Reference[] {
		const refs: Reference[] = [];
		if (this.origin) refs.push({ label: "__origin__", target: this.origin });
		if (this.args) refs.push({ label: "__args__", target: this.args });
		if (this.parameters) refs.push({ label: "__parameters__", target: this.parameters });
		return refs;
	}
	/** ga_dealloc releases them in the same order. */
	override releaseReferences(): PyObject[] {
		const out = present([this.origin, this.args, this.parameters]);
		this.origin = this.args = this.parameters = null;
		return out;
	}
}
