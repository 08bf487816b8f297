// Whether CPython's collector tracks an object, or may: pymem makes some objects once at startup and shares them.
// Those are in no generation's list here, so their own `tracked` flag does not settle what CPython would say.
import type { PyObject } from "./object";
import { PyTypingObject } from "./typing-objects";
import { PyBuiltinFunction, PyModule } from "./callables";
import { PyTextStream } from "./text-streams";
import { PyClass } from "./classes";
import { PyTuple } from "./containers";
import { isGcType } from "./gc-kinds";

/** gc.is_tracked as CPython answers it: for a shared object, whether CPython would still track it. */
export function trackedAsInCPython(o: PyObject): boolean {
	return o.tracked || (o.shared && sharedObjectTracked(o));
}

/**
 * _PyObject_GC_MAY_BE_TRACKED, which decides whether a dict is tracked (MAINTAIN_TRACKING) and whether a collection
 * untracks a dict or a tuple: a tuple while tracked, else any GC object, even an untracked dict.
 */
export function mayBeTracked(o: PyObject): boolean {
	return o instanceof PyTuple || o.shared ? trackedAsInCPython(o) : isGcType(o);
}

/**
 * Builtin functions, modules, method descriptors, streams and lists (and typing's objects, instances of Python
 * classes there) are GC objects, which stay tracked; a static type is no GC object (type_is_gc), and a tuple of
 * atoms was untracked by a collection long ago.
 */
function sharedObjectTracked(o: PyObject): boolean {
	if (o instanceof PyTypingObject || o instanceof PyBuiltinFunction || o instanceof PyModule || o instanceof PyTextStream) return true;
	if (o instanceof PyClass) return HEAP_TYPES_AMONG_BUILTINS.has(o.name);
	return isGcType(o) && !(o instanceof PyTuple);
}

/** Types of 3.11 that are heap types (GC objects) though pymem makes them once per process: Python classes and _functools' types. */
const HEAP_TYPES_AMONG_BUILTINS = new Set(["Counter", "CacheInfo", "partial", "KeyWrapper", "_lru_cache_wrapper", "_lru_list_elem", "c_long", "c_int", "c_ulong", "c_uint", "py_object"]);
