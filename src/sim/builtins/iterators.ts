// Builtins that consume or produce iterators: iter, next, enumerate, zip, map, filter, reversed, sorted,
// sum, min, max, any, all. Lazy ones are iterator objects that hold their sources, as in CPython.
import { CALL_LEVEL, enterRecursionLevel } from "../vm/c-recursion";
import type { PyObject } from "../heap/object";
import { PyCallableIterator, PyFunctionIterator, PyIterator, PyGenerator } from "../heap/iterators";
import { T } from "../heap/classes";
import { userSlot } from "../heap/subclass-instances";
import { fitsSsize } from "../vm/ssize";
import { isCallable } from "./functions";
import { giveResultTuple, refilledResult } from "../vm/builtin-iterators";
import type { NativeImpl, PyBuiltinFunction } from "../heap/callables";
import { PyInt, PyFloat, PyStr, PyBytes, normaliseInt } from "../heap/values";
import { PyByteArray } from "../heap/bytearray";
import { compareValues } from "../vm/comparisons";
import { reversed } from "./reversed";
import { reverseFlag, sortItems } from "./sorting";
import { consumeIterator, extreme } from "./extremes";
import { isTruthy, raisedMatches, clearRaised } from "../vm/protocol";
import { listExtendFrom } from "../vm/list-mutations";
import { getAttr } from "../vm/attributes";
import { unexpectedKeyword } from "./arity";
import { useKeywordParser } from "./keyword-parsers";
import { methodKeywords } from "./method-keywords";
import type { VM } from "../vm/vm";
import { fetchEach } from "./fetch-each";
import { withPackedArguments, type PackedLabels } from "../vm/instantiate";
import { newZip } from "./zip";
import { calledWithTuple } from "../heap/callables";

const MIN_CALL: PackedLabels = { args: "call arguments (min)", kwargs: "keyword arguments (min)" };
const MAX_CALL: PackedLabels = { args: "call arguments (max)", kwargs: "keyword arguments (max)" };

/** An iterator object over native state; `sources` are the objects it keeps alive (iterators it pulls from). */
function lazy(vm: VM, kind: string, sources: PyObject[], advance: () => PyObject | null): PyIterator {
	// The references are counted already: a collection the allocations start shows them as the new objects'.
	const holder = sources.length === 1 ? sources[0]! : vm.tuple(sources);
	return vm.heap.register(new PyIterator(kind, holder, () => advance()));
}

/**
 * iter(callable, sentinel): calliter_iternext calls it with no arguments until `sentinel == result` (the
 * sentinel on the left) or StopIteration, then lets go of both, callable first.
 */
function callableIterator(vm: VM, callable: PyObject, sentinel: PyObject): PyObject {
	if (!isCallable(callable)) vm.raise("TypeError", "iter(v, w): v must be callable");
	const exhaust = (it: PyCallableIterator): null => {
		vm.heap.observer?.contentChanged(it);
		vm.heap.releaseAll(it, "references of exhausted", it.releaseReferences());
		return null;
	};
	vm.incref(callable);
	vm.incref(sentinel);
	return vm.heap.register(
		new PyCallableIterator(callable, sentinel, (it) => {
			const self = it as PyCallableIterator;
			if (!self.source || !self.sentinel) return null;
			let result: PyObject;
			try {
				result = vm.callObject(self.source, []);
			} catch (e) {
				if (!raisedMatches(vm, e, "StopIteration")) throw e;
				clearRaised(vm, e);
				return exhaust(self);
			}
			let done: boolean;
			try {
				done = self.sentinel === result || compareValues(vm, self.sentinel, result, "Eq");
			} catch (e) {
				vm.decref(result);
				throw e;
			}
			if (!done) return result;
			exhaust(self);
			vm.decref(result);
			return null;
		}),
	);
}

const SORT_METHOD = "the new list's sort method, which sorted() calls";
const SORT_KEYWORDS = methodKeywords("list.sort") ?? [];
const MAP_ITEM = "item map() passes to its function";
const FILTER_ITEM = "item filter() is testing";

const ITERATOR_FETCHED = "iterator fetched for a new iterator";

