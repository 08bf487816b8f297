// itertools.tee and its _tee objects (3.11). The _tee objects made from one iterator share a chain of
// _tee_dataobject links: each link holds the source iterator, the 57 items it has read (LINKCELLS) and, once an
// iterator passes its end, the next link. A _tee holds its current link and its index there, so an item stays
// alive until the slowest _tee has moved past its link.
import type { PyObject } from "../heap/object";
import type { NativeImpl } from "../heap/callables";
import { iteratorTypes } from "../heap/classes";
import type { PyToolIterator } from "../heap/tool-iterators";
import { withBoundBuiltin } from "../vm/dunder-calls";
import { fitsSsize } from "../vm/ssize";
import type { VM } from "../vm/vm";
import { newToolIterator, positionalArguments, setSlot } from "./itertools-support";
import type { ModuleTypeConstructor } from "./module-type-constructors";

const LINKCELLS = 57;
/** teedataobject's slots in tp_traverse order: the iterator, the values read, the next link. */
const LINK_IT = 0;
const LINK_NEXT = LINKCELLS + 1;
/** sizeof(teedataobject): the header, it, numread and running, nextlink, and the 57 value pointers. */
const LINK_SIZE = 16 + 8 + 8 + 8 + LINKCELLS * 8;
/** sizeof(teeobject): the header, dataobj, index (padded) and weakreflist. */
const TEE_SIZE = 16 + 8 + 8 + 8;
const TEE_DATA = 0;

/** Links whose iterator is being advanced (teedataobject's running flag). */
const running = new WeakSet<PyToolIterator>();

/** teedataobject_newinternal: a link over `it` (which it holds) with nothing read yet. */
function newLink(vm: VM, it: PyObject): PyToolIterator {
	const fields: [string, PyObject | null][] = [["iterator", vm.incref(it)]];
	for (let i = 0; i < LINKCELLS; i++) fields.push([`value ${i}`, null]);
	fields.push(["next link", null]);
	// A link is no iterator in CPython; its advance is never asked for.
	return newToolIterator(vm, "_tee_dataobject", fields, LINK_SIZE, () => null);
}

/** How many values the link has read (numread): they fill its value slots from the first. */
function readCount(link: PyToolIterator): number {
	let n = 0;
	while (n < LINKCELLS && link.slots[1 + n]) n++;
	return n;
}

/** teedataobject_getitem: the value at `i`, read from the iterator when `i` is the first unread one. */
function linkItem(vm: VM, link: PyToolIterator, i: number): PyObject | null {
	if (i < readCount(link)) return vm.incref(link.slots[1 + i]!);
	if (running.has(link)) vm.raise("RuntimeError", "cannot re-enter the tee iterator");
	running.add(link);
	let value: PyObject | null;
	try {
		value = vm.iterNext(link.slots[LINK_IT]!);
	} finally {
		running.delete(link);
	}
	if (!value) return null;
	link.slots[1 + i] = value;
	vm.heap.observer?.contentChanged(link);
	return vm.incref(value);
}

/** teedataobject_jumplink: the next link, made over the same iterator the first time a _tee needs it. */
function nextLink(vm: VM, link: PyToolIterator): PyToolIterator {
	if (!link.slots[LINK_NEXT]) {
		link.slots[LINK_NEXT] = newLink(vm, link.slots[LINK_IT]!);
		vm.heap.observer?.contentChanged(link);
	}
	return vm.incref(link.slots[LINK_NEXT] as PyToolIterator);
}

/** A _tee at `index` of `link` (a reference it takes): tee_next moves it along the chain. */
function newTee(vm: VM, link: PyToolIterator, index: number): PyToolIterator {
	const tee = newToolIterator(vm, "_tee", [["data object", link]], TEE_SIZE, (self) => {
		if (self.index >= LINKCELLS) {
			setSlot(vm, self, TEE_DATA, nextLink(vm, self.slots[TEE_DATA] as PyToolIterator));
			self.index = 0;
		}
		const value = linkItem(vm, self.slots[TEE_DATA] as PyToolIterator, self.index);
		if (value) self.index++;
		return value;
	});
	tee.index = index;
	return tee;
}

