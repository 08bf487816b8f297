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
export const TRASH_UNWIND_LEVEL = 50;

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
