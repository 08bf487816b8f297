// The objects Lib/typing.py makes: special forms (Union, Optional...), the special generic aliases (List,
// Dict...), what subscribing them makes (_GenericAlias and its Union, Literal and Callable kinds) and
// TypeVars. In CPython they are instances of Python classes: a managed __dict__ holds __origin__, __args__
// and __parameters__, and they are GC-tracked. pymem keeps those three as fields (the dict is not simulated).
import { PyObject, HeapKind, setHeapKind, present, type Reference } from "./object";
import type { PyClass } from "./classes";

/**
 * What the object is: `form` a _SpecialForm (Union, Optional, ClassVar, Final, Literal, NoReturn),
 * `special` a _SpecialGenericAlias (List, Dict, Callable, Tuple...), `alias` a subscription (_GenericAlias,
 * _UnionGenericAlias, _LiteralGenericAlias, _CallableGenericAlias: its class tells), `typevar` a TypeVar,
 * `any` typing.Any (a class with a metaclass in CPython), `unsupported` a name pymem does not simulate
 * (every use of it says so), `forwardref` a ForwardRef (its name the string, `args` the str object).
 */
export type TypingKind = "form" | "special" | "alias" | "typevar" | "any" | "unsupported" | "forwardref";

export class PyTypingObject extends PyObject {
	/** The origin: a class, a special form, or null for an origin pymem lacks (collections.abc's classes). */
	origin: PyObject | null = null;
	args: PyObject | null = null;
	parameters: PyObject | null = null;
	/** A TypeVar's __bound__ and __constraints__. */
	bound: PyObject | null = null;
	constraints: PyObject | null = null;
	/** A special alias's number of parameters (-1: any, Tuple and Callable check their own). */
	nparams = 0;
	/** Whether calling it calls the origin (Deque, DefaultDict...) or raises (List, Dict...). */
	inst = true;
	/** TypeVar variance. */
	covariant = false;
	contravariant = false;
	/** A ForwardRef's __forward_value__ once __forward_evaluated__, and its __forward_is_argument__ and __forward_is_class__. */
	forwardValue: PyObject | null = null;
	evaluated = false;
	isArgument = true;
	isClass = false;
	/** The name of the origin when pymem has no object for it ("collections.abc.Iterable"). */
	missingOrigin: string | null = null;
	constructor(
		readonly kind: TypingKind,
		readonly typingClass: PyClass,
		/** _name: "List", "Optional"..., a TypeVar's __name__; null for an alias of a user class. */
		readonly name: string | null,
	) {
		super();
	}
	get cls(): PyClass {
		return this.typingClass;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	/** The instance dict's values, in the order __init__ stores them. */
	override references(): Reference[] {
		const refs: Reference[] = [];
		if (this.origin) refs.push({ label: "__origin__", target: this.origin });
		if (this.args) refs.push({ label: this.kind === "forwardref" ? "__forward_arg__" : "__args__", target: this.args });
		if (this.parameters) refs.push({ label: "__parameters__", target: this.parameters });
		if (this.bound) refs.push({ label: "__bound__", target: this.bound });
		if (this.constraints) refs.push({ label: "__constraints__", target: this.constraints });
		if (this.forwardValue) refs.push({ label: "__forward_value__", target: this.forwardValue });
		return refs;
	}
	override releaseReferences(): PyObject[] {
		const out = present([this.origin, this.args, this.parameters, this.bound, this.constraints, this.forwardValue]);
		this.origin = this.args = this.parameters = this.bound = this.constraints = this.forwardValue = null;
		return out;
	}
}
