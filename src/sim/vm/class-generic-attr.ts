// object.__getattribute__ applied to a class: PyObject_GenericGetAttr, not type_getattro. It reads the class's own
// __dict__ only (an inherited attribute is missing), returns what it finds there as it is (a function stays a
// function, a classmethod object unbound), and binds what the metatype has to the class.
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import { lookupAttr, metatypeAttributeGet } from "./attributes";
import { isDataDescriptorOf, metatypeAttribute } from "./metaclasses";
import { isUserDataDescriptor } from "./user-descriptors";
import type { VM } from "./vm";

/** type's getsets and members (and object's __class__): data descriptors of the metatype, read as type_getattro does. */
const TYPE_DATA_DESCRIPTORS: ReadonlySet<string> = new Set([
	"__name__", "__qualname__", "__bases__", "__module__", "__abstractmethods__", "__dict__", "__doc__", "__text_signature__",
	"__annotations__", "__basicsize__", "__itemsize__", "__flags__", "__weakrefoffset__", "__base__", "__dictoffset__", "__mro__",
	"__class__",
]);

/** PyObject_GenericGetAttr(cls, name): the attribute (a new reference), or undefined when there is none. */
export function classGenericAttr(vm: VM, cls: PyClass, name: string): PyObject | undefined {
	if (TYPE_DATA_DESCRIPTORS.has(name)) return lookupAttr(vm, cls, name);
	const metaAttr = metatypeAttribute(cls, name);
	if (isDataDescriptorOf(metaAttr, isUserDataDescriptor)) return metatypeAttributeGet(vm, cls, metaAttr!, name);
	const own = cls.dict.get(name);
	if (own !== undefined) return vm.incref(own);
	if (metaAttr !== undefined) return metatypeAttributeGet(vm, cls, metaAttr, name);
	// type's attributes pymem answers without a dict entry (mro...): what C.name finds when no class in C's MRO has it.
	return cls.lookup(name) === undefined ? lookupAttr(vm, cls, name) : undefined;
}
