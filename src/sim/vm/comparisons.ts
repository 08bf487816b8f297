// Rich comparison: COMPARE_OP with user dunders and their reflected forms (do_richcompare), and Python
// comparison as a JS boolean for ==, sorting, `in` and the containers.
import { PyMemoryView } from "../heap/memoryview";
import { memoryviewEquals } from "./memoryview-compare";
import { weakMethodsEqual } from "../builtins/weak-methods";
import { PyWeakSet } from "../heap/weak-dictionaries";
import { weakSetCompare } from "../builtins/weak-set-algebra";
import { PyTypingObject } from "../heap/typing-objects";
import { typingEquals } from "./typing-ops";
import { PyToolObject } from "../heap/tool-objects";
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import { PyStr, PyBool, PyComplex, PyInt, PyFloat } from "../heap/values";
import { bytearrayCompare, compareBytes } from "./bytes-ops";
import { isBytesLike } from "../heap/bytearray";
import { PyList, PyTuple, PyDict, PySet, PyRange, PySlice } from "../heap/containers";
import { hasInstanceAttributes, pythonSlot } from "../heap/subclass-instances";
import { isScalarInstance, PySetInstance } from "../heap/scalar-instances";
import { PyFunction, PyBoundMethod, PyBuiltinFunction, PyCell } from "../heap/callables";
import { PyWeakProxy, PyWeakref } from "../heap/weakrefs";
import { involvesProxy, unwrapProxy } from "./weak-proxy-ops";
import { COMPARE_OPS } from "../compile/code";
import { checkRecursionLevel, enterRecursionLevel, COMPARISON_LEVEL } from "./c-recursion";
import { compareSets, probedOperands } from "./set-algorithms";
import { dictViewCompare } from "./dict-view-ops";
import { callDunder, numberSlotTakes, numeric, subclassOnRight } from "./dunder-calls";
import { complexEquals } from "./complex-ops";
import { PyDeque } from "../heap/collections";
import { PyArray } from "../heap/array";
import { compareArrays } from "./array-ops";
import { odictEquals } from "../builtins/ordered-dict";
import { isCounter } from "../builtins/counter";
import { counterCompare } from "../builtins/counter-operators";
import type { VM } from "./vm";
import { genericAliasesEqual } from "./generic-alias-ops";
import { PyGenericAlias } from "../heap/generic-alias";
import { PyUnionType } from "../heap/union-type";
import { PyMappingProxy } from "../heap/mapping-proxy";
import { proxiedMapping } from "./mapping-proxy-ops";
import { unionsEqual } from "./union-ops";
import { compareLists, compareSlices, compareTuples, dictsEqual, order, sequenceOrder } from "./container-comparisons";
import { compareDeques } from "../builtins/deque-compare";

export const REFLECTED: Record<string, string> = { Lt: "Gt", LtE: "GtE", Gt: "Lt", GtE: "LtE", Eq: "Eq", NotEq: "NotEq" };
export const CMP_DUNDER: Record<string, string> = { Lt: "__lt__", LtE: "__le__", Gt: "__gt__", GtE: "__ge__", Eq: "__eq__", NotEq: "__ne__" };
const CMP_SYMBOL: Record<string, string> = { Lt: "<", LtE: "<=", Gt: ">", GtE: ">=", Eq: "==", NotEq: "!=" };

/**
 * A functools.KeyWrapper on either side compares through its cmp function (the other must be one too), a
 * SimpleNamespace through its dict; NotImplemented from both sends the comparison on to the default.
 */
function toolCompare(vm: VM, op: string, a: PyObject, b: PyObject): PyObject | undefined {
	const sides: [PyObject, PyObject, string][] = [[a, b, op], [b, a, REFLECTED[op]!]];
	for (const [self, other, sideOp] of sides) {
		if (!(self instanceof PyToolObject && self.richCompare)) continue;
		const result = self.richCompare(other, sideOp);
		if (result !== vm.NotImplemented) return result;
		vm.decref(result);
	}
	return undefined;
}

