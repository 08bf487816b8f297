// What a mappingproxy does (descrobject.c): made by types.MappingProxyType(mapping) and by every read of a
// class's __dict__ (type_dict), it forwards reads to its mapping and refuses writes.
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyDict, PyList, PyTuple } from "../heap/containers";
import { PyMappingProxy } from "../heap/mapping-proxy";
import { hasInstanceAttributes } from "../heap/subclass-instances";
import { isMappingObject } from "./abstract-checks";
import type { NativeImpl } from "../heap/callables";
import { defineMethods } from "../builtins/types";
import { reversed } from "../builtins/reversed";
import { dictSet } from "./dicts";
import type { VM } from "./vm";

/** PyDictProxy_New: a new proxy holding `mapping`, which must be a mapping but no list or tuple. */
export function newMappingProxy(vm: VM, mapping: PyObject): PyMappingProxy {
	if (!isMappingObject(mapping) || mapping instanceof PyList || mapping instanceof PyTuple) {
		const cls = mapping.cls;
		const name = cls.builtin && cls.module !== "builtins" ? `${cls.module}.${cls.name}` : cls.name;
		return vm.raise("TypeError", `mappingproxy() argument must be a mapping, not ${name}`);
	}
	const proxy = vm.heap.register(new PyMappingProxy(vm.incref(mapping)));
	vm.heap.observer?.contentChanged(proxy);
	return proxy;
}

/**
 * The tp_dict of each builtin type a program read __dict__ of, made once per run. CPython made them at
 * startup, so they are shared and allocate nothing of the program's; they hold the methods pymem has.
 */
const builtinTypeDicts = new WeakMap<VM, Map<PyClass, PyDict>>();

function builtinTypeDict(vm: VM, cls: PyClass): PyDict {
	let dicts = builtinTypeDicts.get(vm);
	if (!dicts) builtinTypeDicts.set(vm, (dicts = new Map<PyClass, PyDict>()));
	let dict = dicts.get(cls);
	if (!dict) {
		const made = vm.heap.asStartup(() => vm.heap.registerShared(vm.newDictUnregistered()));
		for (const [name, value] of cls.dict) dictSet(vm, made, vm.intern(name), value);
		dicts.set(cls, (dict = made));
	}
	return dict;
}

/** type_dict: C.__dict__ and vars(C) are a new proxy of the class's tp_dict, which the trace shows from then on. */
export function classDictProxy(vm: VM, cls: PyClass): PyMappingProxy {
	if (cls.builtin || !cls.namespace) return newMappingProxy(vm, builtinTypeDict(vm, cls));
	vm.heap.reveal(cls.namespace);
	return newMappingProxy(vm, cls.namespace);
}

/** The proxy's mapping (alive as long as the proxy). */
export function proxiedMapping(proxy: PyMappingProxy): PyObject {
	return proxy.mapping!;
}

/** mappingproxy_repr: `mappingproxy({...})` with the mapping's repr. */
export function mappingProxyRepr(vm: VM, proxy: PyMappingProxy): string {
	return `mappingproxy(${vm.repr(proxiedMapping(proxy))})`;
}

/**
 * mappingproxy_or and mappingproxy_ior: `|` unwraps either operand that is a proxy and asks again; `|=` on a
 * proxy is refused. Undefined when neither operand is a proxy (or a class written in Python on the left
 * answers first).
 */
export function mappingProxyOr(vm: VM, inplace: boolean, a: PyObject, b: PyObject, or: (x: PyObject, y: PyObject) => PyObject): PyObject | undefined {
	if (inplace && a instanceof PyMappingProxy) return vm.raise("TypeError", "'|=' is not supported by mappingproxy; use '|' instead");
	if (!(a instanceof PyMappingProxy) && !(b instanceof PyMappingProxy)) return undefined;
	if (inplace || hasInstanceAttributes(a)) return undefined;
	const left = a instanceof PyMappingProxy ? proxiedMapping(a) : a;
	const right = b instanceof PyMappingProxy ? proxiedMapping(b) : b;
	return or(left, right);
}

/** Each method calls the mapping's method of the same name (PyObject_CallMethod), as descrobject.c's do. */
function forwarded(name: string): NativeImpl {
	return (vm, _args, _kw, self) => vm.callMethod(proxiedMapping(self as PyMappingProxy), name, []);
}

const MAPPING_PROXY_METHODS: Record<string, NativeImpl> = {
	keys: forwarded("keys"),
	values: forwarded("values"),
	items: forwarded("items"),
	copy: forwarded("copy"),
	__reversed__: (vm, _args, _kw, self) => reversed(vm, [proxiedMapping(self as PyMappingProxy)], null, null),
	// mappingproxy_get passes the default (None when not given) on to the mapping's get.
	get: (vm, args, _kw, self) => vm.callMethod(proxiedMapping(self as PyMappingProxy), "get", [args[0]!, args[1] ?? vm.None]),
};

export function installMappingProxyMethods(): void {
	defineMethods(T.mappingproxy, MAPPING_PROXY_METHODS);
}
