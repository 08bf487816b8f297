// Instances of classes written in Python that subclass int, float, str, set or frozenset. Each is the builtin
// object (its value, or its set table) plus type_new's additions (see subtype-fields.ts). Unlike the exact
// types they are GC types tracked from birth (type_new gives every heap type Py_TPFLAGS_HAVE_GC), never small
// ints, interned or cached strs, or free-list floats: long_subtype_new, float_subtype_new and
// unicode_subtype_new copy a value the exact type made into a new object of the subtype.
import { PyObject, HeapKind, setHeapKind, type Reference } from "./object";
import type { PyClass } from "./classes";
import { PyInt, PyFloat, PyStr, type IntValue } from "./values";
import { PySet } from "./containers";
import { type SubtypeFields, subtypeReferences, clearSubtypeFields } from "./subtype-fields";

/** An exact int, float or str class: made from its value alone. */
type AtomClass<V> = new (value: V) => PyObject;

/**
 * The subclass instance of an atom type (int, float, str): the value and type_new's fields. Its base holds no
 * references, so subtype_traverse and subtype_dealloc see only slots, the __dict__ and the class.
 */
function atomSubtype<V, B extends AtomClass<V>>(Base: B) {
	const Subtype = class extends (Base as AtomClass<V>) implements SubtypeFields {
		readonly attrs = new Map<string, PyObject>();
		dict: PyObject | null = null;
		/** The reference to ob_type the instance holds until subtype_dealloc drops it last. */
		klass: PyClass | null;
		constructor(
			public type: PyClass,
			value: V,
		) {
			super(value);
			this.klass = type;
		}
		override get cls(): PyClass {
			return this.type;
		}
		override references(): Reference[] {
			return this.klass ? subtypeReferences(this, this.klass) : [];
		}
		clearReferences(): PyObject[] {
			return clearSubtypeFields(this);
		}
		/** subtype_dealloc: slots, __dict__, then the class. */
		override releaseReferences(): PyObject[] {
			const out = clearSubtypeFields(this);
			if (this.klass) out.push(this.klass);
			this.klass = null;
			return out;
		}
	};
	setHeapKind(Subtype, HeapKind.Instance);
	return Subtype as unknown as new (type: PyClass, value: V) => InstanceType<B> & AtomSubtypeFields;
}

/** What atomSubtype adds to its base, as its instances show it. */
interface AtomSubtypeFields extends SubtypeFields {
	type: PyClass;
	klass: PyClass | null;
	clearReferences(): PyObject[];
}

export const PyIntInstance = atomSubtype<IntValue, typeof PyInt>(PyInt);
export type PyIntInstance = InstanceType<typeof PyIntInstance>;
export const PyFloatInstance = atomSubtype<number, typeof PyFloat>(PyFloat);
export type PyFloatInstance = InstanceType<typeof PyFloatInstance>;
export const PyStrInstance = atomSubtype<string, typeof PyStr>(PyStr);
export type PyStrInstance = InstanceType<typeof PyStrInstance>;

/** A set or frozenset subclass's instance: the set's table and items, and the subtype's fields. */
export class PySetInstance extends PySet implements SubtypeFields {
	readonly attrs = new Map<string, PyObject>();
	dict: PyObject | null = null;
	klass: PyClass | null;
	constructor(
		public type: PyClass,
		frozen: boolean,
	) {
		super(frozen);
		this.klass = type;
	}
	override get cls(): PyClass {
		return this.type;
	}
	static {
		setHeapKind(this, HeapKind.Instance);
	}
	override references(): Reference[] {
		const refs = this.klass ? subtypeReferences(this, this.klass) : [];
		return refs.concat(super.references());
	}
	/** subtype_clear: slots and __dict__, then set_clear_internal's items; the class stays. */
	clearReferences(): PyObject[] {
		const out = clearSubtypeFields(this);
		for (const item of super.releaseReferences()) out.push(item);
		return out;
	}
	/** subtype_dealloc: slots, __dict__, set_dealloc's items, then the class. */
	override releaseReferences(): PyObject[] {
		const out = this.clearReferences();
		if (this.klass) out.push(this.klass);
		this.klass = null;
		return out;
	}
}

/** An instance of a subclass of int, float or str: a value with a __dict__ and a class of its own. */
export type PyScalarInstance = PyIntInstance | PyFloatInstance | PyStrInstance;

export function isScalarInstance(o: PyObject): o is PyScalarInstance {
	return o.heapKind === HeapKind.Instance && (o instanceof PyIntInstance || o instanceof PyFloatInstance || o instanceof PyStrInstance);
}