export function compareOp(vm: VM, arg: number, a: PyObject, b: PyObject): PyObject {
	const op = COMPARE_OPS[arg]!;
	if (involvesProxy(a, b)) return proxyCompare(vm, op, a, b);
	const viaMapping = mappingProxyCompare(vm, op, a, b);
	if (viaMapping) return viaMapping;
	if (a instanceof PyWeakSet || b instanceof PyWeakSet) {
		const weak = weakSetRichCompare(vm, op, a, b);
		if (weak) return weak;
	}
	const keyed = toolCompare(vm, op, a, b);
	if (keyed) return keyed;
	const user = hasInstanceAttributes(a) || hasInstanceAttributes(b) ? countedUserCompare(vm, op, a, b) : undefined;
	if (user) return user;
	if (a instanceof PyCell && b instanceof PyCell && a.ref && b.ref) return compareOp(vm, arg, a.ref, b.ref);
	const ordered = orderedSequences(vm, arg, a, b);
	return ordered ?? vm.bool(compareValues(vm, a, b, op, true));
}

/** `a < b` (<=, >, >=) of two lists or two tuples, inside PyObject_RichCompare's level, as sequenceOrder gives it. */
function orderedSequences(vm: VM, arg: number, a: PyObject, b: PyObject): PyObject | null {
	const op = COMPARE_OPS[arg]!;
	if (op === "Eq" || op === "NotEq" || !((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple))) return null;
	enterRecursionLevel(vm, COMPARISON_LEVEL);
	try {
		return sequenceOrder(vm, a, b, op, (p, q) => {
			// PyObject_RichCompare of the differing pair: its own level, checked for any pair.
			checkRecursionLevel(vm, COMPARISON_LEVEL);
			return compareOp(vm, arg, p, q);
		});
	} finally {
		vm.nativeLevels--;
	}
}

/** WeakSet's comparison methods (Python methods in _weakrefset.py): the left one's, else the right one's reflected. */
function weakSetRichCompare(vm: VM, op: string, a: PyObject, b: PyObject): PyObject | undefined {
	const left = a instanceof PyWeakSet ? weakSetCompare(vm, op, a, b) : undefined;
	if (left || !(b instanceof PyWeakSet) || hasInstanceAttributes(a)) return left;
	return weakSetCompare(vm, REFLECTED[op]!, b, a);
}

type CompareOpName = (typeof COMPARE_OPS)[number];

/**
 * mappingproxy_richcompare compares its mapping with the other operand. A proxy on the right answers, with
 * the swapped operator, after the left operand declined (a builtin type's comparison always declines a
 * proxy); a class written in Python on the left is asked by the usual path. Undefined when no proxy is asked.
 */
function mappingProxyCompare(vm: VM, op: string, a: PyObject, b: PyObject): PyObject | undefined {
	if (a instanceof PyMappingProxy) return compareOp(vm, COMPARE_OPS.indexOf(op as CompareOpName), proxiedMapping(a), b);
	if (!(b instanceof PyMappingProxy) || hasInstanceAttributes(a)) return undefined;
	return compareOp(vm, COMPARE_OPS.indexOf(REFLECTED[op] as CompareOpName), proxiedMapping(b), a);
}

/**
 * proxy_richcompare: both sides unwrapped (no reference taken) and compared again. A proxy on the right is
 * asked, with the swapped operator, only after the left operand's own method declined it.
 */
function proxyCompare(vm: VM, op: string, a: PyObject, b: PyObject): PyObject {
	if (a instanceof PyWeakProxy) return compareOp(vm, COMPARE_OPS.indexOf(op as CompareOpName), unwrapProxy(vm, a), unwrapProxy(vm, b));
	const own = hasInstanceAttributes(a) ? compareOneWay(vm, op, a, b) : undefined;
	if (own) return own;
	return compareOp(vm, COMPARE_OPS.indexOf(REFLECTED[op] as CompareOpName), unwrapProxy(vm, b), a);
}

