// collections.namedtuple as Lib/collections/__init__.py (3.11) builds it: the field names checked with its
// messages, `__new__` compiled from the same lambda source its eval compiles (so calls bind and fail as
// CPython's do: "P.__new__() missing 1 required positional argument: 'y'"), the methods made by running
// namedtuple's own Python code for them (library-code.ts: the same functions, closures and cells), a
// _tuplegetter per field, then type(typename, (tuple,), class_namespace) and __module__ set from the caller.
import type { PyObject } from "../heap/object";
import { T } from "../heap/classes";
import type { PyList, PyTuple, PyDict } from "../heap/containers";
import { PyStr } from "../heap/values";
import { PyDescriptor, PyFunction, type NativeImpl } from "../heap/callables";
import { PyTupleGetter } from "../heap/tuple-getter";
import type { PyCode } from "../compile/code";
import { DICT_FREE_LIST } from "../heap/gc-kinds";
import { strIsidentifier } from "../runtime/strCase";
import { dictSet } from "../vm/dicts";
import { sequenceTuple } from "../vm/sequence-tuple";
import { setAttr } from "../vm/attribute-writes";
import { repr } from "../vm/repr";
import { str } from "../vm/str-of";
import { compileLibraryFunction, libraryFunction } from "./library-code";
import type { VM } from "../vm/vm";
import { defineMethods } from "./types";
import { defineSlotWrappers } from "./slot-wrappers";
import { descrGetArguments } from "./descriptor-methods";
import { setFunctionAttribute } from "../vm/function-attrs";
import { tupleGetterGet } from "../vm/builtin-descriptors";

/** keyword.kwlist of 3.11 (soft keywords such as `match` are identifiers). */
const KEYWORDS = new Set(["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"]);

/**
 * The part of namedtuple() after its checks, as in Lib/collections/__init__.py: the methods close over the
 * same nine variables (cells of namedtuple's frame there), and the class namespace is the same dict literal.
 */
const METHODS_SOURCE = `def namedtuple(typename, field_names, num_fields, repr_fmt, tuple_new, _dict, _tuple, _len, _map, _zip, __new__, field_defaults, doc):
    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if _len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(_map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return _dict(_zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return _tuple(self)

    class_namespace = {
        '__doc__': doc,
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    return class_namespace
`;

interface LibraryState {
	methods: PyFunction;
}
const states = new WeakMap<VM, LibraryState>();

/** The compiled methods factory, made once per run; its globals are collections' (an interpreter-wide dict). */
function libraryState(vm: VM): LibraryState {
	let state = states.get(vm);
	if (!state) {
		const globals = vm.heap.registerShared(vm.newDictUnregistered());
		vm.dictSetStr(globals, "__name__", vm.intern("collections"));
		const methods = vm.heap.registerShared(new PyFunction(compileLibraryFunction(vm, METHODS_SOURCE).code, globals));
		state = { methods };
		states.set(vm, state);
	}
	return state;
}

const PARAMETERS = ["typename", "field_names", "rename", "defaults", "module"] as const;

/** namedtuple's signature: (typename, field_names, *, rename=False, defaults=None, module=None). */
function bindParameters(vm: VM, args: PyObject[], kwargs: ReadonlyMap<string, PyObject> | null): Map<string, PyObject> {
	if (args.length > 2) vm.raise("TypeError", `namedtuple() takes 2 positional arguments but ${args.length} were given`);
	const bound = new Map<string, PyObject>();
	args.forEach((a, i) => bound.set(PARAMETERS[i]!, a));
	for (const [name, value] of kwargs ?? []) {
		if (!(PARAMETERS as readonly string[]).includes(name)) vm.raise("TypeError", `namedtuple() got an unexpected keyword argument '${name}'`);
		if (bound.has(name)) vm.raise("TypeError", `namedtuple() got multiple values for argument '${name}'`);
		bound.set(name, value);
	}
	const missing = ["typename", "field_names"].filter((n) => !bound.has(n));
	if (missing.length === 1) vm.raise("TypeError", `namedtuple() missing 1 required positional argument: '${missing[0]}'`);
	if (missing.length === 2) vm.raise("TypeError", "namedtuple() missing 2 required positional arguments: 'typename' and 'field_names'");
	return bound;
}

/** str(x) as a JS string (a str's own value; anything else through its __str__). */
function strOf(vm: VM, o: PyObject): string {
	return o instanceof PyStr ? o.value : str(vm, o);
}

function strRepr(vm: VM, s: string): string {
	const o = vm.str(s);
	try {
		return repr(vm, o);
	} finally {
		vm.decref(o);
	}
}

