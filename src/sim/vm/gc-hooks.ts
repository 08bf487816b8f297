// Wiring between the heap/collector and Python code: __del__, weakref callbacks, generator close on
// dealloc, gc.callbacks and gc.garbage. Errors inside these are reported like CPython's
// "Exception ignored in" and never propagate.
import type { PyObject } from "../heap/object";
import { hasInstanceAttributes, pythonSlot } from "../heap/subclass-instances";
import { callResolved, lookupMaybeMethod, type SpecialMethod } from "./special-methods";
import { PyFunction } from "../heap/callables";
import { PyClass } from "../heap/classes";
import { PyGenerator } from "../heap/iterators";
import { clearReferent, PyWeakref } from "../heap/weakrefs";
import { dictSet } from "./dicts";
import { closeGenerator } from "./generators";
import { fakeAddress } from "./repr";
import { reportUnraisable } from "./unraisable-report";
import type { VM } from "./vm";

function ignoringErrors(vm: VM, where: PyObject, body: () => void): void {
	try {
		body();
	} catch (e) {
		const exc = vm.exceptionOf(e);
		vm.tracebackForUnraisable(exc);
		// The interpreter stops holding it there; it may live on (a local of the frame its traceback keeps).
		reportUnraisable(vm, exc, where);
	}
}

/** Whether a class written in Python gives `cls` a __del__ (its tp_finalize is then slot_tp_finalize). */
function definesDel(cls: PyClass): boolean {
	const del = cls.lookupDel();
	return del !== undefined && (del instanceof PyFunction || pythonSlot(cls, "__del__") !== undefined);
}

export function installGcHooks(vm: VM): void {
	vm.heap.finalizers = {
		runDel(o: PyObject) {
			if (o instanceof PyGenerator) {
				ignoringErrors(vm, o, () => closeGenerator(vm, o));
				return;
			}
			if (!definesDel(o.cls)) return;
			// slot_tp_finalize: an error while __del__ is looked up (a property's) is dropped unreported; one
			// from the call is reported with what was called.
			let method: SpecialMethod | null;
			try {
				method = lookupMaybeMethod(vm, o, "__del__");
			} catch (e) {
				vm.decref(vm.exceptionOf(e));
				return;
			}
			if (!method) return;
			const del = method;
			ignoringErrors(vm, del.callable, () => vm.decref(callResolved(vm, del, o, [], "__del__")));
		},
		runWeakrefCallback(ref: PyWeakref, cb: PyObject) {
			ignoringErrors(vm, cb, () => vm.decref(vm.callObject(cb, [ref])));
		},
		hasFinalizer(o: PyObject) {
			if (hasInstanceAttributes(o)) return definesDel(o.cls);
			// A class whose metaclass defines __del__ (slot_tp_finalize on the class as an instance).
			if (o instanceof PyClass) return o.metaclass !== null && definesDel(o.metaclass);
			// _PyGen_Finalize closes any generator whose frame is not done, one never started too: gen_close runs
			// it with GeneratorExit, which clears the frame (its arguments are released during the collector's
			// finalize phase, which can free the whole cycle there, before delete_garbage counts it).
			return o instanceof PyGenerator && o.frame !== null;
		},
	};
	vm.heap.onGcAlloc = () => vm.collector.maybeCollect();
	vm.collector.hooks = {
		phase(generation, phase, objects, cause, collected) {
			vm.gcObserver?.(generation, phase, objects, cause, collected);
		},
		finalize(o) {
			if (!vm.heap.finalizers!.hasFinalizer(o)) return;
			o.finalized = true;
			vm.heap.observer?.contentChanged(o);
			vm.heap.finalizers!.runDel(o);
		},
		weakrefCallbacks(unreachable) {
			const toCall: PyWeakref[] = [];
			for (const o of unreachable) {
				const refs = (o.weakrefs ?? []) as PyWeakref[];
				o.weakrefs = null;
				// handle_weakrefs walks the list from its head (refs with callbacks come newest first).
				for (const ref of refs) {
					clearReferent(vm.heap, ref);
					// A callback runs only when the weakref itself is not part of the garbage.
					if (ref.callback && !unreachable.has(ref)) {
						vm.heap.hold(ref, "weakref whose callback runs");
						toCall.push(ref);
					}
				}
			}
			let freed = 0;
			for (const ref of toCall) {
				vm.heap.finalizers!.runWeakrefCallback(ref, ref.callback!);
				vm.heap.release(ref, "weakref whose callback runs");
				// A weak dictionary's callback drops the entry that held its weakref, freeing it.
				if (ref.refcnt === 0) freed++;
			}
			return freed;
		},
		callbacks(phase, generation, collected, uncollectable) {
			if (!vm.gcCallbacks.items.length) return;
			const info = vm.dict();
			const phaseObj = vm.str(phase);
			for (const [k, v] of [["generation", generation], ["collected", collected], ["uncollectable", uncollectable]] as const) {
				const n = vm.int(v);
				dictSet(vm, info, vm.intern(k), n);
				vm.decref(n);
			}
			// The collector's own references to the callbacks' arguments (invoke_gc_callback).
			vm.heap.adopt(phaseObj, "phase for gc.callbacks");
			vm.heap.adopt(info, "info for gc.callbacks");
			// invoke_gc_callback indexes the live list: a callback that removes itself makes the next one skipped.
			for (let i = 0; i < vm.gcCallbacks.items.length; i++) {
				const cb = vm.gcCallbacks.items[i]!;
				vm.heap.hold(cb, CALLBACK_BEING_CALLED);
				try {
					ignoringErrors(vm, cb, () => vm.decref(vm.callObject(cb, [phaseObj, info])));
				} finally {
					vm.heap.release(cb, CALLBACK_BEING_CALLED);
				}
			}
			vm.heap.release(phaseObj, "phase for gc.callbacks");
			vm.heap.release(info, "info for gc.callbacks");
		},
		saveGarbage(o) {
			vm.heap.reveal(o);
			vm.listAppend(vm.gcGarbage, o);
		},
		reportCollectable(o) {
			vm.writeStderr(`gc: collectable <${o.cls.name} ${fakeAddress(o)}>\n`);
		},
	};
}

const CALLBACK_BEING_CALLED = "gc callback being called (invoke_gc_callback holds it)";
