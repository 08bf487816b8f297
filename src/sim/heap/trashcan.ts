// CPython's trashcan (Py_TRASHCAN_BEGIN/END, object.c's _PyTrash_begin and _PyTrash_end): deallocators of
// containers count how deeply they are nested, and past _PyTrash_UNWIND_LEVEL an object's dealloc is deferred
// onto a stack that the outermost one empties. Freeing a linked chain of 100,000 nodes so never recurses past 50
// deallocs, and the deferral is visible: the __del__ methods and the items freed past the fiftieth level run
// after the levels above them are done.
import { HeapKind, type PyObject } from "./object";
import { PySet } from "./containers";
import { PyDefaultDict, PyOrderedDict } from "./collections";
import { PyTraceback } from "./tracebacks";
import { PyBuiltinFunction } from "./callables";

/** _PyTrash_UNWIND_LEVEL: how many trashcan deallocs may nest before the next is deferred. */
const TRASH_UNWIND_LEVEL = 50;

/**
 * Whether o's tp_dealloc has the trashcan: list, tuple, dict, set and frozenset, OrderedDict, frames,
 * tracebacks, exceptions, builtin methods and method-wrappers (meth_dealloc, wrapper_dealloc)
 * and every instance of a class written in Python (subtype_dealloc). defaultdict's own dealloc hands over to
 * dict's, whose trashcan applies only to objects whose tp_dealloc it is, so an exact defaultdict has none.
 */
export function usesTrashcan(o: PyObject): boolean {
	switch (o.heapKind) {
		case HeapKind.Atom:
			return false;
		case HeapKind.List:
		case HeapKind.Tuple:
		case HeapKind.Instance:
		case HeapKind.Frame:
			return true;
		case HeapKind.Dict:
			return true;
		default:
			if (o instanceof PyDefaultDict) return !o.cls.builtin;
			return o instanceof PySet || o instanceof PyOrderedDict || o instanceof PyTraceback || o instanceof PyBuiltinFunction || !o.cls.builtin;
	}
}

/** A thread state's trash_delete_nesting and trash_delete_later, around the deallocs of trashcan types. */
export class Trashcan {
	private nesting = 0;
	/** Deferred deallocs, the newest on top. */
	private readonly later: PyObject[] = [];

	constructor(
		private readonly deallocNow: (o: PyObject) => void,
		private readonly deposit: (o: PyObject) => void,
	) {}

	/** _PyTrash_begin, the dealloc, _PyTrash_end: deferred past the unwind level, and the deferred ones run at the outermost end. */
	dealloc(o: PyObject): void {
		if (this.nesting >= TRASH_UNWIND_LEVEL) {
			this.deposit(o);
			this.later.push(o);
			return;
		}
		this.nesting++;
		try {
			this.deallocNow(o);
		} finally {
			this.nesting--;
			if (this.nesting <= 0 && this.later.length) this.destroyChain();
		}
	}

	/** _PyTrash_thread_destroy_chain: newest first, one level down so none of them empties the stack again. */
	private destroyChain(): void {
		this.nesting++;
		try {
			while (this.later.length) this.dealloc(this.later.pop()!);
		} finally {
			this.nesting--;
		}
	}
}
