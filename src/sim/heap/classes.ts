// Type objects (builtin and user classes), their slot descriptors and the MRO. Instances of user classes live
// in instances.ts.
import { PyObject, HeapKind, setHeapKind, attributeLabel, type Reference } from "./object";
import type { InstanceLayout } from "./shared-keys";
import { CLASS_SLOT } from "../trace/types";

/** Builtin type objects, filled in once by builtins/types.ts before any program runs. */
/** The type of each kind of builtin iterator (map, zip, list_iterator...), by name; filled with T. */
export const iteratorTypes = new Map<string, PyClass>();

export const T = {} as Record<
	| "object" | "type" | "NoneType" | "NotImplementedType" | "ellipsis" | "int" | "bool" | "float" | "complex" | "str" | "bytes" | "bytearray"
	| "list" | "tuple" | "dict" | "set" | "frozenset" | "range" | "slice" | "function" | "builtin_function_or_method"
	| "method" | "cell" | "module" | "generator" | "property" | "staticmethod" | "classmethod" | "super"
	| "iterator" | "weakref" | "finalize" | "BaseException" | "code" | "frame" | "traceback" | "dict_keys" | "dict_values" | "dict_items"
	| "WeakValueDictionary" | "WeakKeyDictionary" | "WeakSet" | "KeyedRef" | "ProxyType" | "CallableProxyType" | "WeakMethod" | "getset_descriptor" | "member_descriptor" | "method_descriptor" | "wrapper_descriptor" | "method-wrapper"
	| "memoryview" | "managedbuffer" | "TextIOWrapper" | "deque" | "defaultdict" | "OrderedDict" | "odict_keys" | "odict_values" | "odict_items" | "odict_iterator" | "GenericAlias" | "UnionType" | "mappingproxy" | "_Feature" | "Counter" | "_tuplegetter"
	| "Generic" | "TypeVar" | "_SpecialForm" | "_LiteralSpecialForm" | "_SpecialGenericAlias" | "_CallableType" | "_TupleType" | "_GenericAlias" | "_UnionGenericAlias" | "_LiteralGenericAlias" | "_CallableGenericAlias" | "_AnyMeta" | "ForwardRef",
	PyClass
>;

/**
 * Bumped whenever any class's attributes or MRO change, so every class's lookup cache knows it is stale
 * (CPython's type attribute cache is invalidated per type; one counter is enough here).
 */
let classesVersion = 0;

export function currentClassesVersion(): number {
	return classesVersion;
}

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

/** What a class's attribute hooks resolve to along its MRO (undefined when none; object's are builtin). */
export interface AttributeHooks {
	readonly getattr: PyObject | undefined;
	readonly getattribute: PyObject | undefined;
	readonly setattr: PyObject | undefined;
	readonly delattr: PyObject | undefined;
	/** The class's own among them (subclass-instances.ts's ownHooks), worked out once for these. */
	own?: AttributeHooks;
}
const NO_HOOKS: AttributeHooks = { getattr: undefined, getattribute: undefined, setattr: undefined, delattr: undefined };

