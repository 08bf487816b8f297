// Identities, reference counts and deallocation. Every INCREF/DECREF of the VM goes through here so the
// trace recorder sees them, and an object is freed the moment its count reaches zero, releasing what it
// holds in CPython's order (see each object's releaseReferences). What a death does to the weak references
// around the object is in weakrefs.ts; what the heap tells the trace and asks of the VM, in heap-hooks.ts; the
// references the interpreter holds itself, in held-references.ts.
import { activateRunWeakrefs, type RunWeakrefs } from "./run-weakrefs";
import { HeapKind, type PyObject } from "./object";
import { AddressReuse } from "./addresses";
import type { PyClass } from "./classes";
import { clearWeakrefs, removeFromBases } from "./weakrefs";
import type { Finalizers, HeapObserver } from "./heap-hooks";
import { AllocationCounts } from "./allocation-counts";
import { clearableReferences } from "./tp-clear";
import { GcList, unlinkGc } from "./gc-list";
import { Trashcan, usesTrashcan } from "./trashcan";
import { NO_FREE_LIST, freeListOf, gcType, tracksAtBirth } from "./gc-kinds";

/**
 * The temporary reference an object's finalizer runs with: PyObject_CallFinalizerFromDealloc's while __del__ (or a
 * generator's close) runs on an object whose count reached 0, and finalize_garbage's on cyclic garbage.
 */
export const BEING_FINALIZED = "object being finalized";
/** subtype_dealloc's reference to the class of the instance it frees, dropped last. */
const CLASS_OF_FREED = "class of an instance being freed (subtype_dealloc)";

/**
 * The run holds more objects than pymem keeps alive at once. It stops the run (like the step limit) rather than
 * raising MemoryError, because it can be reached inside any allocation, with the creator half done.
 */
export class MemoryLimitReached extends Error {
	constructor(readonly limit: number) {
		super("memory limit");
	}
}

function activated(table: RunWeakrefs): RunWeakrefs {
	activateRunWeakrefs(table);
	return table;
}

export class Heap extends AllocationCounts {
	private nextId = 1;
	/** The id the next object will get: every object with a lower one was made before now. */
	get nextObjectId(): number {
		return this.nextId;
	}

	/**
	 * The program reads an address (id(), or hash() of an object hashed by identity): from now on freed addresses
	 * are reused, so it can compare them as in CPython. Before, nothing could tell, and no program pays for it.
	 */
	addressesSeen(): AddressReuse {
		return (this.addresses ??= new AddressReuse());
	}
	/** The three GC generations, each in list order. */
	readonly generations: [GcList, GcList, GcList] = [new GcList(), new GcList(), new GcList()];
	/** This run's weak references to the objects all runs share (run-weakrefs.ts); made the active ones with the heap. */
	private readonly runWeakrefs: RunWeakrefs = activated(new Map());

	/** This run is the one running (a host may interleave the slices of several). */
	activate(): void {
		activateRunWeakrefs(this.runWeakrefs);
	}
	observer: HeapObserver | null = null;
	finalizers: Finalizers | null = null;
	/** Reuses freed objects' fake addresses for new ones (from the program's first look at an address). */
	addresses: AddressReuse | null = null;
	liveCount = 0;
	/** The most objects alive at once (the host's memory is the limit: every object is a JavaScript object). */
	maxLiveObjects = Number.POSITIVE_INFINITY;
	/** Objects whose allocation started a collection that is still running, innermost last. */
	readonly allocating: PyObject[] = [];

	/**
	 * Give a new object its identity; it arrives holding one reference (its creator's). `viaFreeList`
	 * is set by the allocation paths that use CPython's free lists (PyList_New, PyDict_New, PyTuple_New).
	 */
	register<T extends PyObject>(o: T, viaFreeList = false): T {
		if (this.sharesAll) return this.registerModuleObject(o);
		if (this.liveCount >= this.maxLiveObjects) throw new MemoryLimitReached(this.maxLiveObjects);
		const kind = o.heapKind;
		const tracks = tracksAtBirth(o, kind);
		if (tracks || kind === HeapKind.Dict || kind === HeapKind.Frame) {
			if (!(viaFreeList && this.takeFromFreeList(freeListOf(o, kind)))) {
				this.counts[0]++;
				this.collectWhileAllocating(o);
			}
		}
		// Only now does it exist: a collection its allocation started neither saw it nor showed it (id 0 until here).
		o.id = this.nextId++;
		this.addresses?.take(o, viaFreeList);
		this.liveCount++;
		if (tracks) this.track(o);
		this.observer?.alloc(o);
		return o;
	}

