// BaseExceptionGroup and ExceptionGroup (PEP 654), as Objects/exceptions.c has them in 3.11: the constructor's
// checks and its choice of class, the read-only `message` and `exceptions` fields, str(), derive, and split and
// subgroup, which rebuild the nested structure through derive and copy the original's traceback, chaining and
// notes onto each part.
import type { PyObject } from "../heap/object";
import { PyClass } from "../heap/classes";
import { PyExceptionObject } from "../heap/instances";
import { PyFunction, PyDescriptor, type NativeImpl, calledWithTuple } from "../heap/callables";
import { PyList, PyTuple } from "../heap/containers";
import { PyStr } from "../heap/values";
import { exceptionNew } from "./new-methods";
import { sequenceTuple } from "../vm/sequence-tuple";
import { exceptionMatches, isTruthy } from "../vm/protocol";
import { isSequenceObject } from "../vm/abstract-checks";
import { isExactTuple } from "../heap/subclass-instances";
import { listAppend } from "../vm/list-mutations";
import { getAttr, lookupAttr, setAttr } from "../vm/attributes";
import { newGenericAlias } from "../vm/generic-alias-ops";
import { setField } from "../vm/exception-init";
import { defineMethods, globalShared, nativeFunction } from "./types";
import { withPackedArguments } from "../vm/instantiate";
import type { VM } from "../vm/vm";

const NEW_NAME = "BaseExceptionGroup.__new__";

/** The group's fields: `message` (a str) and `exceptions` (a tuple of exceptions, never empty). */
export function groupMessage(eg: PyExceptionObject): PyObject | undefined {
	return eg.attrs.get("message");
}
export function groupExceptions(eg: PyExceptionObject): readonly PyObject[] {
	const excs = eg.attrs.get("exceptions");
	return excs instanceof PyTuple ? excs.items : [];
}

export function isExceptionGroup(vm: VM, o: PyObject): o is PyExceptionObject {
	return o instanceof PyExceptionObject && o.cls.isSubclassOf(vm.exceptionClass("BaseExceptionGroup"));
}

/**
 * BaseExceptionGroup_new: "UO" arguments, the exceptions made a tuple and checked, and the class: an
 * ExceptionGroup when BaseExceptionGroup itself is called with Exceptions only.
 */
export function groupNew(vm: VM, cls: PyClass, argTuple: PyTuple): PyExceptionObject {
	const args = argTuple.items;
	if (args.length !== 2) return vm.raise("TypeError", `${NEW_NAME}() takes exactly 2 arguments (${args.length} given)`);
	const [message, excs] = args as [PyObject, PyObject];
	if (!(message instanceof PyStr)) return vm.raise("TypeError", `${NEW_NAME}() argument 1 must be str, not ${message.typeName}`);
	if (!isSequenceObject(excs)) vm.raise("TypeError", "second argument (exceptions) must be a sequence");
	const exceptions = sequenceTuple(vm, excs);
	let chosen = cls;
	try {
		if (exceptions.items.length === 0) vm.raise("ValueError", "second argument (exceptions) must be a non-empty sequence");
		let nestedBase = false;
		exceptions.items.forEach((e, i) => {
			if (!(e instanceof PyExceptionObject)) vm.raise("ValueError", `Item ${i} of second argument (exceptions) is not an exception`);
			if (!e.cls.isSubclassOf(vm.exceptionClass("Exception"))) nestedBase = true;
		});
		chosen = groupClass(vm, cls, nestedBase);
	} catch (e) {
		vm.decref(exceptions);
		throw e;
	}
	const eg = exceptionNew(vm, chosen, argTuple);
	setField(vm, eg, "message", message);
	setField(vm, eg, "exceptions", exceptions);
	vm.decref(exceptions);
	return eg;
}

function groupClass(vm: VM, cls: PyClass, nestedBase: boolean): PyClass {
	const exceptionGroup = vm.exceptionClass("ExceptionGroup");
	if (cls === exceptionGroup) {
		if (nestedBase) vm.raise("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup");
		return cls;
	}
	if (cls === vm.exceptionClass("BaseExceptionGroup")) return nestedBase ? cls : exceptionGroup;
	if (nestedBase && cls.isSubclassOf(vm.exceptionClass("Exception"))) vm.raise("TypeError", `Cannot nest BaseExceptions in '${cls.name}'`);
	return cls;
}

