// Attributes every object of a kind has without a dict entry: __class__, __name__, __dict__, args...
import { layoutMember, typeLayout } from "./type-layout";
import { isScalarInstance } from "../heap/scalar-instances";
import type { PyObject } from "../heap/object";
import { PyInt, PyBool, PyFloat, PyComplex } from "../heap/values";
import { PySlice, PyRange, PyDict, PyTuple } from "../heap/containers";
import { PyClass, PySlotDescriptor, T } from "../heap/classes";
import { PyExceptionObject } from "../heap/instances";
import { PyFunction, PyBoundMethod, PyCell, PyDescriptor, PyBuiltinFunction, PySlotWrapper, PySuper, PyModule, type NativeImpl } from "../heap/callables";
import { superStartType } from "./super-attr";
import { hasInstanceAttributes, isSubclassInstance } from "../heap/subclass-instances";
import { PyWeakref } from "../heap/weakrefs";
import { listAppend } from "./list-mutations";
import { PyGenerator, PyNativeGenerator } from "../heap/iterators";
import { PyCode } from "../compile/code";
import { materializeInstanceDict } from "./instance-dict";
import { instanceLayout } from "../heap/shared-keys";
import { PyFrameObject, PyTraceback } from "../heap/tracebacks";
import { PyTextStream } from "../heap/text-streams";
import type { VM } from "./vm";
import { classDictProxy, newMappingProxy } from "./mapping-proxy-ops";
import { PyDictView } from "../heap/views";
import { libraryObjectAttribute, orNone } from "./library-attrs";
import { codeAttribute, frameAttribute, generatorAttribute, nativeGeneratorAttribute } from "./execution-attrs";
import { functionAttribute } from "./function-attrs";
import { requireNoArguments, requireOneArgument } from "../builtins/arity";
import { copyProperty } from "../builtins/property-objects";
import { builtinDataDescriptor } from "./builtin-data-descriptors";
import { globalShared } from "../builtins/types";
import { refuseUnmodelledAttribute } from "./unmodelled-attributes";
export { functionDict } from "./function-attrs";

/** _PyObject_IsAbstract: the truth of `obj.__isabstractmethod__`, false when it has none. */
export function isAbstractObject(vm: VM, obj: PyObject): boolean {
	const flag = vm.lookupAttrOf(obj, "__isabstractmethod__");
	if (flag === undefined) return false;
	try {
		return vm.truthy(flag);
	} finally {
		vm.decref(flag);
	}
}

/** A staticmethod's or classmethod's __dict__, made when first needed (PyObject_GenericGetDict). */
export function descriptorDict(vm: VM, d: PyDescriptor): PyDict {
	if (!d.dict) {
		d.dict = vm.dict();
		vm.heap.observer?.contentChanged(d);
	}
	return d.dict;
}

/** SystemExit's code field (SystemExit_init sets it), null (None) while unset. */
export function systemExitCode(exc: PyExceptionObject): PyObject | null {
	return exc.attrs.get("code") ?? null;
}

