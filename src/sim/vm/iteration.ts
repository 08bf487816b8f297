// iter() and next() for every iterable kind (len() is in lengths.ts). Builtin iterators hold their source until exhausted.
import { PyMemoryView } from "../heap/memoryview";
import { memoryviewIterator } from "./memoryview-ops";
import { PyWeakProxy } from "../heap/weakrefs";
import { PyMappingProxy } from "../heap/mapping-proxy";
import { proxiedMapping } from "./mapping-proxy-ops";
import { throughProxy } from "./weak-proxy-ops";
import { PyTypingObject } from "../heap/typing-objects";
import { T } from "../heap/classes";
import { typingObjectsLack } from "./typing-ops";
import type { PyObject } from "../heap/object";
import { PyStr, PyBytes } from "../heap/values";
import { PyByteArray } from "../heap/bytearray";
import { PyList, PyTuple, PyDict, PySet, PyRange } from "../heap/containers";
import { checkSequenceLength } from "./sequence-repeat";
import { isBmpOnly } from "../runtime/codepoints";
import { PyDictView } from "../heap/views";
import { PyInstance } from "../heap/instances";
import { hasInstanceAttributes, isExactList, isMetaclassInstance, subclassSlot, isExactTuple, userSlot } from "../heap/subclass-instances";
import { PyIterator, PyGenerator } from "../heap/iterators";
import { PyWeakDictionary, PyWeakSet } from "../heap/weak-dictionaries";
import { weakDictIterator } from "../builtins/weak-dictionaries";
import { resumeNested } from "./generators";
import { dictViewIterator, rangeIterator } from "./builtin-iterators";
import type { VM } from "./vm";
import { strIsascii } from "../runtime/strCase";
import { weakSetIterator } from "../builtins/weak-sets";
import { PyDeque, PyOrderedDict } from "../heap/collections";
import { PyArray } from "../heap/array";
import { arrayIterator } from "./array-ops";
import { odictIterator } from "../builtins/ordered-dict";
import { tableOf } from "./probed-sets";
import { DUMMY } from "../heap/probe-tables";
import { dequeIterator } from "../builtins/deque";
import { rejectResult } from "./rejected-results";
import { raisedMatches, clearRaised } from "./protocol";
import { hasLength } from "./lengths";
import { PyTextStream } from "../heap/text-streams";
import { nextLine, streamIterator } from "../builtins/standard-input";

/** The iterator's reference to its source counts before it is allocated (see Heap.collectWhileAllocating). */
export function registerIterator(vm: VM, it: PyIterator): PyIterator {
	if (it.source) vm.incref(it.source);
	return vm.heap.register(it);
}

/** Exhausted, an iterator lets go of what it iterated at once (listiter's it_seq = NULL, di_dict = NULL...). */
export function releaseSource(vm: VM, it: PyIterator): void {
	const source = it.source;
	if (!source) return;
	it.source = null;
	vm.heap.observer?.contentChanged(it);
	vm.decref(source);
	// A generator's frame goes with it: its locals after `self`, in slot order.
	if (it.held) holdLocals(vm, it, null);
}

/** A Python generator's locals as its latest step left them (they keep their objects until reassigned). */
export function holdLocals(vm: VM, it: PyIterator, locals: PyObject[] | null): void {
	const old = it.held;
	it.held = locals;
	if (locals) for (const o of locals) vm.incref(o);
	vm.heap.observer?.contentChanged(it);
	if (old) for (const o of old) vm.decref(o);
}

/** An iterator over a snapshot-free view: `item(i)` reads the source live, as CPython's iterators do. */
function indexIterator(vm: VM, kind: string, source: PyObject, length: () => number, item: (i: number) => PyObject): PyIterator {
	const iterator = new PyIterator(kind, source, (it) => {
		if (it.source && it.index < length()) return item(it.index++);
		releaseSource(vm, it);
		return null;
	});
	// listiter_len and its kin: what is left of the sequence as it is now, 0 once exhausted.
	iterator.remaining = () => (iterator.source ? Math.max(0, length() - iterator.index) : 0);
	return registerIterator(vm, iterator);
}

