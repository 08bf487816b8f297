// The exceptions' tp_init: BaseException_init (no keywords; args becomes the argument tuple) and the ones of
// ImportError, AttributeError and NameError, which also take keyword-only fields (name=, path=, obj=), and
// the fields the interpreter fills in when it raises them itself (set_attribute_error_context,
// format_exc_check_arg). The fields live with the instance's slots (EXCEPTION_FIELDS).
import type { PyObject } from "../heap/object";
import { T, PySlotDescriptor, type PyClass } from "../heap/classes";
import { PyTuple } from "../heap/containers";
import { PyInt } from "../heap/values";
import { PySlotWrapper, type NativeImpl } from "../heap/callables";
import type { PyExceptionObject } from "../heap/instances";
import { EXCEPTION_FIELDS } from "../heap/shared-keys";
import type { VM } from "./vm";
import { isUnicodeErrorOwner, setUnicodeErrorFields } from "./unicode-errors";
import { setSyntaxErrorFields } from "./syntax-error-fields";

/** What setting a field needs (the object space also uses it while it makes an exception). */
type FieldSpace = Pick<VM, "incref" | "decref" | "heap" | "None" | "bytes" | "raise" | "collect" | "tuple">;

/** Each exception with an init of its own: the keyword-only parameters PyArg_ParseTupleAndKeywords takes. */
const KEYWORD_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
	ImportError: ["name", "path"],
	AttributeError: ["name", "obj"],
	NameError: ["name"],
	StopIteration: [],
	SystemExit: [],
	SyntaxError: [],
	OSError: [],
	UnicodeEncodeError: [],
	UnicodeDecodeError: [],
	UnicodeTranslateError: [],
	BaseExceptionGroup: [],
};

/** The READONLY members of the exceptions' tp_members. */
const READONLY_FIELDS = new Set(["BaseExceptionGroup"]);

/** The builtin class whose tp_init an exception of class `cls` inherits (BaseException for most). */
export function exceptionInitOwner(cls: PyClass): PyClass {
	for (const c of cls.mro) if (c.builtin && KEYWORD_PARAMETERS[c.name]) return c;
	return T.BaseException;
}

/**
 * The fields an init sets from the arguments: ImportError's msg (a lone argument), StopIteration's value
 * (the first, else None), SystemExit's code (a lone argument, else the args tuple; none leaves it).
 */
export function setFieldsFromArguments(vm: FieldSpace, exc: PyExceptionObject, owner: PyClass): void {
	const args = exc.args as PyTuple;
	const items = args.items;
	if (owner.name === "ImportError") setField(vm, exc, "msg", items.length === 1 ? items[0]! : null);
	else if (owner.name === "StopIteration") setField(vm, exc, "value", items[0] ?? vm.None);
	else if (owner.name === "SystemExit" && items.length > 0) setField(vm, exc, "code", items.length === 1 ? items[0]! : args);
	else if (owner.name === "OSError" && items.length >= 2 && items.length <= 5) setOSErrorFields(vm, exc, items);
	else if (owner.name === "SyntaxError") setSyntaxErrorFields(vm, items, (name, value) => setField(vm, exc, name, value));
	else if (isUnicodeErrorOwner(owner.name)) setUnicodeErrorFields(vm, owner.name, items, (name, value) => setField(vm, exc, name, value));
}

/**
 * oserror_init with 2 to 5 arguments: errno, strerror, filename, (winerror, ignored off Windows,) filename2; with
 * a file name args keeps only (errno, strerror).
 */
function setOSErrorFields(vm: FieldSpace, exc: PyExceptionObject, items: readonly PyObject[]): void {
	setField(vm, exc, "errno", items[0]!);
	setField(vm, exc, "strerror", items[1]!);
	const filename = items[2];
	if (!filename || filename === vm.None) return;
	setField(vm, exc, "filename", filename);
	if (items[4]) setField(vm, exc, "filename2", items[4]);
	const old = exc.args!;
	exc.args = vm.heap.register(new PyTuple([vm.incref(items[0]!), vm.incref(items[1]!)]));
	vm.heap.observer?.contentChanged(exc);
	vm.decref(old);
}

/** OSError_new: OSError called with an errno and a message makes the subclass errno_map gives that errno. */
export function osErrorClassFor(vm: Pick<VM, "exceptionClass">, cls: PyClass, args: readonly PyObject[]): PyClass {
	if (!cls.builtin || cls.name !== "OSError" || args.length < 2 || args.length > 5 || !(args[0] instanceof PyInt)) return cls;
	const name = ERRNO_SUBCLASSES.get(Number(args[0].value));
	return name ? vm.exceptionClass(name) : cls;
}

