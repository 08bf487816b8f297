// A builtin type's getsets and members (int.real, slice.start, property.fget) are objects in its C type's dict.
// pymem reads those attributes through the object itself (special-attrs.ts), so their descriptors exist only for
// a class-level read (`int.real`, `MyInt.real`) that returns one: each is made on first read and kept, so
// `int.real is int.real` holds as in CPython.
import { PyClass, PySlotDescriptor } from "../heap/classes";
import { globalShared } from "../builtins/types";
import { CPYTHON_DATA_DESCRIPTORS } from "./cpython-attribute-names";

type DescriptorKind = PySlotDescriptor["kind"];

const kindsByType = new Map<string, ReadonlyMap<string, DescriptorKind>>();
const made = new Map<PyClass, Map<string, PySlotDescriptor>>();

function dataDescriptorKinds(typeName: string): ReadonlyMap<string, DescriptorKind> | undefined {
	let kinds = kindsByType.get(typeName);
	const listed = CPYTHON_DATA_DESCRIPTORS[typeName];
	if (!kinds && listed !== undefined) {
		kinds = new Map(listed.split(" ").map((entry): [string, DescriptorKind] => {
			const [name, kind] = entry.split(":");
			return [name!, kind as DescriptorKind];
		}));
		kindsByType.set(typeName, kinds);
	}
	return kinds;
}

/** The getset or member `name` that the first builtin class of cls's MRO owning one has in CPython, if any. */
export function builtinDataDescriptor(cls: PyClass, name: string): PySlotDescriptor | undefined {
	for (const owner of cls.mro) {
		if (!owner.builtin) continue;
		const kind = dataDescriptorKinds(owner.name)?.get(name);
		if (kind === undefined) continue;
		let own = made.get(owner);
		if (!own) made.set(owner, (own = new Map<string, PySlotDescriptor>()));
		let descriptor = own.get(name);
		if (!descriptor) own.set(name, (descriptor = globalShared(new PySlotDescriptor(kind, name, owner, false, true))));
		return descriptor;
	}
	return undefined;
}
