// What a weak proxy does with the operations it receives (Objects/weakrefobject.c's proxy slots): each one is
// forwarded to the referent, or raises ReferenceError once the referent is dead. Most slots hold a reference to
// the referent (and to the other operand) while they run, so a method reached through a proxy sees one more
// reference than a direct call; rich comparison does not.
import type { PyObject } from "../heap/object";
import { PyWeakProxy } from "../heap/weakrefs";
import type { VM } from "./vm";

const DEAD = "weakly-referenced object no longer exists";
const IN_USE = "referent of a weak proxy in use";
const OPERAND = "operand of a weak proxy's operator";

/** The referent of a live proxy (borrowed); ReferenceError for a dead one (proxy_checkref). */
export function proxyReferent(vm: VM, proxy: PyWeakProxy): PyObject {
	return proxy.referent ?? vm.raise("ReferenceError", DEAD);
}

/** `o` itself, or the referent a proxy stands for (UNWRAP): borrowed. */
export function unwrapProxy(vm: VM, o: PyObject): PyObject {
	return o instanceof PyWeakProxy ? proxyReferent(vm, o) : o;
}

/** Run `use` on the referent, holding a reference to it meanwhile (the proxy slots' strong reference). */
export function throughProxy<R>(vm: VM, proxy: PyWeakProxy, use: (referent: PyObject) => R): R {
	const referent = proxyReferent(vm, proxy);
	return vm.heap.whileHeld(referent, IN_USE, () => use(referent));
}

/** WRAP_BINARY and WRAP_TERNARY: both operands unwrapped and held while the generic operation runs. */
export function throughProxies<R>(vm: VM, a: PyObject, b: PyObject, use: (a: PyObject, b: PyObject) => R): R {
	const x = unwrapProxy(vm, a);
	const y = unwrapProxy(vm, b);
	vm.heap.hold(x, a instanceof PyWeakProxy ? IN_USE : OPERAND);
	vm.heap.hold(y, b instanceof PyWeakProxy ? IN_USE : OPERAND);
	try {
		return use(x, y);
	} finally {
		vm.heap.release(x, a instanceof PyWeakProxy ? IN_USE : OPERAND);
		vm.heap.release(y, b instanceof PyWeakProxy ? IN_USE : OPERAND);
	}
}

/** Whether an operation on `a` and `b` goes through a proxy's slot. */
export function involvesProxy(a: PyObject, b: PyObject): boolean {
	return a instanceof PyWeakProxy || b instanceof PyWeakProxy;
}

/** proxy_repr: `<weakproxy at 0x... to Node at 0x...>`; a dead proxy's referent reads as None. */
export function proxyRepr(vm: VM, proxy: PyWeakProxy, address: (o: PyObject) => string): string {
	const referent = proxy.referent ?? vm.None;
	return `<weakproxy at ${address(proxy)} to ${referent.cls.name} at ${address(referent)}>`;
}

/** Proxies have no tp_hash: they would change hash when their referent dies. */
export function unhashableProxy(vm: VM, proxy: PyWeakProxy): never {
	return vm.raise("TypeError", `unhashable type: '${proxy.typeName}'`);
}

/** proxy_call: only a CallableProxyType calls its referent; a ProxyType is not callable at all. */
export function callProxy(vm: VM, proxy: PyWeakProxy, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	if (!proxy.callable) return vm.raise("TypeError", `'${proxy.typeName}' object is not callable`);
	return throughProxy(vm, proxy, (referent) => vm.callObject(referent, args, kwargs));
}
