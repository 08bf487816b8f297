// functools.update_wrapper and functools.wraps as Lib/functools.py (3.11) runs them: natives that hold what the
// Python frames hold (parameters, `attr`, `value`, the loop's iterator) and make what that code makes (the
// partial, its keyword dict, the `{}` default of each getattr in the second loop), in its order.
import type { PyObject } from "../heap/object";
import { PyBoundMethod, PyDescriptor, PyFunction, type PyModule } from "../heap/callables";
import { PyToolObject } from "../heap/tool-objects";
import { hasInstanceAttributes } from "../heap/subclass-instances";
import { PyTuple } from "../heap/containers";
import { getAttr, setAttr, attributeOrNull, methodForCall } from "../vm/attributes";
import { PyRaise } from "../vm/errors";
import { exceptionMatches } from "../vm/protocol";
import type { VM } from "../vm/vm";
import { CopyFrame } from "./copy-frame";
import { defArguments } from "./def-arguments";
import { attributeName } from "./functions";

/** What functools.py's functions see of their module: its globals and the defaults bound when they were defined. */
interface FunctoolsGlobals {
	module: PyModule;
	assigned: PyTuple;
	updated: PyTuple;
}

const globalsByVm = new WeakMap<VM, FunctoolsGlobals>();

export function setFunctoolsGlobals(vm: VM, globals: FunctoolsGlobals): void {
	globalsByVm.set(vm, globals);
}

export function functoolsGlobals(vm: VM): FunctoolsGlobals {
	const found = globalsByVm.get(vm);
	if (!found) return vm.raise("RuntimeError", "functools is not imported");
	return found;
}

/** LOAD_GLOBAL in functools.py: the module's binding now (a program may have replaced it). */
function functoolsGlobal(vm: VM, name: string): PyObject {
	return vm.dictGetStr(functoolsGlobals(vm).module.dict, name) ?? vm.raise("NameError", `name '${name}' is not defined`);
}

/** update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES) */
export function updateWrapper(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	const [wrapper, wrapped, assigned, updated] = defArguments(vm, "update_wrapper", args, kw, ["wrapper", "wrapped", "assigned", "updated"], 2) as [PyObject, PyObject, PyObject?, PyObject?];
	const defaults = functoolsGlobals(vm);
	const frame = new CopyFrame(vm, "update_wrapper");
	try {
		frame.hold("wrapper", wrapper);
		frame.hold("wrapped", wrapped);
		frame.hold("assigned", assigned ?? defaults.assigned);
		frame.hold("updated", updated ?? defaults.updated);
		eachItem(vm, assigned ?? defaults.assigned, (attr) => {
			frame.own("attr", attr);
			let value: PyObject;
			try {
				value = getAttr(vm, wrapped, copiedName(vm, wrapped, attributeName(vm, attr)));
			} catch (e) {
				if (!(e instanceof PyRaise) || !exceptionMatches(vm, e.exc, vm.exceptionClass("AttributeError"))) throw e;
				frame.catchRaised(e.exc);
				return;
			}
			frame.own("value", value);
			setAttr(vm, wrapper, assignedName(vm, wrapper, attributeName(vm, attr)), value);
		});
		eachItem(vm, updated ?? defaults.updated, (attr) => {
			frame.own("attr", attr);
			updateOne(vm, wrapper, wrapped, attr);
		});
		// Set last, so that the __dict__ update cannot copy the wrapped function's own __wrapped__ over it.
		setAttr(vm, wrapper, "__wrapped__", wrapped);
		return vm.incref(wrapper);
	} finally {
		frame.clear();
	}
}

/**
 * The name, when pymem reads it from `wrapped` as CPython does: a Python function's (or bound method's)
 * attributes, an instance's (through its class), or what a partial, lru_cache wrapper or staticmethod keeps in
 * its own __dict__. Builtins, classes and other library objects find docs and names through C slots pymem does not
 * model (a partial's __doc__, a builtin's __module__, a class's lazily made __annotations__).
 */