export function objectAttribute(vm: VM, obj: PyObject, name: string): PyObject | undefined {
	if (name === "__class__") return vm.incref(obj.cls);
	if (obj instanceof PyClass) return classAttribute(vm, obj, name);
	if (obj instanceof PyExceptionObject) {
		if (name === "args") return orNone(vm, obj.args);
		if (name === "__traceback__") return orNone(vm, obj.traceback);
		if (name === "__cause__") return orNone(vm, obj.cause);
		if (name === "__context__") return orNone(vm, obj.context);
		if (name === "__suppress_context__") return vm.bool(obj.suppressContext);
	}
	if (hasInstanceAttributes(obj) && name === "__dict__" && instanceLayout(obj.cls).hasDict) {
		// Materialising __dict__ gives the instance a real dict object: its attributes move there for good.
		// PyObject_GenericGetDict gives an instance without inline values (a list or dict subclass's) an
		// ordinary new dict; only storing an attribute makes one that shares its class's keys.
		return vm.incref(obj.dict ?? materializeInstanceDict(vm, obj, !isSubclassInstance(obj)));
	}
	const fromLibrary = libraryObjectAttribute(vm, obj, name);
	if (fromLibrary !== undefined) return fromLibrary;
	if (obj instanceof PyFunction) {
		const own = functionAttribute(vm, obj, name);
		if (own !== undefined) return own;
	}
	if (obj instanceof PyCode) return codeAttribute(vm, obj.code, name);
	if (obj instanceof PyGenerator) return generatorAttribute(vm, obj, name);
	if (obj instanceof PyNativeGenerator) return nativeGeneratorAttribute(vm, obj, name);
	if (obj instanceof PyTraceback) {
		if (name === "tb_next") return orNone(vm, obj.next);
		if (name === "tb_frame") return orNone(vm, obj.frameObject);
		if (name === "tb_lineno") return vm.int(obj.lineno);
	}
	if (obj instanceof PyFrameObject) return frameAttribute(vm, obj, name);
	if (obj instanceof PyBuiltinFunction && name === "__name__") return vm.str(obj.name);
	if (obj instanceof PyBuiltinFunction && name === "__self__") {
		// A module's C function has its module as m_self (`len.__self__` is builtins), a module pymem lacks.
		if (!obj.self && !obj.owner && !obj.isStatic) vm.raise("TypeError", `pymem does not support the __self__ of a module's builtin function (${obj.name}) yet`);
		return orNone(vm, obj.isStatic ? null : obj.self);
	}
	// meth_get__qualname__, wrapper_qualname, descr_get_qualname: the owning type's qualname and the name.
	if (obj instanceof PyBuiltinFunction && name === "__qualname__") return vm.str(builtinQualname(obj));
	// A descriptor's and a method-wrapper's d_type; a builtin method has none.
	if (obj instanceof PyBuiltinFunction && name === "__objclass__" && obj.owner && (obj instanceof PySlotWrapper || !obj.self)) return vm.incref(obj.owner);
	if (obj instanceof PyBoundMethod) {
		if (name === "__self__") return orNone(vm, obj.self);
		if (name === "__func__") return orNone(vm, obj.func);
		// A builtin classmethod bound to its class (dict.fromkeys) is a builtin method of that class.
		if (name === "__qualname__" && obj.func instanceof PyBuiltinFunction && !obj.madeByMethodType && obj.self instanceof PyClass) return vm.str(`${obj.self.qualname}.${obj.func.name}`);
		if (obj.func) return vm.lookupAttrOf(obj.func, name);
	}
	// dictview_mapping: a read-only proxy of the viewed dict, new at each read.
	if (obj instanceof PyDictView && name === "mapping" && obj.dict) return newMappingProxy(vm, obj.dict);
	if (obj instanceof PyCell && name === "cell_contents") {
		if (!obj.ref) vm.raise("ValueError", "Cell is empty");
		return vm.incref(obj.ref);
	}
	if (obj instanceof PyDescriptor) {
		const accessor = ["getter", "setter", "deleter"].indexOf(name);
		if (obj.kind === "property" && accessor >= 0) {
			const copy: NativeImpl = (v, args, kw, self) => {
				requireOneArgument(v, `property.${name}`, args.length, kw);
				return copyProperty(v, self as PyDescriptor, accessor, args[0]!);
			};
			return vm.heap.register(new PyBuiltinFunction(name, copy, vm.incref(obj), T.property));
		}
		if (name === "__doc__" && obj.kind === "property" && !obj.subtype) return orNone(vm, obj.doc);
		// cm_get___isabstractmethod__, sm_get___isabstractmethod__, property_get___isabstractmethod__.
		if (name === "__isabstractmethod__") return vm.bool(obj.subtype !== null || obj.parts.some((p) => p !== null && p !== vm.None && isAbstractObject(vm, p)));
		if (name === "__func__" || name === "fget" || (name === "__wrapped__" && obj.kind !== "property")) return orNone(vm, obj.parts[0]);
		if (name === "__dict__" && (obj.kind !== "property" || obj.subtype)) return vm.incref(descriptorDict(vm, obj));
		if (name === "fset") return orNone(vm, obj.parts[1]);
		if (name === "fdel") return orNone(vm, obj.parts[2]);
	}
	if (obj instanceof PySuper) {
		if (name === "__thisclass__") return orNone(vm, obj.thisClass);
		if (name === "__self__") return orNone(vm, obj.obj);
		if (name === "__self_class__") return orNone(vm, superStartType(obj));
	}
	if (obj instanceof PySlotDescriptor) {
		if (name === "__objclass__") return orNone(vm, obj.objclass);
		if (name === "__name__" || name === "__qualname__") return vm.str(name === "__name__" ? obj.name : `${obj.objclass?.name}.${obj.name}`);
		// A __slots__ member has no doc (3.11 drops the docstrings a dict __slots__ gives); a builtin type's has its own.
		if (name === "__doc__" && obj.kind === "member" && obj.objclass && !obj.objclass.builtin) return vm.incref(vm.None);
	}
	if (obj instanceof PyTextStream) {
		if (name === "name") return vm.str(obj.streamName);
		if (name === "mode") return vm.str(obj.mode);
		if (name === "encoding") return vm.str("utf-8");
		if (name === "closed") return vm.bool(obj.readable && vm.standardInput.closed);
	}
	if (obj instanceof PySlice && (name === "start" || name === "stop" || name === "step")) return vm.incref(obj[name]);
	if (obj instanceof PyRange && (name === "start" || name === "stop" || name === "step")) return vm.int(obj[name]);
	// int_int and float_float: an exact int or float is its own real part (a bool's is an int).
	// long_long and float_float: a subclass's instance gives an exact copy.
	if (obj instanceof PyInt && (name === "real" || name === "numerator")) return obj instanceof PyBool || isScalarInstance(obj) ? vm.int(obj.value) : vm.incref(obj);
	if (obj instanceof PyFloat && (name === "real" || name === "imag")) return name === "real" ? (isScalarInstance(obj) ? vm.float(obj.value) : vm.incref(obj)) : vm.float(0);
	if (obj instanceof PyInt && name === "imag") return vm.int(0);
	if (obj instanceof PyInt && name === "denominator") return vm.int(1);
	// complex's real and imag members make new floats.
	if (obj instanceof PyComplex && (name === "real" || name === "imag")) return vm.float(name === "real" ? obj.re : obj.im);
	return undefined;
}

