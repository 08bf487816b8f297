// weakref.WeakMethod, following Lib/weakref.py of 3.11: __new__ makes the `_cb` closure (cells for `callback`
// and `self_wr`), the weak reference to the instance (a WeakMethod, with `_cb` as callback), `_func_ref` (a
// weak reference to the function, same callback), `_meth_type` and `_alive`, then `self_wr = ref(self)`.
// Calling it gives a new bound method while both live, else None; `_cb` marks it dead once and calls the
// user's callback with the WeakMethod. Its Python methods run natively (no frames of their own).
import type { PyObject } from "../heap/object";
import { T } from "../heap/classes";
import { PyBoundMethod, PyCell } from "../heap/callables";
import { PyWeakref } from "../heap/weakrefs";
import { PyWeakMethod, PyWeakMethodCallback } from "../heap/weak-dictionaries";
import { linkWeakref, weakrefTo } from "./weakref-module";
import { repr } from "../vm/repr";
import type { VM } from "../vm/vm";

/** WeakMethod(meth, callback=None). */
export function newWeakMethod(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyWeakMethod {
	const given = [...args];
	for (const [name, value] of kw ?? []) {
		const at = ["meth", "callback"].indexOf(name);
		if (at < 0) vm.raise("TypeError", `WeakMethod.__new__() got an unexpected keyword argument '${name}'`);
		if (given[at] !== undefined) vm.raise("TypeError", `WeakMethod.__new__() got multiple values for argument '${name}'`);
		given[at] = value;
	}
	if (given.length > 2) vm.raise("TypeError", `WeakMethod.__new__() takes from 2 to 3 positional arguments but ${given.length + 1} were given`);
	const [meth, callback = vm.None] = given;
	if (!meth) return vm.raise("TypeError", "WeakMethod.__new__() missing 1 required positional argument: 'meth'");
	if (!(meth instanceof PyBoundMethod) || !meth.self || !meth.func) return vm.raise("TypeError", `argument should be a bound method, not ${repr(vm, meth.cls)}`);
	const obj = meth.self;
	const func = meth.func;
	// MAKE_CELL for `callback` (a parameter) and `self_wr`, then `_cb` with its closure tuple.
	const callbackCell = vm.heap.register(new PyCell(vm.incref(callback)));
	const selfCell = vm.heap.register(new PyCell(null));
	const cb = vm.heap.register(new PyWeakMethodCallback(vm.tuple([callbackCell, selfCell])));
	try {
		// `self = ref.__new__(cls, obj, _cb)`: linked after the instance's basic refs, as a ref with a callback.
		const self = linkWeakref(vm, obj, () => new PyWeakMethod(obj, vm.incref(cb)));
		try {
			self.funcRef = linkWeakref(vm, func, () => new PyWeakref(func, vm.incref(cb)));
			self.methType = T.method;
			self.alive = vm.True;
			selfCell.ref = weakrefTo(vm, self, null);
		} catch (e) {
			vm.decref(self);
			throw e;
		}
		vm.heap.observer?.contentChanged(self);
		return self;
	} finally {
		vm.decref(cb);
	}
}

/** `wm()`: `self._meth_type(func, obj)` while the instance and the function live, else None. */
export function callWeakMethod(vm: VM, wm: PyWeakMethod): PyObject {
	const obj = wm.referent;
	const func = wm.funcRef instanceof PyWeakref ? wm.funcRef.referent : null;
	if (!obj || !func) return vm.incref(vm.None);
	return vm.heap.register(new PyBoundMethod(vm.incref(func), vm.incref(obj)));
}

/**
 * `_cb(arg)`: `self = self_wr()`; the first time it runs on a live WeakMethod, `_alive` becomes False and the
 * user's callback, if any, is called with the WeakMethod.
 */
export function callWeakMethodCallback(vm: VM, cb: PyWeakMethodCallback, args: PyObject[]): PyObject {
	if (args.length !== 1) return vm.raise("TypeError", `_cb() takes 1 positional argument but ${args.length} were given`);
	// Its frame holds `arg` while it runs.
	const arg = args[0]!;
	vm.heap.hold(arg, ARGUMENT);
	try {
		return runCallback(vm, cb);
	} finally {
		vm.heap.release(arg, ARGUMENT);
	}
}

const ARGUMENT = "argument of WeakMethod's _cb";

function runCallback(vm: VM, cb: PyWeakMethodCallback): PyObject {
	const cells = (cb.closure as { items?: PyObject[] } | null)?.items ?? [];
	const [callbackCell, selfCell] = cells as (PyCell | undefined)[];
	const selfRef = selfCell?.ref;
	const self = selfRef instanceof PyWeakref ? selfRef.referent : null;
	if (!(self instanceof PyWeakMethod) || self.alive !== vm.True) return vm.incref(vm.None);
	const label = "self in WeakMethod's _cb";
	vm.heap.hold(self, label);
	try {
		self.alive = vm.False;
		vm.heap.observer?.contentChanged(self);
		const callback = callbackCell?.ref;
		if (callback && callback !== vm.None) vm.decref(vm.callObject(callback, [self]));
	} finally {
		vm.heap.release(self, label);
	}
	return vm.incref(vm.None);
}

/**
 * WeakMethod.__eq__: two live WeakMethods are equal when their instances are (ref.__eq__) and their function
 * references are; a dead one equals only itself. Undefined (NotImplemented) unless both are WeakMethods.
 */
export function weakMethodsEqual(vm: VM, a: PyObject, b: PyObject, equal: (x: PyObject, y: PyObject) => boolean): boolean | undefined {
	if (!(a instanceof PyWeakMethod) || !(b instanceof PyWeakMethod)) return undefined;
	if (a.alive !== vm.True || b.alive !== vm.True) return a === b;
	return refsEqual(a, b, equal) && refsEqual(a.funcRef as PyWeakref, b.funcRef as PyWeakref, equal);
}

/** ref.__eq__ (weakref_richcompare): live referents compare as they do, a dead one by the refs' identity. */
function refsEqual(x: PyWeakref, y: PyWeakref, equal: (x: PyObject, y: PyObject) => boolean): boolean {
	return x.referent && y.referent ? equal(x.referent, y.referent) : x === y;
}

/** The slot attributes Python code reads (`_func_ref`, `_meth_type`, `_alive`). */
export function weakMethodAttribute(vm: VM, wm: PyWeakMethod, name: string): PyObject | undefined {
	const found = wm.slotValues().find(([slot]) => slot === name);
	return found?.[1] ? vm.incref(found[1]) : undefined;
}
