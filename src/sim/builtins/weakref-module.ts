// weakref: ref (with callbacks), getweakrefcount, getweakrefs, finalize.
import { PyWeakMethod, PyKeyedRef } from "../heap/weak-dictionaries";
import { defArguments } from "./def-arguments";
import { moduleTypeConstructors } from "./module-type-constructors";
import { requireOneArgument, checkFastcall } from "./arity";
import { newWeakMethod } from "./weak-methods";
import type { PyObject } from "../heap/object";
import { PyFinalize, PyWeakProxy, PyWeakref, insertWeakref, isBasicProxy, isBasicRef } from "../heap/weakrefs";
import { isCallable } from "./functions";
import { PyFunction, type NativeImpl, type PyModule } from "../heap/callables";
import { PyWeakrefInstance, hasInstanceAttributes } from "../heap/subclass-instances";
import { PyClass, T } from "../heap/classes";
import { PyDict, PyTuple } from "../heap/containers";
import { dictSet } from "../vm/dicts";
import { defineMethods } from "./types";
import type { VM } from "../vm/vm";
import { PyToolIterator } from "../heap/tool-iterators";
import { PyToolObject } from "../heap/tool-objects";
import { instancesHaveWeakrefs } from "../vm/class-layout";
import { withPackedArguments } from "../vm/instantiate";
import { formatException, TRACEBACK_HEADING } from "../vm/traceback";
import { programExcepthook } from "../vm/excepthook";
import { refuseImportAtShutdown } from "../vm/shutdown-imports";
import type { PyExceptionObject } from "../heap/instances";

/** The label of the reference finalize._registry holds to a finalizer that has not run. */
const REGISTRY = "weakref.finalize registry";
const EXITFUNC_LOCAL = "f in finalize._exitfunc";

/**
 * The builtin types with a weakref slot (tp_weaklistoffset), by pymem's type name; every other builtin type
 * (lists, tuples, numbers, iterators, views, descriptors, property, super, frames, tracebacks...) has none.
 * The weak containers and their iterators are instances of Python classes and generators in CPython.
 */
const WEAKLY_REFERENCEABLE = new Set([
	"builtin_function_or_method", "method", "generator", "set", "frozenset", "module", "code",
	"collections.deque", "collections.OrderedDict", "array.array", "memoryview", "WeakValueDictionary", "WeakKeyDictionary", "WeakSet",
]);

export function checkWeaklyReferenceable(vm: VM, target: PyObject): void {
	// Of itertools' and functools' objects, only partial and the lru wrapper (those with a __dict__) and _tee have a weaklist.
	const toolWithWeaklist = (target instanceof PyToolObject && target.hasDict) || (target instanceof PyToolIterator && target.kindName === "_tee");
	// Of the weak references, only WeakMethod has a weaklist (its __slots__ add __weakref__).
	const referenceable = hasInstanceAttributes(target)
		? instancesHaveWeakrefs(target.cls)
		: target instanceof PyFunction || target instanceof PyClass || target instanceof PyWeakMethod || toolWithWeaklist || (!(target instanceof PyToolIterator) && WEAKLY_REFERENCEABLE.has(target.typeName));
	if (!referenceable) vm.raise("TypeError", `cannot create weak reference to '${target.typeName}' object`);
}

/** A new weak reference (a ref, or a subclass such as KeyedRef) to `target`, linked into its list of weakrefs. */
export function linkWeakref<R extends PyWeakref>(vm: VM, target: PyObject, make: () => R): R {
	checkWeaklyReferenceable(vm, target);
	const ref = vm.heap.register(make());
	insertWeakref(target, ref);
	return ref;
}

export function newWeakref(vm: VM, target: PyObject, callback: PyObject | null): PyWeakref {
	return linkWeakref(vm, target, () => new PyWeakref(target, callback && callback !== vm.None ? vm.incref(callback) : null));
}

/**
 * parse_weakref_init_args: the referent and the callback (None meaning none) from one or two positional
 * arguments; keywords are not looked at (weakref___init__ refuses them).
 */