/** `field_names.replace(',', ' ').split()` for a str, else `list(map(str, field_names))`. */
function fieldNameList(vm: VM, fieldNames: PyObject): string[] {
	if (fieldNames instanceof PyStr) {
		const replaced = vm.callMethod(fieldNames, "replace", [vm.intern(","), vm.intern(" ")]);
		const parts = vm.callMethod(replaced, "split", []);
		vm.decref(replaced);
		const names = (parts as PyList).items.map((p) => (p as PyStr).value);
		vm.decref(parts);
		return names;
	}
	const items = vm.collect(fieldNames);
	try {
		return items.map((o) => strOf(vm, o));
	} finally {
		items.forEach((o) => vm.decref(o));
	}
}

/** The checks of namedtuple() in their order, with their messages; `rename` replaces bad names first. */
function checkNames(vm: VM, typename: string, fields: string[], rename: boolean): void {
	if (rename) {
		const seen = new Set<string>();
		fields.forEach((name, index) => {
			if (!strIsidentifier(name) || KEYWORDS.has(name) || name.startsWith("_") || seen.has(name)) fields[index] = `_${index}`;
			seen.add(name);
		});
	}
	for (const name of [typename, ...fields]) {
		if (!strIsidentifier(name)) vm.raise("ValueError", `Type names and field names must be valid identifiers: ${strRepr(vm, name)}`);
		if (KEYWORDS.has(name)) vm.raise("ValueError", `Type names and field names cannot be a keyword: ${strRepr(vm, name)}`);
	}
	const seen = new Set<string>();
	for (const name of fields) {
		if (name.startsWith("_") && !rename) vm.raise("ValueError", `Field names cannot start with an underscore: ${strRepr(vm, name)}`);
		if (seen.has(name)) vm.raise("ValueError", `Encountered duplicate field name: ${strRepr(vm, name)}`);
		seen.add(name);
	}
}

/** `field_defaults`: the last fields mapped to the defaults, in field order. */
function fieldDefaults(vm: VM, fields: readonly PyStr[], defaults: PyTuple | null): PyDict {
	const d = vm.dict();
	if (!defaults) return d;
	const first = fields.length - defaults.items.length;
	defaults.items.forEach((value, i) => dictSet(vm, d, fields[first + i]!, value));
	return d;
}

/**
 * What eval's compiler makes for namedtuple's `__new__` and pymem does not build, fitted to python3 3.11's counts:
 * a few objects it keeps or frees without a free list, and dicts, lists and small tuples (symbol tables, constant
 * caches) it makes and frees again through their free lists, modelled as 33 dicts. So a call after a full
 * collection (which empties the free lists) counts them all in generation 0 (72 for one field, as python3), and
 * the later calls of a loop find them on the free list (38, as python3) instead of counting them again.
 */
const EVAL_FREE_LIST_DICTS = 33;
const EVAL_OTHER_ALLOCATIONS = 4;

function countEvalAllocations(vm: VM): void {
	for (let i = 0; i < EVAL_FREE_LIST_DICTS; i++) vm.heap.countUnbuiltFreeListAllocation(DICT_FREE_LIST);
	for (let i = 0; i < EVAL_OTHER_ALLOCATIONS; i++) vm.heap.countUnbuiltAllocation();
	for (let i = 0; i < EVAL_FREE_LIST_DICTS; i++) vm.heap.countUnbuiltFreeListFree(DICT_FREE_LIST);
}

/** eval(f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))', namespace) with namespace's three entries. */
function makeNew(vm: VM, typename: string, argList: string, defaults: PyTuple | null): PyFunction {
	const namespace = vm.dict();
	vm.dictSetStr(namespace, "_tuple_new", T.tuple.dict.get("__new__")!);
	const noBuiltins = vm.dict();
	vm.dictSetStr(namespace, "__builtins__", noBuiltins);
	vm.decref(noBuiltins);
	const moduleName = vm.str(`namedtuple_${typename}`);
	vm.dictSetStr(namespace, "__name__", moduleName);
	vm.decref(moduleName);
	countEvalAllocations(vm);
	const code: PyCode = compileLibraryFunction(vm, `lambda _cls, ${argList}: _tuple_new(_cls, (${argList}))`);
	const fn = libraryFunction(vm, code, namespace);
	vm.decref(namespace);
	setStrAttribute(vm, fn, "__name__", "__new__");
	setStrAttribute(vm, fn, "__doc__", `Create new instance of ${typename}(${argList})`);
	if (defaults) fn.defaults = vm.incref(defaults);
	return fn;
}

