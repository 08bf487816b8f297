// A class's shared dict keys (CPython 3.11 ht_cached_keys) and the instance layout that decides whether
// a class has them. Instances keep their attributes as "values" indexed by these keys, and a __dict__
// materialized from them is a split-table dict whose sys.getsizeof depends on the keys' state.
import { isExactStr } from "./scalar-instances";
import { T, type PyClass } from "./classes";
import { attributeLabel, type PyObject, type Reference } from "./object";
import type { PyDict } from "./containers";
import { resizeLog2KeySize } from "../runtime/containerGrowth";

/** dictobject.c: a class's shared keys never hold more than 30 names. */
export const SHARED_KEYS_MAX_SIZE = 30;
/** NEXT_LOG2_SHARED_KEYS_MAX_SIZE: the shared keys table has 64 slots (what popitem() resizes a split dict to). */
export const SHARED_KEYS_LOG2_SIZE = 6;

export class SharedKeys {
	/** Each name's index in the keys' entries (dk_entries), in order of first insertion by any instance. */
	private readonly indices = new Map<string, number>();
	/**
	 * dk_usable. _PyDict_NewKeysForClass starts it at 30 and every new instance takes one (down to 1), so
	 * the values array sized from it shrinks as a class gets more instances.
	 */
	usable = SHARED_KEYS_MAX_SIZE;

	/** shared_keys_usable_size: dk_nentries + dk_usable, the value slots getsizeof charges a split dict. */
	get valuesSize(): number {
		return this.indices.size + this.usable;
	}

	indexOf(name: string): number | undefined {
		return this.indices.get(name);
	}

	/** The names, in the keys' entry order. */
	names(): IterableIterator<string> {
		return this.indices.keys();
	}

	/** init_inline_values, run for each new instance. */
	reserveForInstance(): void {
		if (this.usable > 1) this.usable--;
	}

	/** insert_into_dictkeys: the name's index, added if new; undefined when the keys are full. */
	insert(name: string): number | undefined {
		const found = this.indices.get(name);
		if (found !== undefined) return found;
		if (this.usable <= 0) return undefined;
		const index = this.indices.size;
		this.indices.set(name, index);
		this.usable--;
		return index;
	}
}

/** What typeobject.c's type_new decided about a class's instances: their slots, __dict__ and __weakref__. */
export interface InstanceLayout {
	/**
	 * Names stored in slots (member descriptors), over the whole MRO; '__dict__' and '__weakref__' excluded.
	 * In the order subtype_traverse and clear_slots visit them: the most derived class first, each class's
	 * names sorted (as its ht_slots); then a builtin exception's fields (EXCEPTION_FIELDS).
	 */
	readonly slots: ReadonlySet<string>;
	/**
	 * The member slots the instance struct has (tp_basicsize counts them): a name a subclass's __slots__ lists
	 * again gets a second member, which shadows its base's.
	 */
	readonly slotMembers: number;
	/** Instances have a __dict__: some class in the MRO has no __slots__ or lists '__dict__' in them. */
	readonly hasDict: boolean;
	/** Instances have a __weakref__ slot: as hasDict, for '__weakref__'. */
	readonly hasWeakref: boolean;
	/**
	 * The class's own shared keys, when its instances keep attributes as values (a managed dict). Exception
	 * classes keep an ordinary dict pointer instead and have none, as in 3.11.
	 */
	readonly sharedKeys: SharedKeys | null;
}

/**
 * The object fields of the builtin exceptions that have some (PyImportErrorObject...), in their traverse and
 * clear order. They are member descriptors of the class (None while unset), so they live with the slots.
 */
export const EXCEPTION_FIELDS: Readonly<Record<string, readonly string[]>> = {
	ImportError: ["msg", "name", "path"],
	AttributeError: ["obj", "name"],
	NameError: ["name"],
	StopIteration: ["value"],
	SystemExit: ["code"],
	SyntaxError: ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"],
	OSError: ["errno", "strerror", "filename", "filename2"],
	UnicodeEncodeError: ["encoding", "object", "start", "end", "reason"],
	UnicodeDecodeError: ["encoding", "object", "start", "end", "reason"],
	UnicodeTranslateError: ["encoding", "object", "start", "end", "reason"],
	BaseExceptionGroup: ["message", "exceptions"],
};

/**
 * The layout of `cls`'s instances, computed once (kept on the class: every attribute store and every
 * instance's dealloc asks): __slots__ and bases are fixed when the class is made.
 * Every class with a managed dict gets keys of its own; a subclass does not share its base's.
 */
export function instanceLayout(cls: PyClass): InstanceLayout {
	return (cls.instanceLayout ??= computeInstanceLayout(cls));
}

