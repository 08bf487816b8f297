// Objects that exist before the program runs as shared values and then become ordinary objects with
// counts of their own: __main__'s globals at shutdown, and the code's constants once compiling is done.
import type { PyObject } from "./object";
import type { Heap } from "./heap";
import type { Collector } from "./collector";

/**
 * A shared object made at startup becomes an ordinary one holding `holders` references (__main__'s
 * globals when the interpreter shuts down). Tracked, it joins the collector's lists where CPython's
 * startup collections left it, at the head of Collector.startupList (the oldest generation, or the
 * permanent one after gc.freeze()), and is no longer one of the start-up objects the collector counts unbuilt.
 * Without a collector it stays untracked.
 */
export function unshareStartupObject(heap: Heap, o: PyObject, holders: number, collector: Collector | null): void {
	o.shared = false;
	o.refcnt = holders;
	heap.liveCount++;
	heap.observer?.alloc(o);
	// An object no collector list holds (a struct sequence startup's collections untracked).
	if (!collector) return;
	o.tracked = true;
	o.generation = 2;
	collector.startupList().prepend(o);
	collector.startupObjectBuilt();
	heap.observer?.contentChanged(o);
}

/**
 * A code constant made while compiling becomes an ordinary object: counted once for each of `holders`
 * (code objects' co_consts, the AST arena; shown as internal holders) and for each constant container
 * holding it (shown as that container's slots). Its tracking stays as the compiler left it.
 */
export function giveConstantItsCount(heap: Heap, o: PyObject, holders: readonly string[], heldByContainers: number): void {
	const refs = holders.length + heldByContainers;
	if (refs === 0) return;
	o.shared = false;
	o.refcnt = refs;
	heap.liveCount++;
	heap.observer?.alloc(o);
	// Code objects and the arena keep these for the whole run: listed apart, so a trace writes them once.
	for (const label of holders) heap.permanentHolders.push([o, label]);
}
