// ctypes: the integer types and py_object, enough for the memory-teaching idiom of reading a count without
// getrefcount's extra reference: ctypes.c_long.from_address(id(x)).value. pymem has no memory to read: a view
// reads the object that id() gave its address (or the one that reused it), see vm/ctypes-access.ts.
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyDescriptor, type NativeImpl, type PyModule } from "../heap/callables";
import { PyInt } from "../heap/values";
import { CTYPES_CLASSES, PyCData, SIMPLE_CTYPES, asCValue, isSimpleCTypeName } from "../heap/ctypes-data";
import { globalShared, nativeFunction, notSupportedYet } from "./types";
import type { VM } from "../vm/vm";
import { requireOneArgument } from "./arity";

/** The classes pymem has, and the names they go by on 64-bit Linux (c_ssize_t is c_long there). */
const ALIASES: Record<string, keyof typeof SIMPLE_CTYPES> = {
	c_ssize_t: "c_long", c_longlong: "c_long", c_int64: "c_long",
	c_size_t: "c_ulong", c_ulonglong: "c_ulong", c_uint64: "c_ulong",
	c_int32: "c_int", c_uint32: "c_uint",
};

type CtypesClassName = keyof typeof SIMPLE_CTYPES | "py_object";

/** Made once per process, like the builtin types (their natives take the VM as a parameter). */
let classes: Record<CtypesClassName, PyClass> | null = null;

function ctypesClass(name: string, base: PyClass, module: string): PyClass {
	const cls = globalShared(new PyClass(name, [base], true, name, module));
	cls.mro = [cls, ...base.mro];
	CTYPES_CLASSES.add(cls);
	return cls;
}

function ctypesClasses(): Record<CtypesClassName, PyClass> {
	if (classes) return classes;
	const simpleBase = ctypesClass("_SimpleCData", ctypesClass("_CData", T.object, "_ctypes"), "_ctypes");
	const made = {} as Record<CtypesClassName, PyClass>;
	for (const name of [...Object.keys(SIMPLE_CTYPES), "py_object"] as CtypesClassName[]) {
		const cls = ctypesClass(name, simpleBase, "ctypes");
		// A method of their metaclass (PyCSimpleType) in CPython: a classmethod, as dict.fromkeys is, here.
		cls.dict.set("from_address", globalShared(new PyDescriptor("classmethod", [nativeFunction("from_address", fromAddress)])));
		made[name] = cls;
	}
	return (classes = made);
}

function ctypeOf(o: PyObject | undefined): CtypesClassName | null {
	const cls = o instanceof PyClass ? o : o instanceof PyCData ? o.ctype : null;
	if (!cls || !classes) return null;
	return (Object.keys(classes) as CtypesClassName[]).find((name) => classes![name] === cls) ?? null;
}

/** An address argument: ctypes takes an int (PyLong_AsVoidPtr); pymem then reads only addresses id() gave. */
function addressArgument(vm: VM, o: PyObject, call: string): number {
	if (!(o instanceof PyInt)) return vm.raise("TypeError", "integer expected");
	const address = Number(o.value);
	if (vm.heap.addresses?.objectAt(address) === undefined) {
		vm.raise("TypeError", `pymem does not support ${call} of an address id() did not give yet (it reads only an object's reference count, at the address id() returned for it)`);
	}
	return address;
}

/** CDataType_from_address: a view of the memory at the address, holding no reference to what is there. */
const fromAddress: NativeImpl = (vm, args, kw) => {
	const [cls, address] = args;
	const name = ctypeOf(cls)!;
	requireOneArgument(vm, `${name}.from_address`, args.length - 1, kw);
	// It would read ob_refcnt as an object pointer.
	if (name === "py_object") vm.raise("TypeError", "pymem does not support ctypes.py_object.from_address yet (use ctypes.cast(address, ctypes.py_object))");
	return vm.heap.register(new PyCData(cls as PyClass, 0n, addressArgument(vm, address!, `ctypes.${name}.from_address`)));
};