/**
 * setiter_iternext: the size checked before each item, then the table's next live slot from the iterator's
 * position, so an item added at the same size is met when its slot lies ahead and a discarded one is not.
 */
function setIterator(vm: VM, s: PySet): PyIterator {
	let size = s.unorderedEntries.size;
	let position = 0;
	// si_len: the items still expected, counted down as they come.
	let expected = size;
	const iterator = new PyIterator("set_iterator", s, (it) => {
		if (!it.source) return null;
		if (s.unorderedEntries.size !== size) {
			size = -1;
			vm.raise("RuntimeError", "Set changed size during iteration");
		}
		const table = tableOf(vm, s);
		while (position < table.size) {
			const slot = table.slots[position++];
			if (slot && slot !== DUMMY) {
				expected--;
				return vm.incref(s.unorderedEntries.get(slot.key)!);
			}
		}
		releaseSource(vm, it);
		return null;
	});
	// setiter_len: si_len while the set keeps the size it had, 0 once it changed or the iterator let it go.
	iterator.remaining = () => (iterator.source && s.unorderedEntries.size === size ? expected : 0);
	return registerIterator(vm, iterator);
}

/** Why `o` cannot be iterated, as iter() words it; unpacking, `in` and reversed() word it their own way. */
export type NotIterable = ((typeName: string) => string) & { readonly onlyWithoutIterSlot?: true };
const notIterable: NotIterable = (typeName) => `'${typeName}' object is not iterable`;

/**
 * A caller's wording used only when the type has no tp_iter at all (unpack_iterable, LIST_EXTEND,
 * check_args_iterable): the TypeError of a class whose `__iter__ = None` keeps slot_tp_iter's own message.
 */
export function whenNoIterSlot(message: (typeName: string) => string): NotIterable {
	return Object.assign(message, { onlyWithoutIterSlot: true as const });
}

export function getIter(vm: VM, o: PyObject, whenNotIterable: NotIterable = notIterable): PyObject {
	if (o instanceof PyWeakProxy) return throughProxy(vm, o, (referent) => getIter(vm, referent, whenNotIterable));
	if (o instanceof PyMappingProxy) return getIter(vm, proxiedMapping(o), whenNotIterable);
	// _GenericAlias.__iter__ yields Unpack[self] (PEP 646), which pymem lacks.
	if (o instanceof PyTypingObject && o.kind === "alias" && o.cls !== T._UnionGenericAlias && o.cls !== T._CallableGenericAlias) typingObjectsLack(vm, "iterating (typing.Unpack)");
	if (subclassSlot(o, "__iter__")) return userIter(vm, o, whenNotIterable);
	return builtinIter(vm, o, whenNotIterable);
}

/**
 * slot_tp_iter: the class's __iter__, whose result must be an iterator. `__iter__ = None` says it is not
 * iterable, whatever __getitem__ it has; a caller with a message of its own for types without tp_iter keeps
 * slot_tp_iter's, while one such as PySequence_Fast's "can only join an iterable" replaces it.
 */
function userIter(vm: VM, o: PyObject, whenNotIterable: NotIterable): PyObject {
	if (o.cls.lookup("__iter__") === vm.None) return vm.raise("TypeError", (whenNotIterable.onlyWithoutIterSlot ? notIterable : whenNotIterable)(o.typeName));
	return checkedIterator(vm, vm.callMethod(o, "__iter__", []));
}

/** PyObject_GetIter's check of what __iter__ returned (`it`, given and handed back): it must be an iterator. */
export function checkedIterator(vm: VM, it: PyObject): PyObject {
	if (!(hasInstanceAttributes(it) && it.cls.lookup("__next__")) && !(it instanceof PyIterator) && !(it instanceof PyGenerator)) {
		rejectResult(vm, it, "TypeError", `iter() returned non-iterator of type '${it.typeName}'`);
	}
	return it;
}