/** The iterators of `iterables`; the ones fetched so far show as the builtin's while the next is made. */
function iterators(vm: VM, iterables: PyObject[]): PyObject[] {
	return fetchEach(vm, iterables, (x) => vm.getIter(x), ITERATOR_FETCHED);
}

/** filter_next's test of one item (a new reference it lets go of if the test raises). */
function filterKeeps(vm: VM, fn: PyObject, x: PyObject): boolean {
	vm.heap.adopt(x, FILTER_ITEM);
	let keep: boolean;
	try {
		if (fn === vm.None) keep = isTruthy(vm, x);
		else {
			const r = vm.callObject(fn, [x]);
			try {
				keep = isTruthy(vm, r);
			} finally {
				vm.decref(r);
			}
		}
	} catch (e) {
		vm.heap.release(x, FILTER_ITEM);
		throw e;
	}
	vm.heap.disown(x, FILTER_ITEM);
	return keep;
}

/**
 * builtin_sum_impl's fast paths let go of an exact int start that fits a C long, or an exact float, and keep
 * its value in C: what they hand back is a new object, never the start itself (`sum([], 10**10) is not` it).
 */
function fastPathStart(vm: VM, start: PyObject): PyObject {
	if (start instanceof PyInt && start.cls === T.int && fitsSsize(BigInt(start.value))) return vm.int(start.value);
	if (start instanceof PyFloat && start.cls === T.float) return vm.float(start.value);
	return vm.incref(start);
}

const RUNNING_TOTAL = "running total of sum()";
const ITEM_BEING_ADDED = "item being added by sum()";