	/**
	 * CPython collects from inside the allocation (gc_alloc), before the new object is initialized. Here its
	 * creator has already filled it (a tuple's items, a class's dict, counted already), so what it holds shows
	 * meanwhile as held by the interpreter (`allocating`), not by an object the trace cannot show yet. Creators
	 * therefore count an object's references before registering it, and do not show them otherwise meanwhile.
	 */
	private collectWhileAllocating(o: PyObject): void {
		if (!this.onGcAlloc) return;
		this.allocating.push(o);
		try {
			this.onGcAlloc();
		} finally {
			this.allocating.pop();
		}
	}

	/**
	 * Run `fill` while `o`, not registered yet, already holds references through parts registered before it
	 * (type_new fills a class's dict copy, then makes __slots__ a tuple, before the class exists): a collection
	 * meanwhile shows them as held by the object being made, as collectWhileAllocating does.
	 */
	whileMaking<R>(o: PyObject, fill: () => R): R {
		this.allocating.push(o);
		try {
			return fill();
		} finally {
			this.allocating.pop();
		}
	}

	/**
	 * While a library module written in Python runs its body at import (heap.asModuleImport), what it makes is the
	 * module's, interpreter-wide: shared like the objects of the modules pymem writes natively.
	 */
	sharesAll = false;

	/**
	 * Shared, and marked tracked as CPython's GC object would be (it lives on in the oldest generation): a tuple
	 * holding it stays tracked through collections. It is in no generation's list, so no collection scans it.
	 */
	private registerModuleObject<T extends PyObject>(o: T): T {
		this.registerShared(o);
		if (tracksAtBirth(o, o.heapKind)) o.tracked = true;
		return o;
	}

	/** Run `body` with every object it allocates made shared (see sharesAll) and out of a trace's sight. */
	asModuleImport<T>(body: () => T): T {
		const was = this.sharesAll;
		this.sharesAll = true;
		try {
			return this.asStartup(body);
		} finally {
			this.sharesAll = was;
		}
	}

	/**
	 * A shared (immortal-like) object: counted nowhere, never freed. `visible` ones (classes, gc.garbage)
	 * hold references to the program's objects, so the trace shows them.
	 */
	registerShared<T extends PyObject>(o: T, visible = false): T {
		o.shared = true;
		o.id = this.nextId++;
		o.refcnt = 1 << 20;
		if (visible) this.observer?.alloc(o);
		return o;
	}

	/**
	 * The program reached a hidden part of a class (C.__mro__, a descriptor, gc.get_objects()): from now on the
	 * trace shows it as an object of its own.
	 */
	reveal(o: PyObject): void {
		const owner = o.internalOf;
		if (!owner) return;
		o.internalOf = null;
		this.observer?.alloc(o);
		this.observer?.contentChanged(owner);
	}

	track(o: PyObject): void {
		if (o.tracked || o.shared) return;
		o.tracked = true;
		o.generation = 0;
		this.generations[0].append(o);
		this.observer?.contentChanged(o);
	}

	untrack(o: PyObject): void {
		if (!o.tracked) return;
		o.tracked = false;
		unlinkGc(o);
		this.observer?.contentChanged(o);
	}

	/**
	 * Run `make` as part of interpreter startup: what it allocates and links existed before the program ran
	 * in CPython (sys.argv, sys.platform...), so a trace does not see it happen; it shows such an object once
	 * the program touches it.
	 */
	asStartup<T>(make: () => T): T {
		const observer = this.observer;
		this.observer = null;
		try {
			return make();
		} finally {
			this.observer = observer;
		}
	}

	incref(o: PyObject): void {
		if (o.shared) return;
		o.refcnt++;
		this.observer?.refChanged(o);
	}

	decref(o: PyObject): void {
		if (o.shared) return;
		// One read of the count: on an object of any class it is a slow (megamorphic) property access.
		const count = o.refcnt - 1;
		o.refcnt = count;
		this.observer?.refChanged(o);
		if (count === 0) this.dealloc(o);
	}

