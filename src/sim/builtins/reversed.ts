// reversed(): lists, tuples, ranges and strs backwards, __reversed__, or the sequence protocol (__len__ and
// __getitem__ from the end); dicts and their views reverse themselves. Anything else is not reversible.
import { PyMemoryView } from "../heap/memoryview";
import { memoryviewGetItem, memoryviewLength } from "../vm/memoryview-ops";
import { PyMappingProxy } from "../heap/mapping-proxy";
import { proxiedMapping } from "../vm/mapping-proxy-ops";
import { PyWeakProxy } from "../heap/weakrefs";
import { throughProxy } from "../vm/weak-proxy-ops";
import type { PyObject } from "../heap/object";
import { PyList, PyTuple, PyRange, PyDict } from "../heap/containers";
import { rangeIterator } from "../vm/builtin-iterators";
import { PyDictView } from "../heap/views";
import { PyIterator } from "../heap/iterators";
import { type NativeImpl } from "../heap/callables";
import { callSpecialMethod } from "../vm/dunder-calls";
import { PyStr, PyBytes } from "../heap/values";
import { PyByteArray } from "../heap/bytearray";
import { PyArray } from "../heap/array";
import { arrayItem } from "./array-values";
import { registerIterator, releaseSource } from "../vm/iteration";
import { dictViewIterator } from "../vm/builtin-iterators";
import type { VM } from "../vm/vm";
import { userSlot } from "../heap/subclass-instances";
import { isSequenceObject } from "../vm/abstract-checks";
import { PyDeque, PyOrderedDict } from "../heap/collections";
import { odictIterator } from "./ordered-dict";
import { dequeIterator } from "./deque";
import { raisedMatches, clearRaised } from "../vm/protocol";

const REVERSED_METHOD = "__reversed__ being called (reversed())";

export const reversed: NativeImpl = (vm, args) => {
	const seq = args[0]!;
	// proxy_reversed: the referent's own __reversed__ method, called by name.
	if (seq instanceof PyWeakProxy) return throughProxy(vm, seq, (referent) => vm.callMethod(referent, "__reversed__", []));
	// mappingproxy_reversed: the mapping's __reversed__ (reversed() of the mapping finds the same one).
	if (seq instanceof PyMappingProxy) return reversed(vm, [proxiedMapping(seq)], null, null);
	// A list or dict subclass's own __reversed__ replaces the builtin one.
	// _PyObject_LookupSpecial binds the method: a bound method holds the object during the call.
	const ownReversed = userSlot(seq, "__reversed__");
	if (ownReversed === vm.None) return vm.raise("TypeError", `'${seq.typeName}' object is not reversible`);
	if (ownReversed) return callSpecialMethod(vm, seq, ownReversed, [], REVERSED_METHOD, "__reversed__");
	// A type without __reversed__ (tuple, str, bytes, array...) goes through its sq_length and sq_item, which a
	// subclass's own __len__ or __getitem__ replace.
	if (!(seq instanceof PyList) && (userSlot(seq, "__len__") || userSlot(seq, "__getitem__")) && isSequenceObject(seq)) return reversedSequence(vm, seq);
	if (seq instanceof PyList || seq instanceof PyTuple) {
		let i = seq.items.length - 1;
		const iterator = new PyIterator(seq instanceof PyList ? "list_reverseiterator" : "reversed", seq, (it) => {
			if (i >= 0 && i < seq.items.length) return vm.incref(seq.items[i--]!);
			i = -1;
			releaseSource(vm, it);
			return null;
		});
		iterator.remaining = () => positionsLeft(iterator, seq.items.length, i);
		return registerIterator(vm, iterator);
	}
	if (seq instanceof PyRange) return rangeIterator(vm, seq, true);
	if (seq instanceof PyStr) {
		const chars = [...seq.value];
		return reversedItems(vm, seq, chars.length, (i) => vm.str(chars[i]!));
	}
	if (seq instanceof PyBytes) return reversedItems(vm, seq, seq.value.length, (i) => vm.int(seq.value[i]!));
	if (seq instanceof PyByteArray) return reversedItems(vm, seq, seq.value.length, (i) => (i < seq.value.length ? vm.int(seq.value[i]!) : null));
	// memoryview has sq_length and sq_item (memory_item): the sequence protocol from the end.
	if (seq instanceof PyMemoryView) return reversedItems(vm, seq, memoryviewLength(vm, seq), (i) => memoryviewGetItem(vm, seq, vm.int(i)));
	if (seq instanceof PyArray) return reversedItems(vm, seq, seq.values.length, (i) => (i < seq.values.length ? arrayItem(vm, seq.typecode, seq.values[i]!) : null));
	// dict_reversed and the views' __reversed__: dict_reversekeyiterator and its kin.
	if (seq instanceof PyOrderedDict) return odictIterator(vm, seq, "keys", true);
	if (seq instanceof PyDictView && seq.dict instanceof PyOrderedDict) return odictIterator(vm, seq.dict, seq.kind, true);
	if (seq instanceof PyDict) return dictViewIterator(vm, seq, "keys", true);
	if (seq instanceof PyDeque) return dequeIterator(vm, seq, true);
	if (seq instanceof PyDictView && seq.dict) return dictViewIterator(vm, seq.dict, seq.kind, true);
	// PySequence_Check (a class whose metaclass defines __getitem__ is a sequence too). Without __len__,
	// PySequence_Size's error ("object of type 'C' has no len()") is the answer, not "not reversible".
	if (isSequenceObject(seq)) return reversedSequence(vm, seq);
	return vm.raise("TypeError", `'${seq.typeName}' object is not reversible`);
};

/** reversed() over the sequence protocol: __getitem__ from len(seq) - 1 down to 0, ending early on IndexError. */
function reversedSequence(vm: VM, seq: PyObject): PyObject {
	let index = vm.len(seq) - 1;
	const iterator = new PyIterator("reversed", seq, (it) => {
			if (index < 0) {
				releaseSource(vm, it);
				return null;
			}
			const i = vm.int(index);
			try {
				const item = vm.callMethod(seq, "__getitem__", [i]);
				index--;
				return item;
			} catch (e) {
				if (!(raisedMatches(vm, e, "IndexError") || raisedMatches(vm, e, "StopIteration"))) throw e;
				clearRaised(vm, e);
				index = -1;
				releaseSource(vm, it);
				return null;
			} finally {
				vm.decref(i);
			}
		});
	iterator.lengthHint = () => (iterator.source ? positionsLeft(iterator, vm.len(iterator.source), index) : 0);
	return registerIterator(vm, iterator);
}

/**
 * reversed_len and listreviter_len: the positions left below the index, or 0 once the sequence is shorter
 * than that (items taken away meanwhile) or the iterator let it go.
 */
function positionsLeft(iterator: PyIterator, length: number, index: number): number {
	return iterator.source && length >= index + 1 ? index + 1 : 0;
}

/** reversed() of a str or bytes (the sequence protocol from the end): each item made as it is reached. */
function reversedItems(vm: VM, seq: PyObject, length: number, itemAt: (i: number) => PyObject | null): PyIterator {
	let i = length - 1;
	const iterator = new PyIterator("reversed", seq, (it) => {
		// An item gone since (a shrunk array: its IndexError) ends the iteration.
		const item = i >= 0 ? itemAt(i--) : null;
		if (item) return item;
		i = -1;
		releaseSource(vm, it);
		return null;
	});
	iterator.lengthHint = () => (iterator.source ? positionsLeft(iterator, vm.len(iterator.source), i) : 0);
	return registerIterator(vm, iterator);
}