/** c_long(5), c_int(), py_object(x): Simple_init takes at most one argument and ignores keywords, as 3.11 does. */
export const CTYPES_CONSTRUCTORS: Record<string, (vm: VM, args: PyObject[]) => PyObject> = Object.fromEntries(
	([...Object.keys(SIMPLE_CTYPES), "py_object"] as CtypesClassName[]).map((name) => [
		name,
		(vm: VM, args: PyObject[]) => {
			if (args.length > 1) vm.raise("TypeError", `__init__ expected at most 1 argument, got ${args.length}`);
			const cls = ctypesClasses()[name];
			const value = args[0];
			if (isSimpleCTypeName(name)) return vm.heap.register(new PyCData(cls, value ? asCValue(name, vm.intValueBig(value)) : 0n, null));
			return vm.heap.register(new PyCData(cls, 0n, null, value ? vm.incref(value) : null));
		},
	]),
);

/** ctypes.cast(address, ctypes.py_object): a py_object viewing the object at an address id() gave. */
function cast(vm: VM, args: PyObject[]): PyObject {
	if (args.length !== 2) vm.raise("TypeError", `cast() missing ${2 - args.length} required positional argument${args.length === 1 ? "" : "s"}: ${args.length === 1 ? "'typ'" : "'obj' and 'typ'"}`);
	const [obj, typ] = args as [PyObject, PyObject];
	const target = ctypeOf(typ);
	if (target !== null && target !== "py_object") vm.raise("TypeError", `cast() argument 2 must be a pointer type, not ${target}`);
	if (target === null) vm.raise("TypeError", "pymem does not support ctypes.cast to anything but ctypes.py_object yet");
	if (!(obj instanceof PyInt)) return vm.raise("TypeError", `pymem does not support ctypes.cast of a '${obj.typeName}' object yet (only of an address from id())`);
	return vm.heap.register(new PyCData(ctypesClasses().py_object, 0n, addressArgument(vm, obj, "ctypes.cast")));
}

/** ctypes.sizeof(type or instance): 64-bit Linux sizes. */
function sizeofCtype(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	requireOneArgument(vm, "_ctypes.sizeof", args.length, kw);
	const name = ctypeOf(args[0]);
	if (name === null) return vm.raise("TypeError", "this type has no size");
	return vm.int(name === "py_object" ? 8 : SIMPLE_CTYPES[name].size);
}

/** ctypes' other public names: using one says pymem lacks it (an AttributeError would say Python does). */
const NOT_YET = [
	"ARRAY", "Array", "ArgumentError", "BigEndianStructure", "BigEndianUnion", "CDLL", "CFUNCTYPE", "LibraryLoader", "LittleEndianStructure",
	"LittleEndianUnion", "POINTER", "PYFUNCTYPE", "PyDLL", "SetPointerType", "Structure", "Union", "addressof", "alignment", "byref",
	"c_bool", "c_buffer", "c_byte", "c_char", "c_char_p", "c_double", "c_float", "c_int16", "c_int8", "c_longdouble", "c_short", "c_ubyte",
	"c_uint16", "c_uint8", "c_ushort", "c_void_p", "c_voidp", "c_wchar", "c_wchar_p", "cdll", "create_string_buffer",
	"create_unicode_buffer", "get_errno", "memmove", "memset", "pointer", "pydll", "pythonapi", "resize", "set_errno", "string_at", "wstring_at",
];

/** Objects CPython reaches through (ctypes.pythonapi.Py_IncRef): reading any attribute of their stand-ins says pymem lacks them. */
export const CTYPES_NAMESPACES: ReadonlySet<string> = new Set(["cdll", "pydll", "pythonapi"]);

export const CTYPES_FUNCTIONS: Record<string, NativeImpl> = {
	sizeof: sizeofCtype,
	cast: (vm, args) => cast(vm, args),
	...notSupportedYet(NOT_YET, (name) => `ctypes.${name}`),
};

export function installCtypesTypes(vm: VM, module: PyModule): void {
	const made = ctypesClasses();
	for (const [name, cls] of Object.entries(made)) vm.dictSetStr(module.dict, name, cls);
	for (const [alias, name] of Object.entries(ALIASES)) vm.dictSetStr(module.dict, alias, made[name]);
}