/** The builtin types' tp_iter (what list.__iter__ and dict.__iter__ run, whatever a subclass overrides). */
export function builtinIter(vm: VM, o: PyObject, whenNotIterable: NotIterable = notIterable): PyObject {
	if (o instanceof PyList) return indexIterator(vm, "list_iterator", o, () => o.items.length, (i) => vm.incref(o.items[i]!));
	if (o instanceof PyTuple) return indexIterator(vm, "tuple_iterator", o, () => o.items.length, (i) => vm.incref(o.items[i]!));
	if (o instanceof PyStr) {
		// A str of BMP characters is indexed as it is; only one with astral characters is split into code points.
		const text = o.value;
		const chars = isBmpOnly(text) ? null : Array.from(text);
		// 3.11 iterates an ASCII str with its own faster iterator type.
		const kind = strIsascii(text) ? "str_ascii_iterator" : "str_iterator";
		return indexIterator(vm, kind, o, () => chars?.length ?? text.length, (i) => vm.str(chars ? chars[i]! : text.charAt(i)));
	}
	if (o instanceof PyBytes) {
		const bytes = o.value;
		return indexIterator(vm, "bytes_iterator", o, () => bytes.length, (i) => vm.int(bytes[i]!));
	}
	// A bytearray may change while it is iterated: each step reads it afresh.
	if (o instanceof PyByteArray) return indexIterator(vm, "bytearray_iterator", o, () => o.value.length, (i) => vm.int(o.value[i]!));
	if (o instanceof PyRange) return rangeIterator(vm, o, false);
	if (o instanceof PyOrderedDict) return odictIterator(vm, o, "keys", false);
	if (o instanceof PyDict) return dictViewIterator(vm, o, "keys", false);
	if (o instanceof PySet) return setIterator(vm, o);
	if (o instanceof PyDictView && o.dict instanceof PyOrderedDict) return odictIterator(vm, o.dict, o.kind, false);
	if (o instanceof PyDictView && o.dict) return dictViewIterator(vm, o.dict, o.kind, false);
	if (o instanceof PyIterator || o instanceof PyGenerator) return vm.incref(o);
	if (o instanceof PyWeakDictionary) return weakDictIterator(vm, o, "keys");
	if (o instanceof PyWeakSet) return weakSetIterator(vm, o);
	if (o instanceof PyDeque) return dequeIterator(vm, o, false);
	if (o instanceof PyArray) return arrayIterator(vm, o);
	if (o instanceof PyMemoryView) return memoryviewIterator(vm, o);
	// iobase_iter: a stream is its own iterator.
	if (o instanceof PyTextStream) return streamIterator(vm, o);
	if (o instanceof PyInstance || isMetaclassInstance(o)) {
		if (userSlot(o, "__iter__")) return userIter(vm, o, whenNotIterable);
		if (userSlot(o, "__getitem__")) return sequenceIterator(vm, o);
	}
	return vm.raise("TypeError", whenNotIterable(o.typeName));
}

/** iter() of an object with only __getitem__ (seqiter): items from index 0 until IndexError or StopIteration. */
function sequenceIterator(vm: VM, o: PyObject): PyIterator {
	const iterator = new PyIterator("iterator", o, (it) => {
		if (!it.source) return null;
		const index = vm.int(it.index);
		try {
			const item = vm.callMethod(o, "__getitem__", [index]);
			it.index++;
			return item;
		} catch (e) {
			if (!(raisedMatches(vm, e, "IndexError") || raisedMatches(vm, e, "StopIteration"))) throw e;
			clearRaised(vm, e);
			releaseSource(vm, it);
			return null;
		} finally {
			vm.decref(index);
		}
	});
	// iter_len: what the sequence's length leaves past the index (NotImplemented, null here, without a __len__).
	iterator.lengthHint = () => {
		if (!iterator.source) return 0;
		if (!hasLength(iterator.source)) return null;
		return Math.max(0, vm.len(iterator.source) - iterator.index);
	};
	return registerIterator(vm, iterator);
}