function classAttribute(vm: VM, cls: PyClass, name: string): PyObject | undefined {
	const layoutValue = layoutMember(name);
	if (layoutValue) {
		const layout = typeLayout(cls);
		if (!layout) return vm.raise("TypeError", `pymem does not support ${cls.name}.${name} yet`);
		return vm.int(layout[layoutValue]);
	}
	switch (name) {
		case "__name__":
			return cls.nameObject ? vm.incref(cls.nameObject) : vm.str(cls.name);
		case "__qualname__":
			return cls.qualnameObject ? vm.incref(cls.qualnameObject) : vm.str(cls.qualname);
		case "__module__":
			return vm.str(cls.module);
		case "__mro__":
			if (cls.mroTuple) return revealed(vm, cls.mroTuple);
			return cls.builtin ? builtinTypeTuple(cls, "__mro__") : vm.tuple(cls.mro.map((c) => vm.incref(c)));
		case "__bases__":
			if (cls.basesTuple) return revealed(vm, cls.basesTuple);
			return cls.builtin ? builtinTypeTuple(cls, "__bases__") : vm.tuple(cls.bases.map((c) => vm.incref(c)));
		case "__base__":
			return orNone(vm, cls.builtin ? cls.bases[0] : cls.base);
		case "mro":
		case "__subclasses__":
			// type's method bound to the class (type's own dict holds the unbound ones, `type.mro`).
			return vm.heap.register(new PyBuiltinFunction(name, TYPE_INTROSPECTION[name], vm.incref(cls), T.type));
		case "__doc__":
			// type_new gives every class a __doc__ (None without a docstring); a docstring is in its dict.
			return vm.incref(cls.dict.get("__doc__") ?? vm.None);
		case "__dict__":
			return classDictProxy(vm, cls);
	}
	const descriptor = builtinDataDescriptor(cls, name);
	return descriptor && vm.incref(descriptor);
}

const builtinTypeTuples = new Map<PyClass, { __mro__?: PyTuple; __bases__?: PyTuple }>();