/** _PyExc_CreateExceptionGroup: BaseExceptionGroup(msg, excs) called with a tuple of the two. */
export function createExceptionGroup(vm: VM, message: string, excs: PyObject): PyExceptionObject {
	const msg = vm.str(message);
	const args = vm.tuple([msg, vm.incref(excs)]);
	try {
		return groupNew(vm, vm.exceptionClass("BaseExceptionGroup"), args);
	} finally {
		vm.decref(args);
	}
}

/** How split and subgroup tell which leaves go to the match (get_matcher_type), or the leaves an except* kept. */
export type Matcher = { kind: "type"; spec: PyObject } | { kind: "predicate"; fn: PyObject } | { kind: "leaves"; leaves: ReadonlySet<PyObject> };

function matcherOf(vm: VM, value: PyObject): Matcher {
	if (value instanceof PyFunction) return { kind: "predicate", fn: value };
	const isExceptionClass = (o: PyObject) => o instanceof PyClass && o.isSubclassOf(vm.exceptionClass("BaseException"));
	if (isExceptionClass(value) || (isExactTuple(value) && value.items.every(isExceptionClass))) return { kind: "type", spec: value };
	return vm.raise("TypeError", "expected a function, exception type or tuple of exception types");
}

function matches(vm: VM, exc: PyObject, matcher: Matcher): boolean {
	switch (matcher.kind) {
		case "type":
			return exceptionMatches(vm, exc, matcher.spec);
		case "predicate": {
			const r = vm.callObject(matcher.fn, [exc]);
			try {
				return isTruthy(vm, r);
			} finally {
				vm.decref(r);
			}
		}
		case "leaves":
			return !isExceptionGroup(vm, exc) && matcher.leaves.has(exc);
	}
}

const MATCH_LIST = "matching part (exceptiongroup_split_recursive)";
const REST_LIST = "rest (exceptiongroup_split_recursive)";
const MATCH_PART = "result->match (exceptiongroup_split_recursive)";

export interface SplitResult {
	match: PyObject | null;
	rest: PyObject | null;
}

/** exceptiongroup_split_recursive: new references to the matching part and (if asked) the rest, or null for none. */
export function splitRecursive(vm: VM, exc: PyObject, matcher: Matcher, withRest: boolean): SplitResult {
	if (matches(vm, exc, matcher)) return { match: vm.incref(exc), rest: null };
	if (!isExceptionGroup(vm, exc)) return { match: null, rest: withRest ? vm.incref(exc) : null };
	const matchList = vm.list([]);
	vm.heap.adopt(matchList, MATCH_LIST);
	const restList = withRest ? vm.list([]) : null;
	if (restList) vm.heap.adopt(restList, REST_LIST);
	try {
		for (const e of groupExceptions(exc)) {
			const part = splitRecursive(vm, e, matcher, withRest);
			if (part.match) appendStolen(vm, matchList, part.match);
			if (part.rest) appendStolen(vm, restList!, part.rest);
		}
		const match = subset(vm, exc, matchList);
		if (!restList) return { match, rest: null };
		const rest = match ? vm.heap.releaseIfRaises(match, MATCH_PART, () => subset(vm, exc, restList)) : subset(vm, exc, restList);
		return { match, rest };
	} finally {
		vm.heap.release(matchList, MATCH_LIST);
		if (restList) vm.heap.release(restList, REST_LIST);
	}
}

function appendStolen(vm: VM, list: PyList, item: PyObject): void {
	listAppend(vm, list, item);
	vm.decref(item);
}

/**
 * PyObject_CallMethod(obj, name, "(O)", arg): the attribute, and a tuple of the one argument whose items go on by
 * vectorcall, so a builtin METH_VARARGS method (split, derive) packs them in a tuple of its own again.
 */
export function callMethodOneArgument(vm: VM, obj: PyObject, name: string, arg: PyObject): PyObject {
	const method = getAttr(vm, obj, name);
	return vm.heap.whileOwned(method, `${name} being called (PyObject_CallMethod)`, () => {
		const args = vm.tuple([vm.incref(arg)]);
		return vm.heap.whileOwned(args, `arguments of ${name} (PyObject_CallMethod)`, () => vm.callObject(method, args.items));
	});
}

/**
 * exceptiongroup_subset: orig.derive(excs) (null when excs is empty) with orig's traceback, context, cause
 * (PyException_SetCause also suppresses the context) and a copy of its notes.
 */