/** next(it): a new reference, or null when exhausted (StopIteration is absorbed). */
export function iterNext(vm: VM, it: PyObject): PyObject | null {
	vm.chargeWork(1);
	if (it instanceof PyIterator) return it.advance(it);
	if (it instanceof PyGenerator) {
		const r = resumeNested(vm, it, vm.None);
		if (r.returned) vm.decref(r.returned);
		return r.value;
	}
	if (it instanceof PyWeakProxy) return proxyNext(vm, it);
	if (it instanceof PyTextStream) return nextLine(vm, it);
	if (userSlot(it, "__next__")) {
		try {
			return vm.callMethod(it, "__next__", []);
		} catch (e) {
			if (raisedMatches(vm, e, "StopIteration")) {
				clearRaised(vm, e);
				return null;
			}
			throw e;
		}
	}
	return vm.raise("TypeError", `'${it.typeName}' object is not an iterator`);
}

/**
 * Every item of an iterable, as new references. While Python code runs to produce them (a generator, a
 * map calling a function), the iterator and the items so far are interpreter-held references.
 */
/** Every item of `iterable`, as new references. `afterGetIter` runs between iter() and the first next(). */
export function collect(vm: VM, iterable: PyObject, afterGetIter?: () => void, whenNotIterable?: NotIterable): PyObject[] {
	if (isExactList(iterable) || isExactTuple(iterable)) return iterable.items.map((x) => vm.incref(x));
	const it = getIter(vm, iterable, whenNotIterable);
	vm.heap.adopt(it, ITERATOR_BEING_CONSUMED);
	const out: PyObject[] = [];
	try {
		afterGetIter?.();
		for (let x = iterNext(vm, it); x; x = iterNext(vm, it)) {
			vm.heap.adopt(x, COLLECTED_ITEM);
			out.push(x);
			checkSequenceLength(vm, out.length);
		}
	} catch (e) {
		for (const x of out) vm.heap.release(x, COLLECTED_ITEM);
		throw e;
	} finally {
		vm.heap.release(it, ITERATOR_BEING_CONSUMED);
	}
	for (const x of out) vm.heap.disown(x, COLLECTED_ITEM);
	return out;
}

/**
 * Visit the items of `iterable` one at a time, as a loop over PyIter_Next does: each is held only while
 * `visit` runs (which may run __hash__ or __eq__, seeing CPython's counts), and iteration interleaves with it;
 * `visit` returning true stops it.
 */
export function forEachItem(vm: VM, iterable: PyObject, visit: (item: PyObject) => boolean | void): void {
	const each = (x: PyObject): boolean => {
		vm.heap.adopt(x, CONSUMED_ITEM);
		try {
			return visit(x) === true;
		} finally {
			vm.heap.release(x, CONSUMED_ITEM);
		}
	};
	if (isExactList(iterable) || isExactTuple(iterable)) {
		for (let i = 0; i < iterable.items.length; i++) if (each(vm.incref(iterable.items[i]!))) return;
		return;
	}
	const it = getIter(vm, iterable);
	vm.heap.adopt(it, ITERATOR_BEING_CONSUMED);
	try {
		for (let x = iterNext(vm, it); x; x = iterNext(vm, it)) if (each(x)) return;
	} finally {
		vm.heap.release(it, ITERATOR_BEING_CONSUMED);
	}
}

/** A native's hold on the iterator it runs through (the C code's local `it`). */
export const ITERATOR_BEING_CONSUMED = "iterator being consumed";
const CONSUMED_ITEM = "item being consumed";
const COLLECTED_ITEM = "item collected so far";

/** proxy_iternext: next() of the referent, which must be an iterator itself. */
function proxyNext(vm: VM, proxy: PyWeakProxy): PyObject | null {
	return throughProxy(vm, proxy, (referent) => {
		const isIterator = referent instanceof PyIterator || referent instanceof PyGenerator || userSlot(referent, "__next__") !== undefined;
		if (!isIterator) vm.raise("TypeError", `Weakref proxy referenced a non-iterator '${referent.typeName}' object`);
		return iterNext(vm, referent);
	});
}