/** A builtin type's tp_mro or tp_bases: one tuple made when the type was readied, shared like the type. */
function builtinTypeTuple(cls: PyClass, name: "__mro__" | "__bases__"): PyTuple {
	let tuples = builtinTypeTuples.get(cls);
	if (!tuples) builtinTypeTuples.set(cls, (tuples = {}));
	return (tuples[name] ??= globalShared(new PyTuple(name === "__mro__" ? [...cls.mro] : [...cls.bases])));
}

/** type.mro (a new list of the MRO each call) and type.__subclasses__, both METH_NOARGS. */
const TYPE_INTROSPECTION: Readonly<Record<"mro" | "__subclasses__", NativeImpl>> = {
	mro: (vm, args, _kw, self) => {
		requireNoArguments(vm, `${(self as PyClass).qualname}.mro`, args.length);
		return vm.list((self as PyClass).mro.map((c) => vm.incref(c)));
	},
	__subclasses__: (vm, args, _kw, self) => {
		const cls = self as PyClass;
		requireNoArguments(vm, `${cls.qualname}.__subclasses__`, args.length);
		// A builtin type's tp_subclasses (object's holds every class of the runtime) is not simulated.
		if (cls.builtin) return vm.raise("TypeError", `pymem does not support ${cls.name}.__subclasses__() of a builtin type yet`);
		return liveSubclasses(vm, cls);
	},
};

/** type's own method descriptors `mro` and `__subclasses__` (`type.mro(C)`, reached by a metaclass too). */
export function installTypeIntrospection(): void {
	for (const name of ["mro", "__subclasses__"] as const) T.type.dict.set(name, globalShared(new PyBuiltinFunction(name, TYPE_INTROSPECTION[name], null, T.type)));
}

/** A hidden part of a class the program now holds: the trace shows it from here on. */
function revealed(vm: VM, part: PyObject): PyObject {
	vm.heap.reveal(part);
	return vm.incref(part);
}

/** A getset or member descriptor read through an instance (`__dict__`, `__weakref__`, a __slots__ value); undefined when unset. */
export function slotDescriptorGet(vm: VM, descriptor: PySlotDescriptor, obj: PyObject): PyObject | undefined {
	if (descriptor.name === "__weakref__") {
		const head = weakrefListHead(obj);
		return head ? revealed(vm, head) : vm.incref(vm.None);
	}
	if (descriptor.readsObject) {
		const value = objectAttribute(vm, obj, descriptor.name);
		if (!value) refuseUnmodelledAttribute(vm, obj, descriptor.name);
		return value;
	}
	if (descriptor.kind === "getset") return objectAttribute(vm, obj, descriptor.name);
	const value = hasInstanceAttributes(obj) ? obj.attrs.get(descriptor.name) : undefined;
	// A builtin type's T_OBJECT member (an exception's name, obj...) reads None while unset.
	if (!value && descriptor.objclass?.builtin) return vm.incref(vm.None);
	return value && vm.incref(value);
}

/** The head of CPython's weakref list (the list is kept in its order). */
function weakrefListHead(obj: PyObject): PyObject | undefined {
	return obj.weakrefs?.[0];
}

/** _PyType_GetSubclasses: a new list, appended to in tp_subclasses' order, of the subclasses still alive. */
function liveSubclasses(vm: VM, cls: PyClass): PyObject {
	const list = vm.list([]);
	const refs = cls.subclasses instanceof PyDict ? [...cls.subclasses.entries.values()].map((e) => e.value) : [];
	for (const ref of refs) {
		const subclass = ref instanceof PyWeakref ? ref.referent : null;
		if (subclass) listAppend(vm, list, subclass);
	}
	return list;
}

/**
 * meth_get__qualname__ (a builtin bound to a class or an instance names that type), descr_get_qualname and
 * wrapper_qualname (the type the descriptor belongs to); a function of no type is its name alone.
 */
function builtinQualname(o: PyBuiltinFunction): string {
	const self = o.self;
	const type = (o.owner && !self) || o instanceof PySlotWrapper ? o.owner : !self || self instanceof PyModule ? null : self instanceof PyClass ? self : self.cls;
	return type ? `${type.qualname}.${o.name}` : o.name;
}