/** A Python comparison method runs one level deeper than PyObject_RichCompare's own. */
function countedUserCompare(vm: VM, op: string, a: PyObject, b: PyObject): PyObject | undefined {
	enterRecursionLevel(vm, COMPARISON_LEVEL);
	try {
		return userCompare(vm, op, a, b);
	} finally {
		vm.nativeLevels--;
	}
}

function userCompare(vm: VM, op: string, a: PyObject, b: PyObject): PyObject | undefined {
	if (!hasInstanceAttributes(a) && !hasInstanceAttributes(b)) return undefined;
	// do_richcompare: an instance of a subclass on the right is asked first, with the swapped operator.
	if (subclassOnRight(a, b)) return compareOneWay(vm, REFLECTED[op]!, b, a) ?? compareOneWay(vm, op, a, b);
	if (!hasInstanceAttributes(a)) {
		// A builtin number on the left: its own tp_richcompare answers when it takes the other (a float an int
		// subclass's instance) before that one's reflected method is asked.
		const own = builtinNumberCompare(op, a, b);
		if (own !== null) return vm.bool(own);
	}
	return compareOneWay(vm, op, a, b) ?? compareOneWay(vm, REFLECTED[op]!, b, a);
}

/**
 * long_richcompare, float_richcompare and complex_richcompare of a builtin number `a` with `b`, or null for their
 * NotImplemented: int's takes ints, float's ints and floats, complex's (== and != only) all three.
 */
function builtinNumberCompare(op: string, a: PyObject, b: PyObject): boolean | null {
	if (!numberSlotTakes(a, b)) return null;
	if (a instanceof PyComplex) return op === "Eq" || op === "NotEq" ? complexEquals(a, b) === (op === "Eq") : null;
	return order(numeric(a)!, numeric(b)!, op);
}

export function compareOneWay(vm: VM, op: string, a: PyObject, b: PyObject): PyObject | undefined {
	if (hasInstanceAttributes(a) && !pythonSlot(a.cls, CMP_DUNDER[op]!) && comparesThroughSlot(a.cls)) {
		return throughWrapperCall(vm, a, b, () => inheritedComparison(vm, op, a, b));
	}
	const inherited = baseComparison(vm, op, a, b);
	if (inherited) return inherited;
	// Without a Python comparison in the class, tp_richcompare is the base's own C function: only a Python
	// method can answer here (object.__ne__'s inversion of __eq__ runs through the slot, in inheritedComparison).
	return callDunder(vm, a, CMP_DUNDER[op]!, b);
}

/**
 * Whether the class's tp_richcompare is slot_tp_richcompare: update_one_slot keeps a base's C function only
 * while all six comparison names find C wrappers; one Python method among them makes every comparison go
 * through the generic slot, which then calls the inherited ones as wrapper descriptors.
 */
function comparesThroughSlot(cls: PyClass): boolean {
	for (const name of CMP_NAMES) if (pythonSlot(cls, name)) return true;
	return false;
}

const CMP_NAMES = Object.values(CMP_DUNDER);

/**
 * list.sort's unsafe_object_compare for keys all of one class whose tp_richcompare is slot_tp_richcompare (a
 * comparison written in Python): the class's own `<` is called directly, without a recursion level or the
 * reflected method; only when it answers NotImplemented does PyObject_RichCompareBool run the whole protocol
 * (`__lt__` again, then the other side's `__gt__`). Null when the keys' class compares otherwise.
 */
export function unsafeObjectLess(vm: VM, a: PyObject, b: PyObject): boolean | null {
	if (!hasInstanceAttributes(a) || a instanceof PySetInstance || !comparesThroughSlot(a.cls)) return null;
	const r = compareOneWay(vm, "Lt", a, b);
	if (r === undefined) return compareValues(vm, a, b, "Lt");
	try {
		return r instanceof PyBool ? r.flag : vm.truthy(r);
	} finally {
		vm.decref(r);
	}
}
const WRAPPER_ARGUMENTS = "call arguments (comparison wrapper)";
const WRAPPER_OTHERS = "arguments after self (wrapperdescr_call)";