export const ITERATOR_FUNCTIONS: Record<string, NativeImpl> = {
	iter: (vm, args) => (args.length === 2 ? callableIterator(vm, args[0]!, args[1]!) : vm.getIter(args[0]!)),
	next: (vm, args) => {
		// Without a default, what tp_iternext raises leaves as it is: a generator's StopIteration(value) for its
		// return value, the StopIteration("done") a Python __next__ raises.
		if (args[0] instanceof PyGenerator && !args[1]) return (T.generator.dict.get("__next__") as PyBuiltinFunction).impl(vm, [], null, args[0]);
		if (!args[1] && userSlot(args[0]!, "__next__")) return vm.callMethod(args[0]!, "__next__", []);
		const v = vm.iterNext(args[0]!);
		if (v) return v;
		if (args[1]) return vm.incref(args[1]);
		return vm.raise("StopIteration");
	},
	enumerate: (vm, args, kw) => {
		// enum_new reads start before it asks for the iterator, so a bad start leaks nothing.
		const start = args[1] ?? kw?.get("start");
		// A start past 2**53 counts exactly (enum_next's en_longindex), in a bigint.
		let index = start ? normaliseInt(vm.intValueBig(start)) : 0;
		const [it] = iterators(vm, [args[0]!]);
		const enumerator = lazy(vm, "enumerate", [it!], () => {
			const x = vm.iterNext(it!);
			if (!x) return null;
			const current = index;
			index = typeof index === "number" && index < Number.MAX_SAFE_INTEGER ? index + 1 : normaliseInt(BigInt(index) + 1n);
			const pair = [vm.int(current), x];
			return refilledResult(vm, enumerator, pair);
		});
		giveResultTuple(vm, enumerator, 2);
		return enumerator;
	},
	// zip_new: its call packed the arguments first (zip has no vectorcall in 3.11; see constructors.ts).
	zip: (vm, args, kw) => newZip(vm, args, kw, iterators(vm, args)),
	map: (vm, args) => {
		// map_vectorcall: the iterators (in a tuple, even one), then the map object holding it and the function.
		const its = iterators(vm, args.slice(1));
		const iters = vm.tuple(its);
		const fn = vm.incref(args[0]!);
		const mapper = vm.heap.register(
			new PyFunctionIterator("map", fn, iters, () => {
				const row: PyObject[] = [];
				for (const it of its) {
					const x = vm.iterNext(it);
					if (!x) {
						row.forEach((r) => vm.heap.release(r, MAP_ITEM));
						return null;
					}
					vm.heap.adopt(x, MAP_ITEM);
					row.push(x);
				}
				try {
					return vm.callObject(fn, row);
				} finally {
					row.forEach((r) => vm.heap.release(r, MAP_ITEM));
				}
			}),
		);
		return mapper;
	},
	filter: (vm, args) => {
		// filter_vectorcall: the iterator, then the filter object holding it and the function.
		const [it] = iterators(vm, [args[1]!]);
		const fn = vm.incref(args[0]!);
		const filterer = vm.heap.register(
			new PyFunctionIterator("filter", fn, it!, () => {
				for (let x = vm.iterNext(it!); x; x = vm.iterNext(it!)) {
					if (filterKeeps(vm, fn, x)) return x;
					vm.decref(x);
				}
				return null;
			}),
		);
		return filterer;
	},
	reversed,
	sorted: (vm, args, kw) => {
		// PySequence_List, then list.sort: the new list has list()'s capacity.
		const list = vm.list([]);
		const key = kw?.get("key");
		return vm.heap.build(list, "list being sorted", () => {
			listExtendFrom(vm, list, args[0]!, true);
			// builtin_sorted calls the new list's bound `sort` method, a new object that lives while it sorts.
			const sort = getAttr(vm, list, "sort");
			vm.heap.adopt(sort, SORT_METHOD);
			try {
				// A vectorcall of that builtin method: cfunction_vectorcall_FASTCALL_KEYWORDS counts a level.
				enterRecursionLevel(vm, CALL_LEVEL);
				try {
					// It hands its keywords to list.sort, whose parser (made then) names itself.
					if (kw?.size) useKeywordParser(vm, "list.sort", SORT_KEYWORDS);
					const refused = unexpectedKeyword("sort", SORT_KEYWORDS, kw);
					if (refused !== null) vm.raise("TypeError", refused);
					sortItems(vm, list.items, key && key !== vm.None ? key : null, reverseFlag(vm, kw?.get("reverse")));
				} finally {
					vm.nativeLevels--;
				}
			} finally {
				vm.heap.release(sort, SORT_METHOD);
			}
		});
	},
	sum: (vm, args, kw) => {
		// builtin_sum_impl: one item at a time, each released once added (the running total first).
		const start = args[1] ?? kw?.get("start");
		let total: PyObject | null = null;
		const begin = () => {
			// Checked once the iterator exists, as CPython does.
			// builtin_sum_impl refuses the three types whose join is the right tool.
			if (start instanceof PyStr) vm.raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
			if (start instanceof PyBytes) vm.raise("TypeError", "sum() can't sum bytes [use b''.join(seq) instead]");
			if (start instanceof PyByteArray) vm.raise("TypeError", "sum() can't sum bytearray [use b''.join(seq) instead]");
			total = start ? fastPathStart(vm, start) : vm.int(0);
			vm.heap.adopt(total, RUNNING_TOTAL);
		};
		try {
			consumeIterator(vm, args[0]!, begin, (x) => {
				vm.heap.adopt(x, ITEM_BEING_ADDED);
				try {
					const next = vm.binary("Add", total!, x);
					vm.heap.release(total!, RUNNING_TOTAL);
					vm.heap.adopt(next, RUNNING_TOTAL);
					total = next;
				} finally {
					vm.heap.release(x, ITEM_BEING_ADDED);
				}
			});
		} catch (e) {
			if (total) vm.heap.release(total, RUNNING_TOTAL);
			throw e;
		}
		vm.heap.disown(total!, RUNNING_TOTAL);
		return total!;
	},
	// METH_VARARGS | METH_KEYWORDS: each call packs its arguments in a new tuple (and dict) first.
	min: calledWithTuple((vm, args, kw) => withPackedArguments(vm, args, kw, (argTuple) => extreme(vm, "min", argTuple, kw, "Lt"), MIN_CALL)),
	max: calledWithTuple((vm, args, kw) => withPackedArguments(vm, args, kw, (argTuple) => extreme(vm, "max", argTuple, kw, "Gt"), MAX_CALL)),
	any: (vm, args) => vm.bool(vm.someItem(args[0]!, true)),
	all: (vm, args) => vm.bool(!vm.someItem(args[0]!, false)),
};

export { PyInt, PyFloat };