	xdecref(o: PyObject | null | undefined): void {
		if (o) this.decref(o);
	}

	private readonly trashcan = new Trashcan(
		(o) => this.deallocNow(o),
		// _PyTrash_thread_deposit_object: each dealloc untracks its object before its trashcan.
		(o) => this.untrack(o),
	);

	/** tp_dealloc inside Py_TRASHCAN_BEGIN/END for the types that have it (see trashcan.ts). */
	private dealloc(o: PyObject): void {
		if (usesTrashcan(o)) this.trashcan.dealloc(o);
		else this.deallocNow(o);
	}

	/** The dealloc itself: finalizer, weakref callbacks newest first, then the references it held. */
	private deallocNow(o: PyObject): void {
		const kind = o.heapKind;
		// gen_dealloc clears its weak references (their callbacks run) before it closes the generator.
		if (kind === HeapKind.Generator && o.weakrefs) clearWeakrefs(this, o);
		// Only instances, generators and classes made by a metaclass have finalizers to run (the hook tells which do).
		if ((kind === HeapKind.Instance || kind === HeapKind.Generator || kind === HeapKind.Class) && !o.finalized && this.finalizers?.hasFinalizer(o)) {
			// __del__ runs with the object temporarily alive (PyObject_CallFinalizerFromDealloc).
			this.adopt(o, BEING_FINALIZED);
			o.refcnt = 1;
			// A finalizer that never touches the object (a generator's close) still shows it alive meanwhile.
			this.observer?.refChanged(o);
			this.finalizers.runDel(o);
			// PyObject_CallFinalizer marks it finalized once tp_finalize returns: __del__ itself sees is_finalized False.
			o.finalized = true;
			this.observer?.contentChanged(o);
			this.disown(o, BEING_FINALIZED);
			o.refcnt--;
			this.observer?.refChanged(o);
			if (o.refcnt > 0) return; // resurrected
		}
		// Native code that catches an exception drops it with a plain decref: its "being raised" label goes with it here.
		if (this.internal.size !== 0) this.internal.delete(o);
		if (kind === HeapKind.Class && (o as PyClass).subclassRef) removeFromBases(this, o as PyClass);
		if (o.weakrefs) clearWeakrefs(this, o);
		const addresses = this.addresses;
		if (kind === HeapKind.Atom) {
			this.liveCount--;
			this.observer?.free(o);
			addresses?.release(o, addresses.classOf(o));
			return;
		}
		const collected = gcType(o, kind);
		if (collected) this.untrack(o);
		this.liveCount--;
		this.observer?.free(o);
		// Taken before what the object holds goes: a tuple's free list and an object's size depend on its items.
		const list = collected ? freeListOf(o, kind) : NO_FREE_LIST;
		const addressClass = addresses ? addresses.classOf(o) : 0;
		const refs = o.releaseReferences();
		// subtype_dealloc frees an instance of a Python class (its base's tp_dealloc) before it drops the class.
		// The class is asked for (a getter each kind of object has its own) only when a class comes last.
		const last = refs.length !== 0 ? refs[refs.length - 1]! : null;
		const ownClass = last !== null && last.heapKind === HeapKind.Class && last === o.cls ? refs.pop()! : null;
		if (ownClass) this.adopt(ownClass, CLASS_OF_FREED);
		this.releaseAll(o, "references of freed", refs);
		// Every tp_dealloc ends with the free list or PyObject_GC_Del (generation 0's count goes down there), after
		// releasing what the object held: a __del__ those releases run still counts the object, and a list's items
		// take free-list places before it.
		const freeListFull = collected && !this.freeOntoFreeList(list) && list !== NO_FREE_LIST;
		addresses?.release(o, freeListFull ? addresses.outsideFreeList(addressClass) : addressClass);
		if (ownClass) this.release(ownClass, CLASS_OF_FREED);
	}

	/** clear_freelists, and the addresses the free lists kept go back to pymalloc. */
	override clearFreeLists(): void {
		super.clearFreeLists();
		this.addresses?.emptyFreeLists();
	}

	/** tp_clear, as the collector's delete_garbage calls it. */
	clearObject(o: PyObject): void {
		const released = clearableReferences(o);
		if (!released) return;
		this.observer?.contentChanged(o);
		this.releaseAll(o, "references of cleared", released);
	}
}