function weakrefArguments(vm: VM, funcname: string, args: readonly PyObject[]): [PyObject, PyObject | null] {
	if (args.length < 1) vm.raise("TypeError", `${funcname} expected at least 1 argument, got 0`);
	if (args.length > 2) vm.raise("TypeError", `${funcname} expected at most 2 arguments, got ${args.length}`);
	const callback = args[1];
	return [args[0]!, callback && callback !== vm.None ? callback : null];
}

/** weakref.ref(...) called: weakref___new__, then weakref___init__, which refuses keywords (the new ref is released). */
export function constructWeakref(vm: VM, args: readonly PyObject[], kwargs: ReadonlyMap<string, PyObject> | null): PyWeakref {
	const [target, callback] = weakrefArguments(vm, "__new__", args);
	const ref = weakrefTo(vm, target, callback);
	if (kwargs?.size) {
		vm.decref(ref);
		vm.raise("TypeError", "ref() takes no keyword arguments");
	}
	return ref;
}

/** weakref___init__ (ref's tp_init, which a subclass's `super().__init__(ob, callback)` reaches): it only checks. */
export function weakrefInit(vm: VM, args: readonly PyObject[], kwargs: ReadonlyMap<string, PyObject> | null): void {
	if (kwargs?.size) vm.raise("TypeError", "ref() takes no keyword arguments");
	weakrefArguments(vm, "__init__", args);
}

/** weakref___new__ for a subclass: a new instance every time, linked after the basic ref and proxy. */
export function newWeakrefSubtypeInstance(vm: VM, cls: PyClass, args: readonly PyObject[]): PyWeakref {
	const [target, callback] = weakrefArguments(vm, "__new__", args);
	checkWeaklyReferenceable(vm, target);
	// PyType_GenericAlloc's reference to the heap type counts before the allocation.
	vm.incref(cls);
	return linkWeakref(vm, target, () => new PyWeakrefInstance(cls, target, callback && vm.incref(callback)));
}

/** weakref.ref(target, callback): a plain ref without callback is shared (weakref.ref(x) is weakref.ref(x)). */
export function weakrefTo(vm: VM, target: PyObject, callback: PyObject | null): PyWeakref {
	const plain = !callback || callback === vm.None ? target.weakrefs?.[0] : undefined;
	if (isBasicRef(plain)) {
		// It may be the one a class's bases keep in their __subclasses__: the program reaches it now.
		vm.heap.reveal(plain);
		return vm.incref(plain);
	}
	return newWeakref(vm, target, callback);
}

export const WEAKREF_FUNCTIONS: Record<string, NativeImpl> = {
	getweakrefcount: (vm, args, kw) => {
		requireOneArgument(vm, "_weakref.getweakrefcount", args.length, kw);
		return vm.int(args[0]!.weakrefs?.length ?? 0);
	},
	getweakrefs: (vm, args, kw) => {
		requireOneArgument(vm, "_weakref.getweakrefs", args.length, kw);
		return vm.list(
			(args[0]!.weakrefs ?? []).map((r) => {
				vm.heap.reveal(r);
				return vm.incref(r);
			}),
		);
	},
	proxy: (vm, args, kw) => {
		checkFastcall(vm, "_weakref.proxy", args, kw, 1, 2);
		return proxyTo(vm, args[0]!, args[1] ?? null);
	},
};

/**
 * weakref.proxy(target, callback): a proxy without callback is shared, as a plain ref is. Its type follows the
 * referent's callability at creation (PyWeakref_NewProxy).
 */
export function proxyTo(vm: VM, target: PyObject, callback: PyObject | null): PyWeakProxy {
	const cb = callback && callback !== vm.None ? callback : null;
	if (!cb) {
		checkWeaklyReferenceable(vm, target);
		const list = target.weakrefs ?? [];
		const basic = list[isBasicRef(list[0]) ? 1 : 0];
		if (isBasicProxy(basic)) return vm.incref(basic);
	}
	return linkWeakref(vm, target, () => new PyWeakProxy(target, cb && vm.incref(cb), isCallable(target)));
}

