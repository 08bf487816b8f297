// Per-instruction attribute caches, as CPython 3.11 specializes LOAD_ATTR and STORE_ATTR into
// LOAD_ATTR_INSTANCE_VALUE and STORE_ATTR_INSTANCE_VALUE for the type an instruction last saw. The generic
// path asks for the class's attribute hooks, walks the MRO cache, tests a dozen descriptor kinds and the
// instance layout at every access; a site that saw a plain attribute of a class before only checks that the
// class and the classes' version are still the ones it learned, then reads or writes the inline value. Only
// counts and order matter to the simulation, and they are the generic path's: the fast path does exactly
// the generic path's reference work, in the same order.
import type { PyObject } from "../heap/object";
import { PyInstance } from "../heap/instances";
import { currentClassesVersion, T, type PyClass } from "../heap/classes";
import { PyFunction } from "../heap/callables";
import { instanceLayout, type SharedKeys } from "../heap/shared-keys";
import { ownHooks, type AttributeOwner } from "../heap/subclass-instances";
import type { CodeObject } from "../compile/code";
import type { VM } from "./vm";

export class AttributeSite {
	/** The class whose instances this site last found plain, and the classes' version it checked then. */
	cls: PyClass | null = null;
	version = -1;
}

/** The site of the instruction at `pc`, made on its first run. */
export function attributeSite(code: CodeObject, pc: number): AttributeSite {
	return (code.attributeSites[pc] ??= new AttributeSite());
}

/**
 * Whether the generic lookup of `name` on an instance of `cls` without a __dict__ object ends at the
 * instance's own inline value when it has one: no __getattr__ or __getattribute__ of the class's own, and
 * nothing in the class that would come first (a data descriptor: property, slot, a descriptor with __set__).
 * A method may share the name: an instance's own value shadows it.
 */
function readsInlineValue(cls: PyClass, name: string): boolean {
	const hooks = ownHooks(cls);
	if (hooks.getattr !== undefined || hooks.getattribute !== undefined) return false;
	const clsAttr = cls.lookup(name);
	// A slot whose descriptor the class lost keeps its value, which only that descriptor could reach.
	return (clsAttr === undefined || clsAttr instanceof PyFunction) && !instanceLayout(cls).slots.has(name);
}

/** Whether storing `name` on such an instance is a plain store of an inline value (storeInlineValue). */
function storesInlineValue(cls: PyClass, name: string): boolean {
	if (ownHooks(cls).setattr !== undefined || name === "__dict__" || name === "__class__") return false;
	// An exception keeps no inline values: its fields are its own, the rest go to its __dict__.
	if (cls.isSubclassOf(T.BaseException)) return false;
	const clsAttr = cls.lookup(name);
	if (clsAttr !== undefined && !(clsAttr instanceof PyFunction)) return false;
	const layout = instanceLayout(cls);
	return layout.hasDict && !layout.slots.has(name);
}

function learned(site: AttributeSite, cls: PyClass, name: string, plain: (cls: PyClass, name: string) => boolean): boolean {
	if (site.cls === cls && site.version === currentClassesVersion()) return true;
	if (!plain(cls, name)) return false;
	site.cls = cls;
	site.version = currentClassesVersion();
	return true;
}

/** LOAD_ATTR's fast path: a new reference to `owner.name`, or undefined where the generic path must answer. */
export function readInlineValue(vm: VM, site: AttributeSite, owner: PyObject, name: string): PyObject | undefined {
	if (!(owner instanceof PyInstance) || owner.dict !== null || !learned(site, owner.cls, name, readsInlineValue)) return undefined;
	const value = owner.attrs.get(name);
	return value === undefined ? undefined : vm.incref(value);
}

/** STORE_ATTR's fast path: whether it stored `value` (else the generic path must). */
export function writeInlineValue(vm: VM, site: AttributeSite, owner: PyObject, name: string, value: PyObject): boolean {
	if (!(owner instanceof PyInstance) || owner.dict !== null || !learned(site, owner.cls, name, storesInlineValue)) return false;
	return storeInlineValue(vm, owner, name, value, instanceLayout(owner.cls).sharedKeys);
}

/**
 * _PyObject_StoreInstanceAttribute for values kept inline (or a slot, with no keys to share): false, storing
 * nothing, when the name is new and the class's shared keys are full (the instance then needs a dict).
 */
export function storeInlineValue(vm: VM, owner: AttributeOwner, name: string, value: PyObject, sharedKeys: SharedKeys | null): boolean {
	const old = owner.attrs.get(name);
	if (old === undefined && sharedKeys && sharedKeys.insert(name) === undefined) return false;
	owner.attrs.set(name, vm.incref(value));
	vm.heap.observer?.contentChanged(owner);
	if (old) vm.decref(old);
	return true;
}