/**
 * slot_tp_richcompare calling an inherited C comparison: a wrapper descriptor has no vectorcall, so
 * _PyObject_MakeTpCall packs (self, other) in a tuple, and wrapperdescr_call slices (other,) off it; both
 * live until the comparison returns (the slice released first).
 */
function throughWrapperCall(vm: VM, self: PyObject, other: PyObject, compare: () => PyObject | undefined): PyObject | undefined {
	const packed = vm.tuple([vm.incref(self), vm.incref(other)]);
	vm.heap.adopt(packed, WRAPPER_ARGUMENTS);
	try {
		const others = vm.tuple([vm.incref(other)]);
		vm.heap.adopt(others, WRAPPER_OTHERS);
		try {
			return compare();
		} finally {
			vm.heap.release(others, WRAPPER_OTHERS);
		}
	} finally {
		vm.heap.release(packed, WRAPPER_ARGUMENTS);
	}
}

/**
 * What the base's C comparison answers, or undefined for NotImplemented: list and tuple compare with their
 * own kind, dict only for == and != with a dict, int/float/str/set as baseComparison says; object's __eq__ is
 * identity, its __ne__ inverts the type's __eq__, and it orders nothing.
 */
function inheritedComparison(vm: VM, op: string, a: PyObject, b: PyObject): PyObject | undefined {
	if (isScalarInstance(a) || a instanceof PySetInstance) return baseComparison(vm, op, a, b, false);
	const equality = op === "Eq" || op === "NotEq";
	if (a instanceof PyList || a instanceof PyTuple) return b instanceof (a instanceof PyList ? PyList : PyTuple) ? vm.bool(compareValues(vm, a, b, op, true)) : undefined;
	if (a instanceof PyDict) return equality && b instanceof PyDict ? vm.bool(compareValues(vm, a, b, op, true)) : undefined;
	if (op === "Eq") return a === b ? vm.bool(true) : undefined;
	if (op !== "NotEq") return undefined;
	const equal = compareOneWay(vm, "Eq", a, b);
	if (equal === undefined) return undefined;
	const truth = vm.truthy(equal);
	vm.decref(equal);
	return vm.bool(!truth);
}

/**
 * An int, float, str or set subclass's instance without a Python method for `op` finds its base's in the MRO
 * (slot_tp_richcompare calls int.__gt__...): the values compare, or NotImplemented for another kind of operand
 * (long_richcompare wants two ints, float's an int or float, str's and set's their own kind).
 */
function baseComparison(vm: VM, op: string, a: PyObject, b: PyObject, checkOwn = true): PyObject | undefined {
	if (!(isScalarInstance(a) || a instanceof PySetInstance) || (checkOwn && a.cls.lookup(CMP_DUNDER[op]!) instanceof PyFunction)) return undefined;
	const comparable = a instanceof PyStr ? b instanceof PyStr : a instanceof PySet ? b instanceof PySet : a instanceof PyFloat ? b instanceof PyFloat || b instanceof PyInt : b instanceof PyInt;
	return comparable ? vm.bool(compareValues(vm, a, b, op, true)) : undefined;
}

/** Whether `a` and `b` are containers whose comparison compares their items (lists, tuples, deques; dicts for ==). */
function comparesItems(a: PyObject, b: PyObject, op: string): boolean {
	if (a instanceof PyList) return b instanceof PyList;
	if (a instanceof PyTuple) return b instanceof PyTuple;
	if (a instanceof PyDeque) return b instanceof PyDeque;
	return a instanceof PyDict && b instanceof PyDict && (op === "Eq" || op === "NotEq");
}

/**
 * PyObject_RichCompareBool(a, b, Py_EQ) as the searches of lists and tuples make it (`in`, index, count, remove):
 * the same object is equal at once; any other pair goes through PyObject_RichCompare, which checks the depth first
 * (at the limit, `n in (0, 1)` fails "in comparison", as in python3).
 */