export function installWeakrefTypes(vm: VM, module: PyModule): void {
	vm.dictSetStr(module.dict, "ref", T.weakref);
	vm.dictSetStr(module.dict, "ReferenceType", T.weakref);
	vm.dictSetStr(module.dict, "finalize", T.finalize);
	vm.dictSetStr(module.dict, "ProxyType", T.ProxyType);
	vm.dictSetStr(module.dict, "CallableProxyType", T.CallableProxyType);
	vm.dictSetStr(module.dict, "ProxyTypes", vm.heap.registerShared(new PyTuple([T.ProxyType, T.CallableProxyType])));
	moduleTypeConstructors.set(T.WeakMethod, (v, args, kw) => newWeakMethod(v, args, kw));
	moduleTypeConstructors.set(T.KeyedRef, (v, args, kw) => newKeyedRef(v, args, kw));
	for (const name of ["WeakValueDictionary", "WeakKeyDictionary", "WeakSet", "KeyedRef", "WeakMethod"] as const) vm.dictSetStr(module.dict, name, T[name]);
}

/**
 * KeyedRef(ob, callback, key): Lib/weakref.py's `__new__` makes a new weak reference (never a shared one, as
 * for any subclass of ref) and stores the key in its slot; `__init__` has nothing left to do.
 */
