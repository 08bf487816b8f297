// abc's deprecated abstractclassmethod, abstractstaticmethod and abstractproperty: Python subclasses of
// classmethod, staticmethod and property in Lib/abc.py. pymem makes their instances natively, as the builtin
// descriptor with the subclass as its type: the first two mark their callable `__isabstractmethod__ = True`
// before wrapping it (their __init__), and a property subclass's instance keeps its __doc__ in its own dict.
import type { PyObject } from "../heap/object";
import { PyDescriptor } from "../heap/callables";
import { T, type PyClass } from "../heap/classes";
import { dictSet } from "../vm/dicts";
import { setAttr } from "../vm/attribute-writes";
import type { VM } from "../vm/vm";
import { moduleType } from "./types";
import { setPropertyDoc } from "./property-objects";
import { moduleTypeConstructors, type ModuleTypeConstructor } from "./module-type-constructors";

function markedDescriptor(kind: "classmethod" | "staticmethod", type: PyClass): ModuleTypeConstructor {
	return (vm, args, kw) => {
		if (kw?.size) vm.raise("TypeError", `${type.name}.__init__() got an unexpected keyword argument '${[...kw.keys()][0]}'`);
		if (args.length !== 1) vm.raise("TypeError", args.length ? `${type.name}.__init__() takes 2 positional arguments but ${args.length + 1} were given` : `${type.name}.__init__() missing 1 required positional argument: 'callable'`);
		setAttr(vm, args[0]!, "__isabstractmethod__", vm.True);
		const made = vm.constructBuiltin(T[kind], args, null) as PyDescriptor;
		made.subtype = type;
		return made;
	};
}

/** property_init for a subclass: the doc (given, else the getter's, else None) goes in the instance's dict. */
function abstractProperty(type: PyClass): ModuleTypeConstructor {
	return (vm, args, kw) => {
		const made = vm.constructBuiltin(T.property, args, kw) as PyDescriptor;
		made.subtype = type;
		const given = args[3] ?? kw?.get("doc");
		// A subclass's prop_doc keeps only the doc given: the getter's goes in the instance's dict.
		if (made.getterDoc) setPropertyDoc(vm, made, given ?? null);
		const fget = made.parts[0];
		let doc: PyObject | undefined = given && given !== vm.None ? vm.incref(given) : undefined;
		if (!doc && fget && fget !== vm.None) {
			const own = vm.lookupAttrOf(fget, "__doc__");
			if (own && own !== vm.None) doc = own;
			else if (own) vm.decref(own);
		}
		made.dict = vm.dict();
		vm.heap.observer?.contentChanged(made);
		dictSet(vm, made.dict, vm.intern("__doc__"), doc ?? vm.None);
		if (doc) vm.decref(doc);
		return made;
	};
}

let types: PyClass[] | null = null;

/** The three classes, made once per process. */
export function abcDecoratorTypes(): PyClass[] {
	if (types) return types;
	const classmethod = moduleType("abstractclassmethod", "abc", T.classmethod);
	const staticmethod = moduleType("abstractstaticmethod", "abc", T.staticmethod);
	const property = moduleType("abstractproperty", "abc", T.property);
	moduleTypeConstructors.set(classmethod, markedDescriptor("classmethod", classmethod));
	moduleTypeConstructors.set(staticmethod, markedDescriptor("staticmethod", staticmethod));
	moduleTypeConstructors.set(property, abstractProperty(property));
	types = [classmethod, staticmethod, property];
	return types;
}

export function installAbcDecorators(vm: VM, dict: import("../heap/containers").PyDict): void {
	for (const cls of abcDecoratorTypes()) vm.dictSetStr(dict, cls.name, cls);
}