function computeInstanceLayout(cls: PyClass): InstanceLayout {
	const slots = new Set<string>();
	// BaseException has a dict pointer of its own, so every exception instance has a __dict__.
	const isException = cls.isSubclassOf(T.BaseException);
	let hasDict = isException;
	let hasWeakref = false;
	let fields: readonly string[] = [];
	let slotMembers = 0;
	for (const c of cls.mro) {
		if (c.builtin) {
			if (isException && fields.length === 0) fields = EXCEPTION_FIELDS[c.name] ?? [];
			continue;
		}
		if (c.slotNames === null) {
			hasDict = hasWeakref = true;
			continue;
		}
		for (const name of [...c.slotNames].sort()) {
			if (name === "__dict__") hasDict = true;
			else if (name === "__weakref__") hasWeakref = true;
			else {
				slots.add(name);
				slotMembers++;
			}
		}
	}
	for (const name of fields) slots.add(name);
	slotMembers += fields.length;
	// type_new adds no __weakref__ slot to a variable-size base's (tuple's, int's) instances and keeps their __dict__ unmanaged
	// (after the items, an ordinary dict: no shared keys).
	if (cls.isSubclassOf(T.tuple) || cls.isSubclassOf(T.int)) return { slots, slotMembers, hasDict, hasWeakref: false, sharedKeys: null };
	// A metaclass's instances are classes: type's own tp_dict and weak references, no shared keys (nor a
	// managed dict that would size its type).
	if (cls.isSubclassOf(T.type)) return { slots, slotMembers, hasDict: true, hasWeakref: true, sharedKeys: null };
	return { slots, slotMembers, hasDict, hasWeakref, sharedKeys: hasDict && !isException ? new SharedKeys() : null };
}

/**
 * An instance's slot values, then its attribute values, labelled, in the order CPython visits and releases
 * them: the values array is indexed by each name's place in the class's shared keys, so a name the class saw
 * first comes first whatever order this instance set it in. Without shared keys (exceptions) the order they
 * were set. Plain loops: the trace asks at every write of an instance, often before the JIT has optimized this.
 */
export function instanceAttributeReferences(cls: PyClass, attrs: ReadonlyMap<string, PyObject>): Reference[] {
	const refs: Reference[] = [];
	if (attrs.size === 0) return refs;
	if (inSettingOrder(cls, attrs)) for (const [name, target] of attrs) refs.push({ label: attributeLabel(name), target });
	else for (const name of namesInOrder(cls, attrs)) refs.push({ label: attributeLabel(name), target: attrs.get(name)! });
	return refs;
}

/** instanceAttributeReferences's values alone, appended to `out` (a dealloc's list of what to release). */
export function pushInstanceValuesInOrder(cls: PyClass, attrs: ReadonlyMap<string, PyObject>, out: PyObject[]): void {
	if (inSettingOrder(cls, attrs)) for (const value of attrs.values()) out.push(value);
	else for (const name of namesInOrder(cls, attrs)) out.push(attrs.get(name)!);
}

/** Nearly every instance sets its attributes in the order its class first saw them: nothing to sort. */
function inSettingOrder(cls: PyClass, attrs: ReadonlyMap<string, PyObject>): boolean {
	const { slots, sharedKeys } = instanceLayout(cls);
	return slots.size === 0 && (!sharedKeys || attrs.size < 2 || inKeysOrder(attrs, sharedKeys));
}

function namesInOrder(cls: PyClass, attrs: ReadonlyMap<string, PyObject>): string[] {
	const { slots, sharedKeys } = instanceLayout(cls);
	const slotNames = [...slots].filter((name) => attrs.has(name));
	const values = [...attrs.keys()].filter((name) => !slots.has(name));
	if (sharedKeys) values.sort((a, b) => (sharedKeys.indexOf(a) ?? Infinity) - (sharedKeys.indexOf(b) ?? Infinity));
	return [...slotNames, ...values];
}

function inKeysOrder(attrs: ReadonlyMap<string, PyObject>, keys: SharedKeys): boolean {
	let last = -1;
	for (const name of attrs.keys()) {
		const index = keys.indexOf(name);
		if (index === undefined || index < last) return false;
		last = index;
	}
	return true;
}

/**
 * insertdict of `key`, absent from the split dict `d`: a str the shared keys hold or can still take keeps
 * it split (the keys learn the name, for every instance). Otherwise insertion_resize makes it an ordinary
 * dict sized for its items, and false says so.
 */
export function splitDictTakesNewKey(d: PyDict, keys: SharedKeys, key: PyObject): boolean {
	if (isExactStr(key) && keys.insert(key.value) !== undefined) return true;
	combineSplitDict(d, resizeLog2KeySize(d.entries.size * 3));
	return false;
}

/** dictresize of a split dict: its own keys table of 2**log2Size slots, holding the items in insertion order. */
export function combineSplitDict(d: PyDict, log2Size: number): void {
	d.sharedKeys = null;
	d.keysSize = 2 ** log2Size;
	d.compactEntries();
}