function newKeyedRef(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyKeyedRef {
	const [, target, callback, key] = defArguments(vm, "KeyedRef.__new__", [T.KeyedRef, ...args], kw, ["type", "ob", "callback", "key"], 4);
	const cb = callback === vm.None ? null : vm.incref(callback!);
	return linkWeakref(vm, target!, () => new PyKeyedRef(target!, cb, vm.incref(key!)));
}

/** weakref.finalize(obj, func, /, *args, **kwargs): registered until it runs, without keeping obj alive. */
export function newFinalize(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyFinalize {
	const [target, func, ...rest] = args;
	if (!target || !func) vm.raise("TypeError", `finalize.__init__() missing ${target ? "1 required positional argument: 'func'" : "2 required positional arguments: 'obj' and 'func'"}`);
	// The first finalizer's __init__ runs `import atexit` (never imported before: pymem has no atexit module).
	if (!vm.finalizeRegisteredWithAtexit) {
		refuseImportAtShutdown(vm, false);
		vm.finalizeRegisteredWithAtexit = true;
	}
	let kwDict: PyDict | null = null;
	if (kwargs?.size) {
		kwDict = vm.dict();
		for (const [key, value] of kwargs) dictSet(vm, kwDict, vm.intern(key), value);
	}
	const finalizer = vm.heap.register(new PyFinalize(null, vm.incref(func), vm.tuple(rest.map((a) => vm.incref(a))), kwDict));
	finalizer.weakref = newWeakref(vm, target, finalizer);
	vm.heap.hold(finalizer, REGISTRY);
	vm.liveFinalizers.push(finalizer);
	vm.heap.observer?.contentChanged(finalizer);
	return finalizer;
}

/** Leave the registry: the finalizer is dead from now on (`alive` is False). */
function unregister(vm: VM, finalizer: PyFinalize): boolean {
	const at = vm.liveFinalizers.indexOf(finalizer);
	if (at < 0) return false;
	vm.liveFinalizers.splice(at, 1);
	vm.heap.release(finalizer, REGISTRY);
	return true;
}

const REF_CALL = { args: "call arguments (weakref call)", kwargs: "keyword arguments (weakref call)" };

/**
 * Calling a weak reference (weakref_call): its type has no vectorcall, so the arguments are packed first; it
 * takes none, and returns the referent or None.
 */
export function callRef(vm: VM, ref: PyWeakref, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	return withPackedArguments(
		vm,
		args,
		kwargs,
		(argTuple, kwDict) => {
			if (kwDict) vm.raise("TypeError", "weakref() takes no keyword arguments");
			if (argTuple.items.length !== 0) vm.raise("TypeError", `weakref expected 0 arguments, got ${argTuple.items.length}`);
			return vm.incref(ref.referent ?? vm.None);
		},
		REF_CALL,
	);
}

/** finalize.__call__: the first call runs func(*args, **kwargs) and returns its result; later ones return None. */
export function callFinalize(vm: VM, finalizer: PyFinalize): PyObject {
	if (!unregister(vm, finalizer)) return vm.incref(vm.None);
	try {
		// After finalize._exitfunc (finalize._shutdown), a finalizer left for shutdown is dropped without a call.
		if (vm.finalizersShutDown) return vm.incref(vm.None);
		const kwargs = finalizer.kwargs instanceof PyDict ? new Map([...finalizer.kwargs.entries.values()].map((e) => [vm.strValue(e.key), e.value])) : null;
		return vm.callObject(finalizer.func!, (finalizer.args as PyTuple).items, kwargs);
	} finally {
		// The _Info record is freed: weakref, func, args, kwargs in slot order.
		for (const o of finalizer.releaseReferences()) vm.decref(o);
		vm.heap.observer?.contentChanged(finalizer);
	}
}

/** At exit, finalizers that have not run and are marked atexit are called, newest first (finalize._exitfunc). */
export function runFinalizersAtExit(vm: VM): void {
	for (;;) {
		const finalizer = [...vm.liveFinalizers].reverse().find((f) => f.atexit);
		if (!finalizer) break;
		// _exitfunc's local `f` holds it during the call.
		vm.heap.hold(finalizer, EXITFUNC_LOCAL);
		let stop = false;
		try {
			vm.decref(callFinalize(vm, finalizer));
		} catch (e) {
			// finalize._exitfunc hands an Exception to sys.excepthook and goes on with the next one.
			const exc = vm.exceptionOf(e);
			const hook = exc.cls.isSubclassOf(vm.exceptionClass("Exception")) ? programExcepthook(vm) : null;
			if (hook) stop = !callHookAtExit(vm, hook, exc);
			else {
				// The default hook's report. _exitfunc's and finalize.__call__'s frames are library code pymem
				// prints no lines of, but they are there: the traceback always has its heading.
				const report = formatException(vm, exc);
				vm.writeStderr(report.startsWith(TRACEBACK_HEADING) ? report : TRACEBACK_HEADING + report);
			}
			vm.decref(exc);
		} finally {
			vm.heap.release(finalizer, EXITFUNC_LOCAL);
		}
		if (stop) break;
	}
	vm.finalizersShutDown = true;
}

/**
 * `sys.excepthook(*sys.exc_info())` in _exitfunc: false when the hook raised, which ends _exitfunc (its finally
 * stops the finalizers left) and atexit reports the error.
 */
function callHookAtExit(vm: VM, hook: PyObject, exc: PyExceptionObject): boolean {
	try {
		vm.decref(vm.callObject(hook, [exc.cls, exc, exc.traceback ?? vm.None]));
		return true;
	} catch (e) {
		const error = vm.exceptionOf(e);
		vm.writeStderr(`Exception ignored in atexit callback: <bound method finalize._exitfunc of <class 'weakref.finalize'>>\n${formatException(vm, error)}`);
		vm.decref(error);
		return false;
	}
}

/** finalize.atexit's setter: it changes the _Info record of a live finalizer and ignores a dead one. */
export function setFinalizeAtexit(vm: VM, finalizer: PyFinalize, value: PyObject): void {
	const atexit = vm.truthy(value);
	if (vm.liveFinalizers.includes(finalizer)) finalizer.atexit = atexit;
}

/** (obj, func, args, kwargs) while alive, else None; detach() also unregisters. */
function finalizerState(vm: VM, finalizer: PyFinalize, detach: boolean): PyObject {
	const target = finalizer.weakref?.referent;
	if (!target || !vm.liveFinalizers.includes(finalizer)) return vm.incref(vm.None);
	const state = vm.tuple([...[target, finalizer.func!, finalizer.args!].map((o) => vm.incref(o)), finalizer.kwargs ? vm.incref(finalizer.kwargs) : vm.dict()]);
	if (detach) {
		unregister(vm, finalizer);
		for (const o of finalizer.releaseReferences()) vm.decref(o);
		vm.heap.observer?.contentChanged(finalizer);
	}
	return state;
}

export function installFinalizeMethods(): void {
	defineMethods(T.finalize, {
		detach: (vm, _args, _kw, self) => finalizerState(vm, self as PyFinalize, true),
		peek: (vm, _args, _kw, self) => finalizerState(vm, self as PyFinalize, false),
	});
}