export const namedtuple: NativeImpl = (vm, args, kwargs) => {
	const bound = bindParameters(vm, args, kwargs);
	const fields = fieldNameList(vm, bound.get("field_names")!);
	const typename = strOf(vm, bound.get("typename")!);
	checkNames(vm, typename, fields, vm.truthy(bound.get("rename") ?? vm.False));
	const defaultsArg = bound.get("defaults");
	const defaults = defaultsArg && defaultsArg !== vm.None ? sequenceTuple(vm, defaultsArg) : null;
	// The seen set of rename=True, and the zip, reversed and list objects making field_defaults, counted only.
	if (vm.truthy(bound.get("rename") ?? vm.False)) vm.heap.countUnbuiltAllocation();
	if (defaults) vm.heap.countUnbuiltAllocation();
	const held: PyObject[] = defaults ? [defaults] : [];
	try {
		if (defaults && defaults.items.length > fields.length) vm.raise("TypeError", "Got more default values than field names");
		const fieldStrs = fields.map((n) => vm.intern(n));
		const fieldNames = vm.tuple(fieldStrs.map((s) => vm.incref(s)));
		held.push(fieldNames);
		const defaultsDict = fieldDefaults(vm, fieldStrs, defaults);
		held.push(defaultsDict);
		const argList = fields.join(", ") + (fields.length === 1 ? "," : "");
		const reprFmt = vm.str("(" + fields.map((n) => `${n}=%r`).join(", ") + ")");
		held.push(reprFmt);
		const newFn = makeNew(vm, typename, argList, defaults);
		held.push(newFn);
		const typenameStr = vm.intern(typename);
		const doc = vm.str(`${typename}(${argList})`);
		held.push(doc);
		const builtin = (name: string) => vm.dictGetStr(vm.builtins, name)!;
		const numFields = vm.int(fields.length);
		held.push(numFields);
		const factoryArgs = [typenameStr, fieldNames, numFields, reprFmt, T.tuple.dict.get("__new__")!, T.dict, T.tuple, builtin("len"), builtin("map"), builtin("zip"), newFn, defaultsDict, doc];
		const namespace = vm.callObject(libraryState(vm).methods, factoryArgs) as PyDict;
		held.push(namespace);
		nameMethods(vm, namespace, typename);
		fieldStrs.forEach((name, index) => {
			const getter = vm.heap.register(new PyTupleGetter(index, vm.incref(vm.intern(`Alias for field number ${index}`))));
			dictSet(vm, namespace, name, getter);
			vm.decref(getter);
		});
		const bases = vm.tuple([vm.incref(T.tuple)]);
		held.push(bases);
		const cls = vm.callObject(T.type, [typenameStr, bases, namespace]);
		setModule(vm, cls, bound.get("module"));
		return cls;
	} finally {
		for (const o of held.reverse()) vm.decref(o);
	}
};

/** method.__qualname__ = f'{typename}.{method.__name__}', and the docs namedtuple assigns. */
function nameMethods(vm: VM, namespace: PyDict, typename: string): void {
	for (const name of ["__new__", "_make", "_replace", "__repr__", "_asdict", "__getnewargs__"]) {
		let fn = vm.dictGetStr(namespace, name);
		if (fn instanceof PyDescriptor) fn = fn.parts[0] ?? undefined;
		if (!(fn instanceof PyFunction)) continue;
		setStrAttribute(vm, fn, "__qualname__", `${typename}.${fn.name}`);
		if (name === "_make") setStrAttribute(vm, fn, "__doc__", `Make a new ${typename} object from a sequence or iterable`);
		if (name === "_replace") setStrAttribute(vm, fn, "__doc__", `Return a new ${typename} object replacing specified fields with new values`);
		// func_module, which MAKE_FUNCTION takes from the globals' __name__: 'collections' (or 'namedtuple_P').
		const module = vm.dictGetStr(fn.globals, "__name__");
		if (module) setFunctionAttribute(vm, fn, "__module__", module);
	}
}

/** `fn.<name> = '<text>'` as namedtuple's assignments do it. */
function setStrAttribute(vm: VM, fn: PyFunction, name: string, text: string): void {
	const value = vm.str(text);
	setFunctionAttribute(vm, fn, name, value);
	vm.decref(value);
}

/** `module = _sys._getframe(1).f_globals.get('__name__', '__main__')` unless given; then result.__module__ = module. */
function setModule(vm: VM, cls: PyObject, given: PyObject | undefined): void {
	if (given && given !== vm.None) return setAttr(vm, cls, "__module__", given);
	const caller = vm.frames[vm.frames.length - 1];
	const name = caller ? vm.dictGetStr(caller.globals, "__name__") : undefined;
	const module = name ?? vm.intern("__main__");
	setAttr(vm, cls, "__module__", module);
}


/** _tuplegetter's __get__, __set__ and __delete__ called by name (wrap_descr_get, wrap_descr_set, wrap_descr_delete). */
export function installTupleGetterMethods(): void {
	defineSlotWrappers(T._tuplegetter, {
		__get__: [1, (vm, self, args) => tupleGetterGet(vm, self as PyTupleGetter, descrGetArguments(vm, args).obj ?? vm.None), 2],
	});
	defineMethods(T._tuplegetter, {
		__set__: (vm) => vm.raise("AttributeError", "can't set attribute"),
		__delete__: (vm) => vm.raise("AttributeError", "can't delete attribute"),
	});
}
