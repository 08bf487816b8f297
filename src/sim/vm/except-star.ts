// The interpreter's side of `except*` (ceval.c's CHECK_EG_MATCH and PREP_RERAISE_STAR, exceptions.c's
// _PyExc_PrepReraiseStar): which part of the exception a clause takes, and what is raised once every clause
// had its turn: the unmatched rest and whatever the clauses re-raised keep the original's nesting, and what
// they raised anew joins them in a new ExceptionGroup('', [...]).
import { Op } from "../compile/code";
import type { PyObject } from "../heap/object";
import { PyExceptionObject } from "../heap/instances";
import { PyList, PyTuple } from "../heap/containers";
import type { Frame } from "./frame";
import type { VM } from "./vm";
import { exceptionMatches, exceptTypes } from "./protocol";
import { listAppend } from "./list-mutations";
import { callMethodOneArgument, createExceptionGroup, groupExceptions, isExceptionGroup, splitRecursive } from "../builtins/exception-groups";

export function execExceptStarOp(vm: VM, f: Frame, op: Op): boolean {
	const stack = f.stack;
	switch (op) {
		case Op.CHECK_EG_MATCH: {
			const type = stack.pop()!;
			const exc = stack[stack.length - 1]!;
			const [match, rest] = vm.heap.whileOwned(type, MATCH_TYPE, () => {
				checkExceptStarType(vm, type);
				return exceptionGroupMatch(vm, exc as PyExceptionObject, type);
			});
			if (match === vm.None) {
				stack.push(match);
				vm.decref(rest);
				return true;
			}
			// [exc] -> [rest, match]; the match is what sys.exc_info() and chaining see in the clause.
			stack[stack.length - 1] = rest;
			stack.push(match);
			const old = vm.handledException;
			vm.handledException = vm.incref(match);
			if (old) vm.decref(old);
			vm.decref(exc);
			return true;
		}
		case Op.PREP_RERAISE_STAR: {
			const excs = stack.pop() as PyList;
			const orig = stack.pop() as PyExceptionObject;
			vm.heap.adopt(excs, RAISED_LIST);
			vm.heap.adopt(orig, ORIGINAL);
			let result: PyObject;
			try {
				result = prepReraiseStar(vm, orig, excs);
			} finally {
				vm.heap.release(excs, RAISED_LIST);
				vm.heap.release(orig, ORIGINAL);
			}
			stack.push(result);
			return true;
		}
		case Op.EXCEPT_STAR_RAISED: {
			const exc = stack.pop()!;
			listAppend(vm, stack[stack.length - 2] as PyList, exc);
			vm.decref(exc);
			return true;
		}
	}
	return false;
}

const MATCH_TYPE = "type being matched (CHECK_EG_MATCH)";
const RAISED_LIST = "raised and re-raised (PREP_RERAISE_STAR)";
const ORIGINAL = "original exception (PREP_RERAISE_STAR)";
const RAISED = "raised_list (_PyExc_PrepReraiseStar)";
const RERAISED = "reraised_list (_PyExc_PrepReraiseStar)";
const LEAF_IDS = "leaf_ids (exception_group_projection)";

/** check_except_star_type_valid: exception classes only, and no exception group class among them. */
function checkExceptStarType(vm: VM, type: PyObject): void {
	const types = exceptTypes(vm, type);
	const group = vm.exceptionClass("BaseExceptionGroup");
	if (types.some((t) => t.isSubclassOf(group))) vm.raise("TypeError", "catching ExceptionGroup with except* is not allowed. Use except instead.");
}

/**
 * exception_group_match: [match, rest] as new references. A naked exception that matches is wrapped in
 * ExceptionGroup('', (exc,)); a group that matches only in part is split through its own split method.
 */
function exceptionGroupMatch(vm: VM, exc: PyExceptionObject, type: PyObject): [PyObject, PyObject] {
	if (exceptionMatches(vm, exc, type)) {
		if (isExceptionGroup(vm, exc)) return [vm.incref(exc), vm.incref(vm.None)];
		const excs = vm.tuple([vm.incref(exc)]);
		try {
			return [createExceptionGroup(vm, "", excs), vm.incref(vm.None)];
		} finally {
			vm.decref(excs);
		}
	}
	if (!isExceptionGroup(vm, exc)) return [vm.incref(vm.None), vm.incref(vm.None)];
	const pair = callMethodOneArgument(vm, exc, "split", type);
	// CPython only asserts this of a split() a subclass overrides (and reads past a shorter result).
	if (!(pair instanceof PyTuple) || pair.items.length !== 2) {
		vm.decref(pair);
		return vm.raise("TypeError", "pymem does not support an except* whose group's split() returns anything but a pair");
	}
	const [match, rest] = pair.items as [PyObject, PyObject];
	vm.incref(match);
	vm.incref(rest);
	vm.decref(pair);
	return [match, rest];
}

/** is_same_exception_metadata: a clause re-raised (part of) the original when it kept its notes, traceback and chaining. */
function sameMetadata(a: PyExceptionObject, b: PyExceptionObject): boolean {
	return a.attrs.get("__notes__") === b.attrs.get("__notes__") && a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

/** _PyExc_PrepReraiseStar: what the try statement raises (a new reference), or None. */
function prepReraiseStar(vm: VM, orig: PyExceptionObject, excs: PyList): PyObject {
	if (excs.items.length === 0) return vm.incref(vm.None);
	// A naked exception was wrapped: only one clause ran, so there is at most one exception to raise.
	if (!isExceptionGroup(vm, orig)) return vm.incref(excs.items[0]!);
	const raised = vm.list([]);
	vm.heap.adopt(raised, RAISED);
	const reraised = vm.list([]);
	vm.heap.adopt(reraised, RERAISED);
	try {
		for (const e of excs.items) {
			if (e === vm.None) continue;
			listAppend(vm, sameMetadata(e as PyExceptionObject, orig) ? reraised : raised, e);
		}
		const reraisedGroup = projection(vm, orig, reraised);
		if (raised.items.length === 0) return reraisedGroup;
		if (reraisedGroup !== vm.None) listAppend(vm, raised, reraisedGroup);
		vm.decref(reraisedGroup);
		if (raised.items.length > 1) return createExceptionGroup(vm, "", raised);
		return vm.incref(raised.items[0]!);
	} finally {
		vm.heap.release(raised, RAISED);
		vm.heap.release(reraised, RERAISED);
	}
}

/**
 * exception_group_projection: the part of `eg` whose leaves appear in the groups of `keep`, nested as in `eg`.
 * CPython collects the leaves' ids in a set (an allocation of its own, made here too); pymem keeps the objects.
 */
function projection(vm: VM, eg: PyExceptionObject, keep: PyList): PyObject {
	const leaves = new Set<PyObject>();
	const collect = (e: PyObject): void => {
		if (!isExceptionGroup(vm, e)) leaves.add(e);
		else for (const inner of groupExceptions(e)) collect(inner);
	};
	return vm.heap.whileOwned(vm.set(false), LEAF_IDS, () => {
		for (const e of keep.items) collect(e);
		return splitRecursive(vm, eg, { kind: "leaves", leaves }, false).match ?? vm.incref(vm.None);
	});
}