/** tee_fromiterable: a _tee over a new link of iter(iterable); a _tee given is copied instead. */
function teeFromIterable(vm: VM, iterable: PyObject): PyToolIterator {
	const it = vm.getIter(iterable);
	try {
		if (isTee(it)) return teeCopy(vm, it);
		return newTee(vm, newLink(vm, it), 0);
	} finally {
		vm.decref(it);
	}
}

const isTee = (o: PyObject): o is PyToolIterator => o.cls === iteratorTypes.get("_tee");

/** tee_copy: a new _tee sharing the link and the index. */
function teeCopy(vm: VM, tee: PyToolIterator): PyToolIterator {
	return newTee(vm, vm.incref(tee.slots[TEE_DATA]!) as PyToolIterator, tee.index);
}

/** itertools._tee(iterable, /). */
export const teeType: ModuleTypeConstructor = (vm, args, kw) => {
	positionalArguments(vm, "_tee", args, kw, 1);
	return teeFromIterable(vm, args[0]!);
};

export const TEE_METHODS: Record<string, NativeImpl> = {
	__copy__: (vm, _args, _kw, self) => teeCopy(vm, self as PyToolIterator),
};

/**
 * tee(iterable, n=2, /): a tuple of n iterators. An iterator with a __copy__ method (a _tee among them) is the
 * first itself and its copies the others; any other gets a _tee first, whose __copy__ makes the rest.
 */
export const tee: NativeImpl = (vm, args, kw) => {
	// cfunction_check_kwargs names a module function by _PyObject_FunctionStr.
	if (kw?.size) vm.raise("TypeError", "itertools.tee() takes no keyword arguments");
	positionalArguments(vm, "tee", args, kw, 1, 2);
	const n = args[1] ? vm.intValueBig(args[1]) : 2n;
	if (!fitsSsize(n)) vm.raise("OverflowError", "Python int too large to convert to C ssize_t");
	if (n < 0n) vm.raise("ValueError", "n must be >= 0");
	const made: PyObject[] = [];
	const keep = (o: PyObject) => {
		vm.heap.adopt(o, MADE);
		made.push(o);
	};
	try {
		if (n > 0n) {
			const it = vm.getIter(args[0]!);
			vm.heap.adopt(it, SOURCE);
			let ownCopy: PyObject | undefined;
			try {
				ownCopy = vm.lookupAttrOf(it, "__copy__");
			} catch (e) {
				vm.heap.release(it, SOURCE);
				throw e;
			}
			if (ownCopy) {
				vm.heap.disown(it, SOURCE);
				keep(it);
				vm.heap.adopt(ownCopy, COPY_METHOD);
				try {
					for (let i = 1n; i < n; i++) keep(vm.callObject(ownCopy, []));
				} finally {
					vm.heap.release(ownCopy, COPY_METHOD);
				}
			} else {
				try {
					keep(teeFromIterable(vm, it));
				} finally {
					vm.heap.release(it, SOURCE);
				}
				const first = made[0] as PyToolIterator;
				const teeClass = iteratorTypes.get("_tee")!;
				withBoundBuiltin(vm, first, "__copy__", teeClass, TEE_METHODS.__copy__!, COPY_METHOD, () => {
					for (let i = 1n; i < n; i++) keep(teeCopy(vm, first));
				});
			}
		}
	} catch (e) {
		for (const o of made) vm.heap.release(o, MADE);
		throw e;
	}
	for (const o of made) vm.heap.disown(o, MADE);
	return vm.tuple(made);
};

const MADE = "iterators tee made";
const SOURCE = "iterator tee copies";
const COPY_METHOD = "__copy__ method tee calls";
