// What an object's tp_traverse visits as the gc module sees it: gc.get_referents lists it and gc.get_referrers
// searches it (gc_get_referents_for and gc_get_referrers_for both call tp_traverse), so the two always agree.
// Interpreter-wide objects (code objects, the builtins dict, interned names) are included: the collector's own
// walk, traversalOrder, leaves them out, as they never enter a generation here.
import type { PyObject } from "../heap/object";
import { PyFunction } from "../heap/callables";
import { PyGenerator } from "../heap/iterators";
import { PyFrameObject } from "../heap/tracebacks";
import { PyClass } from "../heap/classes";
import { PyExceptionObject, PyInstance } from "../heap/instances";
import { isGcType } from "../heap/gc-kinds";
import { traversalOrder } from "../heap/collector";
import { functionField } from "../vm/function-attrs";
import { frameCode } from "../vm/execution-attrs";
import type { Frame } from "../vm/frame";
import type { VM } from "../vm/vm";

/** The objects `o`'s tp_traverse visits, in its order, borrowed; none for an object the collector does not traverse. */
export function gcReferents(vm: VM, o: PyObject): PyObject[] {
	if (o instanceof PyFunction) return functionReferents(vm, o);
	if (o instanceof PyGenerator) return generatorReferents(vm, o);
	if (o instanceof PyFrameObject) return frameObjectReferents(vm, o);
	// A builtin type is a static type, whose type_is_gc is false: nothing traverses it.
	return isGcType(o) && !(o instanceof PyClass && o.builtin) ? withSharedClass(o, traversalOrder(o)) : [];
}

/**
 * A library module's class (contextlib's, dataclasses') is shared, so its instances hold no counted reference to
 * it; CPython's subtype_traverse still visits it, a heap type: after the attributes, or before an exception's fields.
 */
function withSharedClass(o: PyObject, referents: PyObject[]): PyObject[] {
	if (!(o instanceof PyInstance) || o.klass || o.cls.builtin) return referents;
	return o instanceof PyExceptionObject ? [o.cls, ...referents] : [...referents, o.cls];
}

/** func_traverse's fields, in its order (a deleted `__module__` or `__doc__` is NULL, and skipped). */
const FUNC_TRAVERSE_FIELDS = [
	"__code__", "__globals__", "__builtins__", "__module__", "__defaults__", "__kwdefaults__", "__doc__", "__name__",
	"__dict__", "__closure__", "__annotations__", "__qualname__",
];

function functionReferents(vm: VM, f: PyFunction): PyObject[] {
	const out: PyObject[] = [];
	for (const name of FUNC_TRAVERSE_FIELDS) {
		const field = functionField(vm, f, name);
		if (field) out.push(field);
	}
	return out;
}

/**
 * gen_traverse (3.11): gi_code, gi_name and gi_qualname (the code's co_name and co_qualname, one str when they are
 * equal), then, until the frame is cleared (running or not), _PyFrame_Traverse; last the exception it is handling
 * while suspended.
 */
function generatorReferents(vm: VM, g: PyGenerator): PyObject[] {
	const out = [g.codeConstant, vm.intern(g.name), vm.intern(g.qualname)];
	if (g.frame) out.push(...interpreterFrameReferents(vm, g.frame, g.codeConstant, g.running));
	if (g.excState) out.push(g.excState);
	return out;
}

/**
 * frame_tp_traverse (3.11): f_back, f_trace (pymem sets none), then, only once the frame object owns its
 * interpreter frame (its function returned while the object was held), _PyFrame_Traverse. A running frame's, or a
 * suspended generator's, belongs to the thread or the generator, which traverse it themselves.
 */
function frameObjectReferents(vm: VM, f: PyFrameObject): PyObject[] {
	const out: PyObject[] = f.back ? [f.back] : [];
	if (f.owner) out.push(...interpreterFrameReferents(vm, f.frame, frameCode(vm, f)));
	return out;
}

/**
 * _PyFrame_Traverse: frame_obj (NULL once its object owns the frame), f_locals, f_func, f_code, then localsplus up
 * to stacktop: the locals, cells and free variables that are set, then the value stack (NULL items skipped). A
 * frame that is executing (a running generator's) has a stacktop of -1: none of those.
 */
function interpreterFrameReferents(vm: VM, frame: Frame, code: PyObject, running = false): PyObject[] {
	const out: PyObject[] = [];
	const slots = running ? [] : [...frame.locals, ...frame.stack];
	for (const o of [frame.frameObject, frame.fLocals, frame.func, code, ...slots]) if (o && o !== vm.NULL) out.push(o);
	return out;
}