export function richEquals(vm: VM, a: PyObject, b: PyObject): boolean {
	if (a === b) return true;
	if (vm.recursionDepth >= vm.recursionLimit) checkRecursionLevel(vm, COMPARISON_LEVEL);
	return compareValues(vm, a, b, "Eq");
}

/**
 * Python comparison as a JS boolean (used by ==, sorting, `in`, list.index...).
 * `userAsked`: the caller already tried the dunders (and they answered NotImplemented); they run once.
 * `countsLevel`: a Python comparison method is called through PyObject_RichCompare's recursion level (false for
 * list.sort's unsafe_object_compare, which calls the type's tp_richcompare itself).
 */
export function compareValues(vm: VM, a: PyObject, b: PyObject, op: string, userAsked = false, countsLevel = true): boolean {
	const viaMapping = involvesProxy(a, b) ? proxyCompare(vm, op, a, b) : mappingProxyCompare(vm, op, a, b);
	if (viaMapping) {
		const result = viaMapping;
		try {
			return vm.truthy(result);
		} finally {
			vm.decref(result);
		}
	}
	// Numbers first: sorting, `in` and list.index compare them far more than anything else.
	const na = numeric(a);
	const nb = numeric(b);
	// An int or float subclass's own comparison dunders come first (below); without them it compares as its value.
	const ownDunders = na !== null && nb !== null && !userAsked && (isScalarInstance(a) || isScalarInstance(b));
	if (na !== null && nb !== null && !ownDunders) return order(na, nb, op);
	if (a instanceof PyToolObject || b instanceof PyToolObject) {
		const keyed = toolCompare(vm, op, a, b);
		if (keyed) {
			try {
				return vm.truthy(keyed);
			} finally {
				vm.decref(keyed);
			}
		}
	}
	if (op === "Eq" || op === "NotEq") {
		const methods = weakMethodsEqual(vm, a, b, (x, y) => compareValues(vm, x, y, "Eq"));
		if (methods !== undefined) return methods === (op === "Eq");
	}
	// weakref_richcompare: live refs compare their referents (no identity shortcut), dead ones by identity.
	if (a instanceof PyWeakref && b instanceof PyWeakref && (op === "Eq" || op === "NotEq")) {
		if (!a.referent || !b.referent) return (a === b) === (op === "Eq");
		return compareValues(vm, a.referent, b.referent, op);
	}
	if ((op === "Eq" || op === "NotEq") && (a instanceof PyTypingObject || b instanceof PyTypingObject)) {
		const same = typingEquals(vm, a, b);
		if (same !== null) return same === (op === "Eq");
	}
	if ((op === "Eq" || op === "NotEq") && (a instanceof PyGenericAlias || a instanceof PyUnionType)) {
		const same = a instanceof PyGenericAlias ? genericAliasesEqual(vm, a, b) : unionsEqual(a, b);
		if (same !== null) return same === (op === "Eq");
	}
	if (isCounter(a) && isCounter(b)) return counterCompare(vm, a, b, op);
	// A bytearray on the left asks first; memory_richcompare answers == and != only, from either side (bytes' and
	// array's own comparisons give way to it); then a bytearray on the right, reflected.
	const byteArrayFirst = bytearrayCompare(a, b, op, false);
	if (byteArrayFirst !== null) return byteArrayFirst;
	if ((op === "Eq" || op === "NotEq") && (a instanceof PyMemoryView || b instanceof PyMemoryView)) {
		const same = a instanceof PyMemoryView ? memoryviewEquals(vm, a, b) : memoryviewEquals(vm, b as PyMemoryView, a);
		if (same !== null) return same === (op === "Eq");
	}
	const byteArrayReflected = bytearrayCompare(a, b, op, true);
	if (byteArrayReflected !== null) return byteArrayReflected;
	if ((a instanceof PyComplex || b instanceof PyComplex) && (op === "Eq" || op === "NotEq")) {
		const equal = complexEquals(a, b);
		if (equal !== null) return equal === (op === "Eq");
	}
	if (!userAsked && (hasInstanceAttributes(a) || hasInstanceAttributes(b))) {
		const r = countsLevel ? countedUserCompare(vm, op, a, b) : userCompare(vm, op, a, b);
		if (r) {
			const truth = r instanceof PyBool ? r.flag : vm.truthy(r);
			vm.decref(r);
			return truth;
		}
	}
	if (na !== null && nb !== null) return order(na, nb, op);
	if (a instanceof PyStr && b instanceof PyStr) return order(a.value, b.value, op);
	if (isBytesLike(a) && isBytesLike(b)) return compareBytes(a.value, b.value, op);
	if (comparesItems(a, b, op)) {
		// The container's comparison runs inside PyObject_RichCompare's level, its items' each inside their own:
		// nested lists a thousand deep stop with "... in comparison", as in python3.
		if (countsLevel) enterRecursionLevel(vm, COMPARISON_LEVEL);
		// Called here, not through a helper: nested lists a thousand deep recurse through these on the host's stack.
		try {
			if (a instanceof PyList) return compareLists(vm, a, b as PyList, op);
			if (a instanceof PyTuple) return compareTuples(vm, a, b as PyTuple, op);
			if (a instanceof PyDeque) return compareDeques(vm, a, b as PyDeque, op);
			const eq = a === b || odictEquals(vm, a as PyDict, b as PyDict, dictsEqual(vm, a as PyDict, b as PyDict));
			return op === "Eq" ? eq : !eq;
		} finally {
			if (countsLevel) vm.nativeLevels--;
		}
	}
	if (a instanceof PySlice && b instanceof PySlice) return compareSlices(vm, a, b, op);
	if (a instanceof PyArray && b instanceof PyArray) return compareArrays(vm, a, b, op);
	// cell_richcompare: two cells compare their contents; an empty cell comes before any full one.
	if (a instanceof PyCell && b instanceof PyCell) return a.ref && b.ref ? compareValues(vm, a.ref, b.ref, op) : order(Number(!b.ref), Number(!a.ref), op);
	const viewOrder = dictViewCompare(vm, a, b, op);
	if (viewOrder !== null) return viewOrder;
	if (op === "Eq" || op === "NotEq") {
		let eq = a === b;
		if (!eq && a instanceof PyRange && b instanceof PyRange) eq = a.canonicalKey === b.canonicalKey;
		if (!eq && a instanceof PySet && b instanceof PySet && probedOperands(a, b)) return compareSets(vm, a, b, op);
		if (!eq && a instanceof PySet && b instanceof PySet) eq = a.entries.size === b.entries.size && [...a.entries.keys()].every((k) => b.entries.has(k));
		// method_richcompare / meth_richcompare: the same function bound to the same object.
		if (!eq && a instanceof PyBoundMethod && b instanceof PyBoundMethod) eq = a.self !== null && a.self === b.self && a.func === b.func;
		if (!eq && a instanceof PyBuiltinFunction && b instanceof PyBuiltinFunction) eq = a.self !== null && a.self === b.self && a.impl === b.impl;
		return op === "Eq" ? eq : !eq;
	}
	if (a instanceof PySet && b instanceof PySet && probedOperands(a, b)) return compareSets(vm, a, b, op);
	if (a instanceof PySet && b instanceof PySet) {
		const sub = [...a.entries.keys()].every((k) => b.entries.has(k));
		const sup = [...b.entries.keys()].every((k) => a.entries.has(k));
		if (op === "LtE") return sub;
		if (op === "GtE") return sup;
		if (op === "Lt") return sub && a.entries.size < b.entries.size;
		return sup && a.entries.size > b.entries.size;
	}
	return vm.raise("TypeError", `'${CMP_SYMBOL[op]}' not supported between instances of '${a.typeName}' and '${b.typeName}'`);
}
