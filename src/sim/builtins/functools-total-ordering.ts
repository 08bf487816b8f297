// functools.total_ordering as Lib/functools.py (3.11) has it: the _convert table, and its twelve module-level
// functions (_gt_from_lt...), real `function` objects shared by every decorated class (total_ordering renames
// them to the method they fill, as `opfunc.__name__ = opname` does) whose bodies run natively with the
// references their frames hold.
import type { PyObject } from "../heap/object";
import { PyFunction, type PyModule } from "../heap/callables";
import { PyClass, T } from "../heap/classes";
import { CO_NEWLOCALS, CO_OPTIMIZED, COMPARE_OPS, type CodeObject } from "../compile/code";
import { attributeOrNull, getAttr, setAttr } from "../vm/attributes";
import type { PySet } from "../heap/containers";
import { compareOp } from "../vm/comparisons";
import { setAdd } from "../vm/dicts";
import type { VM } from "../vm/vm";
import { CopyFrame, Unbuilt } from "./copy-frame";
import { defArguments } from "./def-arguments";
import { functoolsGlobals } from "./functools-update-wrapper";

type Op = "__lt__" | "__le__" | "__gt__" | "__ge__";

/** How a generated method answers from the root's result `r` (NotImplemented is returned before this). */
type Rule = "not r and self != other" | "r or self == other" | "not r" | "not r or self == other" | "r and self != other";

interface Generated {
	name: string;
	op: Op;
	doc: string;
	rule: Rule;
}

const fill = (name: string, op: Op, doc: string, rule: Rule): [Op, Generated] => [op, { name, op: rootOf(name), doc, rule }];
const rootOf = (name: string): Op => `__${name.slice(-2)}__` as Op;

/** _convert: for each root, the methods it fills in, in order. */
const CONVERT: Record<Op, [Op, Generated][]> = {
	__lt__: [
		fill("_gt_from_lt", "__gt__", "Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).", "not r and self != other"),
		fill("_le_from_lt", "__le__", "Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).", "r or self == other"),
		fill("_ge_from_lt", "__ge__", "Return a >= b.  Computed by @total_ordering from (not a < b).", "not r"),
	],
	__le__: [
		fill("_ge_from_le", "__ge__", "Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).", "not r or self == other"),
		fill("_lt_from_le", "__lt__", "Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).", "r and self != other"),
		fill("_gt_from_le", "__gt__", "Return a > b.  Computed by @total_ordering from (not a <= b).", "not r"),
	],
	__gt__: [
		fill("_lt_from_gt", "__lt__", "Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).", "not r and self != other"),
		fill("_ge_from_gt", "__ge__", "Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).", "r or self == other"),
		fill("_le_from_gt", "__le__", "Return a <= b.  Computed by @total_ordering from (not a > b).", "not r"),
	],
	__ge__: [
		fill("_le_from_ge", "__le__", "Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).", "not r or self == other"),
		fill("_gt_from_ge", "__gt__", "Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).", "r and self != other"),
		fill("_lt_from_ge", "__lt__", "Return a < b.  Computed by @total_ordering from (not a >= b).", "not r"),
	],
};
const ROOTS = Object.keys(CONVERT) as Op[];

/** The twelve functions of one run's functools module, made when total_ordering first needs them. */
const functionsByVm = new WeakMap<VM, Map<string, PyFunction>>();

function generatedFunction(vm: VM, module: PyModule, g: Generated): PyFunction {
	let functions = functionsByVm.get(vm);
	if (!functions) functionsByVm.set(vm, (functions = new Map<string, PyFunction>()));
	let f = functions.get(g.name);
	if (!f) {
		// Made with the module (CPython defines them when functools is imported): shared, never collected.
		f = vm.heap.registerShared(new PyFunction(describingCode(g), module.dict));
		f.assignedModule = { value: vm.intern("functools") };
		f.nativeBody = (v, func, args, kw) => runGenerated(v, func, g, args, kw);
		functions.set(g.name, f);
	}
	return f;
}

/** The code object's description of `def _gt_from_lt(self, other)` (never run: nativeBody stands in for it). */
function describingCode(g: Generated): CodeObject {
	const varnames = ["self", "other", "op_result"];
	return {
		name: g.name, qualname: g.name, kind: "function", flags: CO_OPTIMIZED | CO_NEWLOCALS, argcount: 2, posonlyargcount: 0,
		kwonlyargcount: 0, varnames, cellvars: [], co_freevars: [], derefSlots: [], nlocalsplus: varnames.length, stacksize: 0,
		localsplusNames: varnames, names: [], nameKeys: [], consts: [], ops: [], args: [], lines: [], locations: [],
		firstlineno: 0, docstring: g.doc, lineStarts: new Uint8Array(0), attributeSites: [], warmup: 0, callSites: [], adaptiveSites: [],
	};
}

const EQ = COMPARE_OPS.indexOf("Eq");
const NE = COMPARE_OPS.indexOf("NotEq");

/**
 * `op_result = type(self).<root>(self, other)`; NotImplemented goes back as it is; then the rule, with
 * `not`, `and` and `or` as Python evaluates them (each asks the result's truth once).
 */
