// What type_new adds to an instance of a Python class whose base is a builtin type (list, dict, tuple, int,
// float, str, set...): __slots__ values, a __dict__, and the reference to its class, with the parts of
// subtype_traverse, subtype_clear and subtype_dealloc that handle them before the base type's own.
import { HeapKind, setHeapKind, type PyObject, type Reference } from "./object";
import type { PyClass } from "./classes";
import { instanceAttributeReferences, pushInstanceValuesInOrder } from "./shared-keys";
import { CLASS_SLOT } from "../trace/types";

/**
 * What an instance of a Python class carries besides its builtin base. Unlike a plain instance, list and dict
 * subclass instances get no inline values (their tp_new is not object_new, which makes them), so `attrs`
 * holds only __slots__ values and the other attributes live in `dict` from the first one set.
 */
export interface SubtypeFields {
	readonly attrs: Map<string, PyObject>;
	dict: PyObject | null;
	readonly cls: PyClass;
}

/** subtype_traverse's part: slots, the __dict__, then the class, before the base type's traverse. */
export function subtypeReferences(o: SubtypeFields, klass: PyClass): Reference[] {
	const refs = instanceAttributeReferences(o.cls, o.attrs);
	if (o.dict) refs.push({ label: "__dict__", target: o.dict });
	refs.push({ label: CLASS_SLOT, target: klass });
	return refs;
}

/** subtype_clear's (and subtype_dealloc's) part: clear_slots, then the __dict__. */
export function clearSubtypeFields(o: SubtypeFields): PyObject[] {
	const out: PyObject[] = [];
	if (o.attrs.size !== 0) {
		pushInstanceValuesInOrder(o.cls, o.attrs, out);
		o.attrs.clear();
	}
	if (o.dict) out.push(o.dict);
	o.dict = null;
	return out;
}


/** What builtinSubtype adds to its base, as its instances show it. */
export interface BuiltinSubtypeFields extends SubtypeFields {
	/** ob_type; `__class__ = C` changes it. */
	type: PyClass;
	/** The reference to ob_type the instance holds, until subtype_dealloc drops it after the base's dealloc. */
	klass: PyClass | null;
	/** subtype_clear: slots and __dict__, then the base's own clear; the class stays. */
	clearReferences(): PyObject[];
}

type BuiltinClass = new (...args: never[]) => PyObject;

/**
 * The class of a Python subclass's instances whose base is `Base` (int, float, str, list, dict, set): the base
 * object made from `baseArgs`, and type_new's fields around it. subtype_traverse visits the fields then the
 * base's references; subtype_clear and subtype_dealloc release them before the base's (an int's are none), and
 * dealloc the class last.
 */
export function builtinSubtype<B extends BuiltinClass>(Base: B) {
	const Subtype = class extends (Base as unknown as new (...args: unknown[]) => PyObject) implements BuiltinSubtypeFields {
		readonly attrs = new Map<string, PyObject>();
		dict: PyObject | null = null;
		type: PyClass;
		klass: PyClass | null;
		constructor(type: PyClass, ...baseArgs: unknown[]) {
			super(...baseArgs);
			this.type = type;
			this.klass = type;
		}
		override get cls(): PyClass {
			return this.type;
		}
		/** What a list's, dict's or set's record shows before its items or entries (PyObject.shownHeader). */
		override shownHeader(): Reference[] {
			return this.klass ? subtypeReferences(this, this.klass) : [];
		}
		override references(): Reference[] {
			return this.shownHeader().concat(super.references());
		}
		clearReferences(): PyObject[] {
			const out = clearSubtypeFields(this);
			for (const item of super.releaseReferences()) out.push(item);
			return out;
		}
		override releaseReferences(): PyObject[] {
			const out = this.clearReferences();
			if (this.klass) out.push(this.klass);
			this.klass = null;
			return out;
		}
	};
	setHeapKind(Subtype, HeapKind.Instance);
	return Subtype as unknown as new (type: PyClass, ...baseArgs: ConstructorParameters<B>) => InstanceType<B> & BuiltinSubtypeFields;
}
