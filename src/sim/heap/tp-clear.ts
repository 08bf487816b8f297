// tp_clear, as the collector's delete_garbage calls it: each type drops the references that can form cycles.
import { PyManagedBuffer, PyMemoryView } from "./memoryview";
import type { PyObject } from "./object";
import { PyInstance } from "./instances";
import { isSubclassInstance } from "./subclass-instances";
import { PyClass } from "./classes";
import { PyFunction, PyCell } from "./callables";
import { PyDict, PyList, PySet } from "./containers";
import { PyFrameObject, PyTraceback } from "./tracebacks";
import { PyDeque, PyOrderedDict } from "./collections";
import { PyToolObject } from "./tool-objects";

/** tp_clear for the types that have one: drop the references that can form cycles. */
export function clearableReferences(o: PyObject): PyObject[] | null {
	if (o instanceof PyInstance || isSubclassInstance(o)) return o.clearReferences();
	if (o instanceof PyClass && !o.builtin) return clearType(o);
	if (o instanceof PyOrderedDict) return o.clearReferences();
	if (o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyFunction || o instanceof PyCell || o instanceof PyClass || o instanceof PyTraceback || o instanceof PyDeque) {
		return o.releaseReferences();
	}
	if (o instanceof PyFrameObject) return o.clearLocals();
	// partial_clear, lru_cache_tp_clear and keyobject_clear drop everything they hold.
	if (o instanceof PyToolObject) return o.releaseReferences();
	// memory_clear releases the view and drops its managed buffer; mbuf_clear gives the exporter back.
	if (o instanceof PyMemoryView) return o.releaseReferences();
	if (o instanceof PyManagedBuffer) return o.releaseMaster();
	return null;
}

/** type_clear: empty the class's dict (the dict itself stays) and drop its __mro__. */
function clearType(cls: PyClass): PyObject[] {
	const out = cls.namespace instanceof PyDict ? cls.namespace.releaseReferences() : [];
	cls.dict.clear();
	if (cls.mroTuple) out.push(cls.mroTuple);
	cls.mroTuple = null;
	return out;
}