function subset(vm: VM, orig: PyExceptionObject, excs: PyList): PyExceptionObject | null {
	if (excs.items.length === 0) return null;
	const eg = callMethodOneArgument(vm, orig, "derive", excs);
	if (!isExceptionGroup(vm, eg)) {
		vm.decref(eg);
		return vm.raise("TypeError", "derive must return an instance of BaseExceptionGroup");
	}
	try {
		copyMetadata(vm, orig, eg);
	} catch (e) {
		vm.decref(eg);
		throw e;
	}
	return eg;
}

function copyMetadata(vm: VM, orig: PyExceptionObject, eg: PyExceptionObject): void {
	if (orig.traceback) replaceLink(vm, eg, "traceback", orig.traceback);
	replaceLink(vm, eg, "context", orig.context);
	replaceLink(vm, eg, "cause", orig.cause);
	eg.suppressContext = true;
	const notes = lookupAttr(vm, orig, "__notes__");
	if (!notes) return;
	try {
		if (!isSequenceObject(notes)) return;
		const copy = vm.list(vm.collect(notes));
		try {
			setAttr(vm, eg, "__notes__", copy);
		} finally {
			vm.decref(copy);
		}
	} finally {
		vm.decref(notes);
	}
}

function replaceLink(vm: VM, exc: PyExceptionObject, field: "traceback" | "context" | "cause", value: PyObject | null): void {
	const old = exc[field];
	exc[field] = value ? vm.incref(value) : null;
	vm.heap.observer?.contentChanged(exc);
	if (old) vm.decref(old);
}

/** METH_VARARGS with PyArg_ParseTuple's "O" (unnamed), or PyArg_UnpackTuple's one argument (named). */
function oneArgument(vm: VM, args: readonly PyObject[], unpackedBy?: string): PyObject {
	if (args.length === 1) return args[0]!;
	if (unpackedBy) return vm.raise("TypeError", `${unpackedBy} expected 1 argument, got ${args.length}`);
	return vm.raise("TypeError", `function takes exactly 1 argument (${args.length} given)`);
}

/** A METH_VARARGS method: the call packs its arguments in a tuple, which PyArg_ParseTuple reads as "O". */
function varargsMethod(body: (vm: VM, arg: PyObject, self: PyExceptionObject) => PyObject, unpackedBy?: string): NativeImpl {
	return calledWithTuple((vm, args, kw, self) => withPackedArguments(vm, args, kw, () => body(vm, oneArgument(vm, args, unpackedBy), self as PyExceptionObject), METHOD_CALL));
}
const METHOD_CALL = { args: "call arguments (METH_VARARGS)", kwargs: "keyword arguments (METH_VARARGS)" };

const GROUP_METHODS: Record<string, NativeImpl> = {
	derive: varargsMethod((vm, excs, self) => createGroupLike(vm, groupMessage(self) ?? vm.None, excs)),
	split: varargsMethod((vm, value, self) => {
		const { match, rest } = splitRecursive(vm, self, matcherOf(vm, value), true);
		return vm.tuple([match ?? vm.incref(vm.None), rest ?? vm.incref(vm.None)]);
	}, "split"),
	subgroup: varargsMethod((vm, value, self) => splitRecursive(vm, self, matcherOf(vm, value), false).match ?? vm.incref(vm.None), "subgroup"),
};

/** BaseExceptionGroup_derive: BaseExceptionGroup(self.message, excs), whatever the group's own class. */
function createGroupLike(vm: VM, message: PyObject, excs: PyObject): PyObject {
	const args = vm.tuple([vm.incref(message), vm.incref(excs)]);
	vm.heap.adopt(args, DERIVE_ARGUMENTS);
	try {
		return groupNew(vm, vm.exceptionClass("BaseExceptionGroup"), args);
	} finally {
		vm.heap.release(args, DERIVE_ARGUMENTS);
	}
}
const DERIVE_ARGUMENTS = "arguments of BaseExceptionGroup (derive)";

const classGetItem: NativeImpl = (vm, args) => newGenericAlias(vm, args[0]!, oneArgument(vm, args.slice(1)));

export function installExceptionGroups(base: PyClass): void {
	defineMethods(base, GROUP_METHODS);
	base.dict.set("__class_getitem__", globalShared(new PyDescriptor("classmethod", [nativeFunction("__class_getitem__", classGetItem)])));
}