/** errno_map on Linux: the errno values each OSError subclass stands for. */
const ERRNO_SUBCLASSES = new Map<number, string>([
	[11, "BlockingIOError"], [114, "BlockingIOError"], [115, "BlockingIOError"],
	[10, "ChildProcessError"],
	[32, "BrokenPipeError"], [108, "BrokenPipeError"],
	[103, "ConnectionAbortedError"], [111, "ConnectionRefusedError"], [104, "ConnectionResetError"],
	[17, "FileExistsError"], [2, "FileNotFoundError"], [21, "IsADirectoryError"], [20, "NotADirectoryError"],
	[4, "InterruptedError"], [13, "PermissionError"], [1, "PermissionError"], [3, "ProcessLookupError"], [110, "TimeoutError"],
]);

/**
 * `owner`'s tp_init on `exc`. BaseException_init keeps `args` itself when it is a tuple already (a type
 * call's packed arguments), else a new tuple of the items. Errors leave `exc` to the caller.
 */
export function initException(vm: VM, exc: PyExceptionObject, owner: PyClass, args: PyTuple | readonly PyObject[], kwargs: ReadonlyMap<string, PyObject> | null): void {
	const keywords = KEYWORD_PARAMETERS[owner.name];
	if (!keywords?.length && kwargs?.size) vm.raise("TypeError", `${exc.cls.name}() takes no keyword arguments`);
	if (exc.args !== args) {
		const old = exc.args;
		exc.args = args instanceof PyTuple ? vm.incref(args) : vm.tuple(args.map((a) => vm.incref(a)));
		vm.heap.observer?.contentChanged(exc);
		if (old) vm.decref(old);
	}
	if (!keywords) return;
	if (!keywords.length) return setFieldsFromArguments(vm, exc, owner);
	const given = kwargs?.size ?? 0;
	if (given > keywords.length) {
		const s = keywords.length === 1 ? "" : "s";
		vm.raise("TypeError", `${owner.name}() takes at most ${keywords.length} keyword argument${s} (${given} given)`);
	}
	for (const keyword of kwargs?.keys() ?? []) {
		if (!keywords.includes(keyword)) vm.raise("TypeError", `'${keyword}' is an invalid keyword argument for ${owner.name}()`);
	}
	// Py_XSETREF: a field not given is cleared, in the order the C function sets them.
	for (const keyword of keywords) setField(vm, exc, keyword, kwargs?.get(keyword) ?? null);
	setFieldsFromArguments(vm, exc, owner);
}

/** A member of the exception's struct; null clears it (it reads as None then). */
export function setField(vm: FieldSpace, exc: PyExceptionObject, name: string, value: PyObject | null): void {
	const old = exc.attrs.get(name);
	if (value) exc.attrs.set(name, vm.incref(value));
	else exc.attrs.delete(name);
	vm.heap.observer?.contentChanged(exc);
	if (old) vm.decref(old);
}

/** The field of an exception whose class has it, else undefined. */
export function hasField(exc: PyExceptionObject, name: string): boolean {
	return EXCEPTION_FIELDS[exceptionInitOwner(exc.cls).name]?.includes(name) ?? false;
}

/**
 * set_attribute_error_context: an AttributeError leaving PyObject_GetAttr gets the name and the object, unless
 * it has either already.
 */
export function addAttributeErrorContext(vm: VM, exc: PyExceptionObject, obj: PyObject, name: string): void {
	if (!hasField(exc, "obj") || exc.attrs.has("name") || exc.attrs.has("obj")) return;
	setField(vm, exc, "name", vm.intern(name));
	setField(vm, exc, "obj", obj);
}

/** Each exception class's own `__init__` (a wrapper of its tp_init) and its fields' member descriptors. */
export function installExceptionInits(exceptionClasses: ReadonlyMap<string, PyClass>, shared: <O extends PyObject>(o: O) => O): void {
	for (const [name, cls] of exceptionClasses) {
		if (name !== "BaseException" && !KEYWORD_PARAMETERS[name]) continue;
		const init: NativeImpl = (vm, args, kwargs, self) => {
			initException(vm, self as PyExceptionObject, cls, args, kwargs);
			return vm.incref(vm.None);
		};
		const wrapper = new PySlotWrapper("__init__", init, null, cls);
		wrapper.slotFunction = init;
		cls.dict.set("__init__", shared(wrapper));
		for (const field of EXCEPTION_FIELDS[name] ?? []) cls.dict.set(field, shared(new PySlotDescriptor("member", field, cls, READONLY_FIELDS.has(name))));
	}
}
