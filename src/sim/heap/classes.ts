// Type objects (builtin and user classes) and instances of user classes.
import { PyObject, attributeLabel, type Reference } from "./object";

/** Builtin type objects, filled in once by builtins/types.ts before any program runs. */
/** The type of each kind of builtin iterator (map, zip, list_iterator...), by name; filled with T. */
export const iteratorTypes = new Map<string, PyClass>();

export const T = {} as Record<
	| "object" | "type" | "NoneType" | "NotImplementedType" | "ellipsis" | "int" | "bool" | "float" | "str"
	| "list" | "tuple" | "dict" | "set" | "frozenset" | "range" | "slice" | "function" | "builtin_function_or_method"
	| "method" | "cell" | "module" | "generator" | "property" | "staticmethod" | "classmethod" | "super"
	| "iterator" | "weakref" | "finalize" | "BaseException" | "code" | "frame" | "traceback" | "dict_keys" | "dict_values" | "dict_items"
	| "WeakValueDictionary" | "WeakKeyDictionary" | "KeyedRef",
	PyClass
>;

/**
 * Bumped whenever any class's attributes or MRO change, so every class's lookup cache knows it is stale
 * (CPython's type attribute cache is invalidated per type; one counter is enough here).
 */
let classesVersion = 0;

/** A class __dict__ that tells the lookup caches when it changes. */
class ClassDict extends Map<string, PyObject> {
	override set(name: string, value: PyObject): this {
		classesVersion++;
		return super.set(name, value);
	}
	override delete(name: string): boolean {
		classesVersion++;
		return super.delete(name);
	}
	override clear(): void {
		classesVersion++;
		super.clear();
	}
}

export class PyClass extends PyObject {
	/** Class attributes in definition order (the class __dict__). */
	readonly dict: Map<string, PyObject> = new ClassDict();
	private resolvedMro: PyClass[] = [];
	private readonly lookupCache = new Map<string, PyObject | undefined>();
	private lookupCacheVersion = -1;
	/** Names from __slots__, or null when instances have a __dict__. */
	slotNames: string[] | null = null;
	/** Builtin types are shared: their counts are interpreter-internal. */
	readonly builtin: boolean;

	constructor(
		public name: string,
		public bases: PyClass[],
		builtin: boolean,
		public qualname: string = name,
		public module = "builtins",
	) {
		super();
		this.builtin = builtin;
		this.shared = builtin;
	}

	get cls(): PyClass {
		return T.type;
	}
	override get gcKind(): boolean {
		return true;
	}

	get mro(): PyClass[] {
		return this.resolvedMro;
	}
	set mro(mro: PyClass[]) {
		classesVersion++;
		this.resolvedMro = mro;
	}

	/** The attribute `name` along the MRO; cached, since every attribute access and call asks. */
	lookup(name: string): PyObject | undefined {
		if (this.lookupCacheVersion !== classesVersion) {
			this.lookupCache.clear();
			this.lookupCacheVersion = classesVersion;
		}
		let found = this.lookupCache.get(name);
		if (found !== undefined || this.lookupCache.has(name)) return found;
		for (const c of this.resolvedMro) {
			found = c.dict.get(name);
			if (found !== undefined) break;
		}
		this.lookupCache.set(name, found);
		return found;
	}

	isSubclassOf(other: PyClass): boolean {
		return this === other || this.mro.includes(other);
	}

	override references(): Reference[] {
		const refs: Reference[] = [];
		for (const [k, v] of this.dict) refs.push({ label: attributeLabel(k), target: v });
		return refs;
	}
	override releaseReferences(): PyObject[] {
		const out = [...this.dict.values()];
		this.dict.clear();
		return out;
	}
}

/** An instance of a user class. 3.11 keeps attributes inline (no dict object) until __dict__ is asked for. */
export class PyInstance extends PyObject {
	readonly attrs = new Map<string, PyObject>();
	/** The __dict__ once it was asked for: from then on the attributes live there (attrs stays empty). */
	dict: PyObject | null = null;
	constructor(private readonly klass: PyClass) {
		super();
	}
	get cls(): PyClass {
		return this.klass;
	}
	override get gcKind(): boolean {
		return true;
	}
	override references(): Reference[] {
		const refs: Reference[] = [];
		if (this.dict) refs.push({ label: "__dict__", target: this.dict });
		for (const [k, v] of this.attrs) refs.push({ label: attributeLabel(k), target: v });
		return refs;
	}
	override releaseReferences(): PyObject[] {
		const out = [...this.attrs.values()];
		if (this.dict) out.push(this.dict);
		this.attrs.clear();
		this.dict = null;
		return out;
	}
}

/** An exception instance: args, traceback and chaining live beside ordinary attributes. */
export class PyExceptionObject extends PyInstance {
	args: PyObject | null = null;
	traceback: PyObject | null = null;
	cause: PyObject | null = null;
	context: PyObject | null = null;
	suppressContext = false;
	override references(): Reference[] {
		const refs = super.references();
		if (this.args) refs.push({ label: "args", target: this.args });
		if (this.traceback) refs.push({ label: "__traceback__", target: this.traceback });
		if (this.context) refs.push({ label: "__context__", target: this.context });
		if (this.cause) refs.push({ label: "__cause__", target: this.cause });
		return refs;
	}
	override releaseReferences(): PyObject[] {
		// BaseException_clear order: dict, args, notes, traceback, cause, context.
		const out = super.releaseReferences();
		for (const r of [this.args, this.traceback, this.cause, this.context]) if (r) out.push(r);
		this.args = this.traceback = this.cause = this.context = null;
		return out;
	}
}

/** C3 linearisation, or the classes still heading the lists to merge when no consistent order exists. */
export function c3Mro(cls: PyClass, bases: PyClass[]): { mro: PyClass[] } | { unmergedHeads: PyClass[] } {
	const seqs = [...bases.map((b) => [...b.mro]), [...bases]].filter((s) => s.length > 0);
	const out: PyClass[] = [cls];
	while (seqs.some((s) => s.length > 0)) {
		let head: PyClass | undefined;
		for (const s of seqs) {
			const cand = s[0];
			if (cand && !seqs.some((o) => o.indexOf(cand) > 0)) {
				head = cand;
				break;
			}
		}
		if (!head) return { unmergedHeads: [...new Set(seqs.flatMap((s) => s.slice(0, 1)))] };
		out.push(head);
		for (const s of seqs) if (s[0] === head) s.shift();
	}
	return { mro: out };
}