export class PyClass extends PyObject {
	/**
	 * Class attributes in definition order, for lookups. A user class's references to them are its tp_dict's
	 * (`namespace`); this map mirrors that dict (class-dict.ts keeps the two in step).
	 */
	readonly dict: Map<string, PyObject> = new ClassDict();
	/**
	 * Py_TPFLAGS_SEQUENCE or Py_TPFLAGS_MAPPING of a class whose flag Python code set: an ABC's `__abc_tpflags__`
	 * (collections.abc.Sequence, Mapping), inherited from its tp_base, or given by registering it with one. Undefined
	 * for the rest, whose flag is their builtin base's (match-ops.ts).
	 */
	collectionFlag: "sequence" | "mapping" | null | undefined = undefined;
	private resolvedMro: PyClass[] = [];
	/** The classesVersion of this class's last PyType_Modified: its attributes set or deleted, or its MRO changed. */
	private modifiedAt = 0;
	/** lookup's results; null for a name no class in the MRO has (so a miss costs one probe, not two). */
	private readonly lookupCache = new Map<string, PyObject | null>();
	private lookupCacheVersion = -1;
	/** lookup("__del__") as of classesVersion delVersion: every dealloc of an instance asks. */
	private delFound: PyObject | undefined = undefined;
	private delVersion = -1;
	/** The attribute hooks as of classesVersion hooksVersion: every attribute read and write asks. */
	private hooks: AttributeHooks = NO_HOOKS;
	private hooksVersion = -1;
	/** What instantiate.ts's plainInit worked out, as of classesVersion plainInitVersion: every instantiation asks. */
	private plainInitFound: PyObject | null = null;
	private plainInitVersion = -1;
	/** Names from __slots__, or null when instances have a __dict__. */
	slotNames: string[] | null = null;
	/** Builtin types are shared: their counts are interpreter-internal. */
	readonly builtin: boolean;
	/** A user class's tp_dict, tp_mro and tp_bases: a dict and two tuples only the class holds (hidden parts). */
	namespace: PyObject | null = null;
	mroTuple: PyObject | null = null;
	basesTuple: PyObject | null = null;
	/** tp_base: the base whose instance layout this class extends (best_base). */
	base: PyClass | null = null;
	/** tp_subclasses: a dict of weak references to subclasses, made for the first one (a hidden part). */
	subclasses: PyObject | null = null;
	/** The weak reference this class's bases keep in their tp_subclasses, and those bases. */
	subclassRef: PyObject | null = null;
	readonly subclassOf: PyClass[] = [];
	/** ht_slots: the sorted member names of __slots__ (held, but not traversed by the collector). */
	slotsTuple: PyObject | null = null;
	/**
	 * tp_new is slot_tp_new for good: update_one_slot keeps a class's tp_new when its `__new__` lookup finds a
	 * builtin one again (after `del C.__new__`), and a class inherits its base's (new-methods.ts tpNewOf).
	 */
	slotNewKept = false;
	/** Py_TPFLAGS_IS_ABSTRACT: its `__abstractmethods__` was set to something true (object_new refuses it). */
	abstract = false;
	/** Its instances' layout once asked for (shared-keys.ts instanceLayout computes it). */
	instanceLayout: InstanceLayout | null = null;
	/** ht_name and ht_qualname once the program assigned them (vm/class-names.ts): the strs the class holds. */
	nameObject: PyObject | null = null;
	qualnameObject: PyObject | null = null;
	/**
	 * ob_type when it is a metaclass written in Python (null means `type`): the class holds a reference to it,
	 * as any instance of a heap type does (vm/metaclasses.ts).
	 */
	metaclass: PyClass | null = null;

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
		return this.metaclass ?? T.type;
	}
	static {
		setHeapKind(this, HeapKind.Class);
	}

	get mro(): PyClass[] {
		return this.resolvedMro;
	}
	set mro(mro: PyClass[]) {
		this.modifiedAt = ++classesVersion;
		this.resolvedMro = mro;
	}

	/** PyType_Modified: type_setattro calls it after any attribute of the class is set or deleted. */
	modified(): void {
		this.modifiedAt = ++classesVersion;
	}

	/**
	 * Changes whenever CPython would give the class a new tp_version_tag: PyType_Modified of the class or of a class
	 * in its MRO (it invalidates the subclasses too). Specialized instructions guard on it (vm/subscript-sites.ts).
	 */
	get versionTag(): number {
		let tag = 0;
		for (const c of this.resolvedMro) if (c.modifiedAt > tag) tag = c.modifiedAt;
		return tag;
	}

	/** The attribute `name` along the MRO; cached, since every attribute access and call asks. */
	lookup(name: string): PyObject | undefined {
		if (this.lookupCacheVersion !== classesVersion) {
			this.lookupCache.clear();
			this.lookupCacheVersion = classesVersion;
		}
		const cached = this.lookupCache.get(name);
		if (cached !== undefined) return cached ?? undefined;
		let found: PyObject | undefined;
		for (const c of this.resolvedMro) {
			found = c.dict.get(name);
			if (found !== undefined) break;
		}
		this.lookupCache.set(name, found ?? null);
		return found;
	}

	/** lookup("__del__") without a lookup-cache probe; stale once any class's attributes or MRO change. */
	lookupDel(): PyObject | undefined {
		if (this.delVersion !== classesVersion) {
			this.delFound = this.lookup("__del__");
			this.delVersion = classesVersion;
		}
		return this.delFound;
	}

	/** lookup of __getattr__, __getattribute__, __setattr__ and __delattr__ without lookup-cache probes. */
	attributeHooks(): AttributeHooks {
		if (this.hooksVersion !== classesVersion) {
			this.hooks = {
				getattr: this.lookup("__getattr__"),
				getattribute: this.lookup("__getattribute__"),
				setattr: this.lookup("__setattr__"),
				delattr: this.lookup("__delattr__"),
			};
			this.hooksVersion = classesVersion;
		}
		return this.hooks;
	}

	/** `work(this)`, worked out again only once any class's attributes or MRO changed (type_call's fast path). */
	cachedPlainInit(work: (cls: PyClass) => PyObject | null): PyObject | null {
		if (this.plainInitVersion !== classesVersion) {
			this.plainInitFound = work(this);
			this.plainInitVersion = classesVersion;
		}
		return this.plainInitFound;
	}

	isSubclassOf(other: PyClass): boolean {
		return this === other || this.mro.includes(other);
	}

	/** subtype_traverse visits a metaclass first, then type_traverse's order: tp_dict, tp_mro, tp_bases, tp_base. */
	override references(): Reference[] {
		const refs: Reference[] = [];
		if (this.builtin) {
			for (const [k, v] of this.dict) refs.push({ label: attributeLabel(k), target: v });
			return refs;
		}
		if (this.metaclass) refs.push({ label: CLASS_SLOT, target: this.metaclass });
		if (this.namespace) refs.push({ label: "__dict__", target: this.namespace });
		if (this.mroTuple) refs.push({ label: "__mro__", target: this.mroTuple });
		if (this.basesTuple) refs.push({ label: "__bases__", target: this.basesTuple });
		if (this.base) refs.push({ label: "__base__", target: this.base });
		if (this.nameObject) refs.push({ label: "__name__", target: this.nameObject });
		if (this.qualnameObject) refs.push({ label: "__qualname__", target: this.qualnameObject });
		return refs;
	}

	/**
	 * The class card shows its attributes as its own slots while its tp_dict is hidden; hidden tuples and
	 * descriptors are shown as internal holders of what they hold instead (see internalHolderLabel).
	 */
	override shownReferences(): Reference[] {
		if (this.builtin) return this.references();
		const refs: Reference[] = [];
		if (this.namespace && this.namespace.internalOf === null) refs.push({ label: "__dict__", target: this.namespace });
		else for (const [k, v] of this.dict) if (v.internalOf === null) refs.push({ label: attributeLabel(k), target: v });
		if (this.mroTuple && this.mroTuple.internalOf === null) refs.push({ label: "__mro__", target: this.mroTuple });
		if (this.basesTuple && this.basesTuple.internalOf === null) refs.push({ label: "__bases__", target: this.basesTuple });
		if (this.base && !this.base.shared) refs.push({ label: "__base__", target: this.base });
		if (this.nameObject) refs.push({ label: "__name__", target: this.nameObject });
		if (this.qualnameObject) refs.push({ label: "__qualname__", target: this.qualnameObject });
		if (this.metaclass) refs.push({ label: CLASS_SLOT, target: this.metaclass });
		return refs;
	}

	/** How the trace names the references a hidden part of this class holds; null when the class shows them itself. */
	internalHolderLabel(part: PyObject): string | null {
		if (part === this.namespace) return null;
		if (part === this.mroTuple) return `__mro__ of ${this.qualname}`;
		if (part === this.basesTuple) return `__bases__ of ${this.qualname}`;
		if (part === this.subclasses) return subclassesLabel(this);
		if (part instanceof PySlotDescriptor) return `${part.name} descriptor of ${this.qualname}`;
		return `part of ${this.qualname}`;
	}

	/** type_dealloc's order: tp_base, tp_dict, tp_bases, tp_mro, tp_subclasses. */
	override releaseReferences(): PyObject[] {
		if (this.builtin) {
			const out = [...this.dict.values()];
			this.dict.clear();
			return out;
		}
		const out: PyObject[] = [];
		// type_dealloc's order: tp_base, tp_dict, tp_bases, tp_mro, tp_subclasses, ht_name, ht_qualname, ht_slots.
		// subtype_dealloc then drops the reference to a metaclass, after type_dealloc.
		for (const part of [this.base, this.namespace, this.basesTuple, this.mroTuple, this.subclasses, this.nameObject, this.qualnameObject, this.slotsTuple, this.metaclass]) if (part) out.push(part);
		this.base = this.namespace = this.basesTuple = this.mroTuple = this.subclasses = this.nameObject = this.qualnameObject = this.slotsTuple = this.metaclass = null;
		this.dict.clear();
		return out;
	}
}

/** A getset_descriptor (`__dict__`, `__weakref__`, int's `real`) or member_descriptor (a __slots__ name, slice's `start`). */
export class PySlotDescriptor extends PyObject {
	constructor(
		readonly kind: "getset" | "member",
		readonly name: string,
		/** __objclass__: the class that defined it (d_type). */
		public objclass: PyClass | null,
		/** A READONLY member (PyMember_SetOne refuses to set or delete it). */
		readonly readonly = false,
		/**
		 * One of a builtin type's own getsets or members (int.real, slice.start), whose value pymem reads through
		 * the object (objectAttribute) rather than from the instance's attributes.
		 */
		readonly readsObject = false,
	) {
		super();
	}
	get cls(): PyClass {
		return this.kind === "getset" ? T.getset_descriptor : T.member_descriptor;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		return this.objclass ? [{ label: "__objclass__", target: this.objclass }] : [];
	}
	override releaseReferences(): PyObject[] {
		const out = this.objclass ? [this.objclass] : [];
		this.objclass = null;
		return out;
	}
}

/** How the trace names a base's tp_subclasses reference to a subclass's weak reference. */
export function subclassesLabel(base: PyClass): string {
	return `__subclasses__ of ${base.qualname}`;
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
