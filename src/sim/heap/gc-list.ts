// The collector's object lists as gcmodule.c keeps them: intrusive and doubly linked (gc_prev/gc_next in
// each object's PyGC_Head), so tracking or untracking an object costs a few pointer writes instead of
// a hash-set insertion or deletion on every allocation and deallocation of a container.
import { PyObject } from "./object";
import type { PyClass } from "./classes";

/** The list head (a sentinel linked like an object), so linking and unlinking need no end-of-list cases. */
class GcHead extends PyObject {
	get cls(): PyClass {
		throw new Error("a GC list head is not a Python object");
	}
}

export class GcList implements Iterable<PyObject> {
	private readonly head: PyObject = new GcHead();

	constructor() {
		this.head.gcPrev = this.head.gcNext = this.head;
	}

	/** gc_list_append: `o` goes last. An object linked in another list leaves it first (gc_list_move). */
	append(o: PyObject): void {
		if (o.gcNext !== null) unlinkGc(o);
		linkBetween(o, this.head.gcPrev!, this.head);
	}

	/** `o` goes first (where CPython's startup collections leave objects made before the program ran). */
	prepend(o: PyObject): void {
		if (o.gcNext !== null) unlinkGc(o);
		linkBetween(o, this.head, this.head.gcNext!);
	}

	/** gc_list_merge: every object of `from` goes, in its order, after this list's own; `from` ends empty. */
	merge(from: GcList): void {
		const src = from.head;
		if (src.gcNext === src) return;
		const head = this.head;
		const last = head.gcPrev!;
		last.gcNext = src.gcNext;
		src.gcNext!.gcPrev = last;
		head.gcPrev = src.gcPrev;
		src.gcPrev!.gcNext = head;
		src.gcPrev = src.gcNext = src;
	}

	/** Unlink everything (the objects keep their flags; the caller says what they become). */
	clear(): void {
		const head = this.head;
		let o = head.gcNext!;
		while (o !== head) {
			const next = o.gcNext!;
			o.gcPrev = o.gcNext = null;
			o = next;
		}
		head.gcPrev = head.gcNext = head;
	}

	/** gc_list_size: a walk, as in CPython; only introspection asks. */
	get size(): number {
		let n = 0;
		for (let o = this.head.gcNext!; o !== this.head; o = o.gcNext!) n++;
		return n;
	}

	/** The objects in list order, appended to `out`. */
	pushTo(out: PyObject[]): PyObject[] {
		for (let o = this.head.gcNext!; o !== this.head; o = o.gcNext!) out.push(o);
		return out;
	}

	toArray(): PyObject[] {
		return this.pushTo([]);
	}

	/** In list order; the object just visited may leave the list meanwhile. */
	*[Symbol.iterator](): Iterator<PyObject> {
		const head = this.head;
		let o = head.gcNext!;
		while (o !== head) {
			const next = o.gcNext!;
			yield o;
			o = next;
		}
	}
}

/** gc_list_remove: take `o` out of whatever list holds it; nothing when it is in none. */
export function unlinkGc(o: PyObject): void {
	const prev = o.gcPrev;
	if (prev === null) return;
	const next = o.gcNext!;
	prev.gcNext = next;
	next.gcPrev = prev;
	o.gcPrev = o.gcNext = null;
}

/** Link an unlinked `o` between two neighbours of a list. */
function linkBetween(o: PyObject, prev: PyObject, next: PyObject): void {
	prev.gcNext = o;
	o.gcPrev = prev;
	o.gcNext = next;
	next.gcPrev = o;
}