function runGenerated(vm: VM, func: PyFunction, g: Generated, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	const [self, other] = defArguments(vm, func.qualname, args, kw, ["self", "other"], 2) as [PyObject, PyObject];
	const frame = new CopyFrame(vm, g.name);
	try {
		frame.hold("self", self);
		frame.hold("other", other);
		// type(self).__lt__ is on the stack while it runs.
		const root = getAttr(vm, self.cls, g.op);
		vm.heap.adopt(root, ROOT_METHOD);
		let r: PyObject;
		try {
			r = vm.callObject(root, [self, other]);
		} finally {
			vm.heap.release(root, ROOT_METHOD);
		}
		frame.own("op_result", r);
		if (r === vm.NotImplemented) return vm.incref(r);
		switch (g.rule) {
			case "not r":
				return vm.bool(!vm.truthy(r));
			case "not r and self != other":
				return vm.truthy(r) ? vm.incref(vm.False) : compareOperands(vm, NE, self, other);
			case "not r or self == other":
				return vm.truthy(r) ? compareOperands(vm, EQ, self, other) : vm.incref(vm.True);
			case "r or self == other":
				return vm.truthy(r) ? vm.incref(r) : compareOperands(vm, EQ, self, other);
			case "r and self != other":
				return vm.truthy(r) ? compareOperands(vm, NE, self, other) : vm.incref(r);
		}
	} finally {
		frame.clear();
	}
}

/** `self == other` or `self != other` in the function's code: LOAD_FAST pushes both operands before COMPARE_OP. */
function compareOperands(vm: VM, op: number, self: PyObject, other: PyObject): PyObject {
	vm.heap.hold(self, OPERAND);
	vm.heap.hold(other, OPERAND);
	try {
		return compareOp(vm, op, self, other);
	} finally {
		vm.heap.release(other, OPERAND);
		vm.heap.release(self, OPERAND);
	}
}

const ROOT_METHOD = "type(self).<root method> being called";
const OPERAND = "operand of the comparison in a total_ordering method";

/** total_ordering(cls): fills in the ordering methods cls lacks from the one it defines (preferring <, <=, >, >=). */
export function totalOrdering(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	const module = functoolsGlobals(vm).module;
	const [cls] = defArguments(vm, "total_ordering", args, kw, ["cls"], 1) as [PyObject];
	if (!(cls instanceof PyClass) || cls.builtin || cls.mro.some((c) => c.builtin && c !== T.object)) {
		// Whether a builtin type (or a subclass of one) defines a comparison depends on slot wrappers pymem does not model.
		return vm.raise("TypeError", `pymem does not support functools.total_ordering of ${cls instanceof PyClass ? `'${cls.name}'` : `a '${cls.typeName}' object`} yet`);
	}
	const frame = new CopyFrame(vm, "total_ordering");
	try {
		frame.hold("cls", cls);
		const { set, names: roots } = userDefinedRoots(vm, cls);
		frame.own("roots", set);
		if (roots.size === 0) vm.raise("ValueError", "must define at least one ordering operation: < > <= >=");
		// root = max(roots): the call packs its argument in a tuple (METH_VARARGS), then min_max walks a set
		// iterator; the names sort __ge__ < __gt__ < __le__ < __lt__.
		const maxArgs = vm.tuple([vm.incref(set)]);
		new Unbuilt(vm, "set iterator of max(roots)").free();
		vm.decref(maxArgs);
		const root = ROOTS.find((op) => roots.has(op))!;
		frame.hold("root", vm.intern(root));
		const loop = new Unbuilt(vm, "list iterator over _convert[root]");
		try {
			for (const [opname, generated] of CONVERT[root]) {
				const opfunc = generatedFunction(vm, module, generated);
				frame.hold("opname", vm.intern(opname));
				frame.hold("opfunc", opfunc);
				if (roots.has(opname)) continue;
				setAttr(vm, opfunc, "__name__", vm.intern(opname));
				setAttr(vm, cls, opname, opfunc);
			}
		} finally {
			loop.free();
		}
		return vm.incref(cls);
	} finally {
		frame.clear();
	}
}

/**
 * `{op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}`: the comprehension's
 * function and dict iterator come and go; an op counts when a class of cls's MRO (not object) defines it.
 */
function userDefinedRoots(vm: VM, cls: PyClass): { set: PySet; names: Set<Op> } {
	const comprehension = new Unbuilt(vm, "the set comprehension's function");
	const keys = new Unbuilt(vm, "iterator over _convert's keys");
	const set = vm.set();
	const names = new Set<Op>();
	try {
		for (const op of ROOTS) {
			if (!cls.mro.some((c) => c !== T.object && c.dict.has(op))) continue;
			// getattr(cls, op, None) runs a descriptor's __get__; what it returns is never object's slot wrapper.
			const found = attributeOrNull(vm, cls, op);
			if (found) vm.decref(found);
			setAdd(vm, set, vm.intern(op));
			names.add(op);
		}
	} catch (e) {
		vm.decref(set);
		throw e;
	} finally {
		keys.free();
		comprehension.free();
	}
	return { set, names };
}