function copiedName(vm: VM, wrapped: PyObject, name: string): string {
	const ownDict = wrapped instanceof PyToolObject || (wrapped instanceof PyDescriptor && wrapped.kind !== "property") ? wrapped.dict : null;
	const exact =
		wrapped instanceof PyFunction ||
		(wrapped instanceof PyBoundMethod && wrapped.func instanceof PyFunction) ||
		(hasInstanceAttributes(wrapped) && !wrapped.cls.builtin) ||
		(ownDict !== null && vm.dictGetStr(ownDict, name) !== undefined);
	if (!exact) vm.raise("TypeError", `pymem does not support functools.update_wrapper copying ${name} from a '${wrapped.typeName}' object yet`);
	return name;
}

/** The name, when setting it on `wrapper` is what CPython does: a function, an instance, or an object with a __dict__ for it. */
function assignedName(vm: VM, wrapper: PyObject, name: string): string {
	const exact =
		wrapper instanceof PyFunction ||
		(hasInstanceAttributes(wrapper) && !wrapper.cls.builtin) ||
		(wrapper instanceof PyToolObject && wrapper.hasDict) ||
		(wrapper instanceof PyDescriptor && wrapper.kind !== "property");
	if (!exact) vm.raise("TypeError", `pymem does not support functools.update_wrapper setting ${name} on a '${wrapper.typeName}' object yet`);
	return name;
}

/** `getattr(wrapper, attr).update(getattr(wrapped, attr, {}))` */
function updateOne(vm: VM, wrapper: PyObject, wrapped: PyObject, attr: PyObject): void {
	const target = getAttr(vm, wrapper, attributeName(vm, attr));
	vm.heap.adopt(target, TARGET);
	try {
		const { callable, withSelf } = methodForCall(vm, target, "update");
		vm.heap.adopt(callable, UPDATE);
		try {
			const empty = vm.dict();
			vm.heap.adopt(empty, EMPTY);
			let source: PyObject;
			try {
				source = attributeOrNull(vm, wrapped, attributeName(vm, attr)) ?? vm.incref(empty);
			} finally {
				vm.heap.release(empty, EMPTY);
			}
			vm.heap.adopt(source, SOURCE);
			try {
				vm.decref(vm.callObject(callable, withSelf ? [target, source] : [source]));
			} finally {
				vm.heap.release(source, SOURCE);
			}
		} finally {
			vm.heap.release(callable, UPDATE);
		}
	} finally {
		vm.heap.release(target, TARGET);
	}
}

const TARGET = "getattr(wrapper, attr) being updated";
const UPDATE = "its update method";
const EMPTY = "the {} default of getattr(wrapped, attr, {})";
const SOURCE = "getattr(wrapped, attr, {})";
const ITERATOR = "update_wrapper's loop iterator";

/**
 * A `for` loop over any iterable: the iterator lives on the frame's stack until the loop ends or fails. Each
 * item is a new reference the body takes first thing (FOR_ITER then STORE_FAST).
 */
function eachItem(vm: VM, iterable: PyObject, body: (item: PyObject) => void): void {
	const it = vm.getIter(iterable);
	vm.heap.adopt(it, ITERATOR);
	try {
		for (let item = vm.iterNext(it); item; item = vm.iterNext(it)) body(item);
	} finally {
		vm.heap.release(it, ITERATOR);
	}
}

/** wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES): `partial(update_wrapper, wrapped=..., assigned=..., updated=...)`. */
export function wraps(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	const [wrapped, assigned, updated] = defArguments(vm, "wraps", args, kw, ["wrapped", "assigned", "updated"], 1) as [PyObject, PyObject?, PyObject?];
	const defaults = functoolsGlobals(vm);
	const frame = new CopyFrame(vm, "wraps");
	try {
		frame.hold("wrapped", wrapped);
		frame.hold("assigned", assigned ?? defaults.assigned);
		frame.hold("updated", updated ?? defaults.updated);
		const partial = functoolsGlobal(vm, "partial");
		const keywords = new Map([
			["wrapped", wrapped],
			["assigned", assigned ?? defaults.assigned],
			["updated", updated ?? defaults.updated],
		]);
		return vm.callObject(partial, [functoolsGlobal(vm, "update_wrapper")], keywords);
	} finally {
		frame.clear();
	}
}
