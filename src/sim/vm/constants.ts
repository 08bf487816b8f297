// Constant objects for the compiler. CPython 3.11 shares only its singletons (None, small ints, the empty
// and one-character strs) and interns strs made of name characters; any other constant (`1000`, `3.14`,
// `"hello world"`, `(1, 2)`) is an ordinary object with an exact count. While the module runs, the AST
// arena holds the object the parser made, every code object whose co_consts has the constant holds one
// reference, and so does every constant tuple or frozenset holding it. That is why python3 prints 4 for
// `a = 1000; print(sys.getrefcount(a))`.
import type * as ast from "../parse/ast";
import type { ConstFactory, ConstantOrigin } from "../compile/const-factory";
import { PyCode, type CodeObject } from "../compile/code";
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex, PyStr, isSingletonStr, normaliseInt, PyBytes } from "../heap/values";
import { PySet, PyTuple } from "../heap/containers";
import { setAdd } from "./dicts";
import { hashedItems } from "./probed-sets";
import type { VM } from "./vm";
import { giveConstantItsCount } from "../heap/unshare";
import { AST_ARENA_HOLDER, CODE_CONSTANTS_HOLDER } from "../trace/types";

export function constFactory(vm: VM): ConstFactory {
	// compile.c's c_const_cache: equal constants anywhere in the module are one object (`a = 1000` and a
	// function's `return 1000` give the same int; `(1, 2)` twice is one tuple). The first one compiled wins.
	const cache = new Map<string, PyObject>();
	/** Constants with counts of their own, in creation order, and whether the parser (or the AST optimizer) made each. */
	const counted = new Map<PyObject, ConstantOrigin>();
	const constant = (value: ast.ConstantValue, origin: ConstantOrigin = "source"): PyObject => {
		const key = constantKey(value);
		let found = cache.get(key);
		if (found === undefined) cache.set(key, (found = makeConstant(value, origin)));
		return found;
	};
	/** A constant that stays shared until settle() gives it its count, once every code object holding it is known. */
	const countedConstant = <T extends PyObject>(o: T, origin: ConstantOrigin): T => {
		counted.set(vm.heap.registerShared(o), origin);
		return o;
	};
	const makeConstant = (value: ast.ConstantValue, origin: ConstantOrigin): PyObject => {
		if (value === null) return vm.None;
		if (typeof value === "boolean") return vm.bool(value);
		if (typeof value === "bigint") {
			if (value >= -5n && value <= 256n) return vm.int(value);
			return countedConstant(new PyInt(normaliseInt(value)), origin);
		}
		if (typeof value === "number") return countedConstant(new PyFloat(value), origin);
		if (typeof value === "object" && "complex" in value) return countedConstant(new PyComplex(value.complex.re, value.complex.im), origin);
		if (typeof value === "string") return isSharedStrConstant(value) ? vm.intern(value) : countedConstant(new PyStr(value), origin);
		// Empty and one-byte bytes are shared singletons, as in bytesobject.c.
		if (value instanceof Uint8Array) return value.length <= 1 ? vm.bytes(value) : countedConstant(new PyBytes(value), origin);
		if ("ellipsis" in value) return vm.Ellipsis;
		// A tuple's or frozenset's items are parsed constants even when the compiler built the container.
		if ("frozenset" in value) {
			// The AST optimizer's frozenset has the items in source order; compile.c's merge_consts_recursive
			// then makes the constant anew from that one's iteration order, which can change the slots (and so
			// the order a set display of constants iterates in). The first one is never seen: its items are
			// still shared constants, so it takes no references.
			const items = (value as unknown as { frozenset: ast.ConstantValue[] }).frozenset.map((item) => constant(item));
			const first = new PySet(true);
			// It is no object of the run: the trace must not see it change.
			const observer = vm.heap.observer;
			vm.heap.observer = null;
			try {
				for (const item of items) setAdd(vm, first, item);
			} finally {
				vm.heap.observer = observer;
			}
			const set = countedConstant(new PySet(true), origin);
			for (const { item } of hashedItems(vm, first)) setAdd(vm, set, item);
			return set;
		}
		const items = (value as unknown as { tuple: ast.ConstantValue[] }).tuple;
		// The empty tuple is a singleton: `() is ()`.
		if (items.length === 0) return vm.emptyTuple;
		const tuple = countedConstant(new PyTuple(items.map((item) => constant(item))), origin);
		vm.collector.trackConstantTuple(tuple);
		return tuple;
	};
	/**
	 * The references each counted constant has once the whole module is compiled, by holder label. Code
	 * objects with equal co_consts share one tuple (makecode merges it as a constant too), so two functions
	 * that both `return 1000` hold it once.
	 */
	const holdersOf = (module: CodeObject): Map<PyObject, string[]> => {
		const holders = new Map<PyObject, string[]>();
		const add = (o: PyObject, label: string) => {
			const labels = holders.get(o);
			if (labels) labels.push(label);
			else holders.set(o, [label]);
		};
		const tuples = new Map<string, { items: PyObject[]; owners: string[] }>();
		const visit = (code: CodeObject) => {
			const key = coConstsKey(code, vm.None);
			const tuple = tuples.get(key);
			if (tuple) tuple.owners.push(code.qualname);
			else tuples.set(key, { items: code.consts.filter((o) => counted.has(o)), owners: [code.qualname] });
			for (const o of code.consts) if (o instanceof PyCode) visit(o.code);
		};
		visit(module);
		for (const { items, owners } of tuples.values()) for (const o of items) add(o, CODE_CONSTANTS_HOLDER + owners.join(", "));
		for (const [o, origin] of counted) if (origin === "source") add(o, AST_ARENA_HOLDER);
		return holders;
	};
	return {
		constant,
		code: (code: CodeObject) => vm.heap.registerShared(new PyCode(code)),
		// Keyword and import names: tuples of interned strs, merged like any constant but shared, as their items are.
		strTuple: (names: string[]) => {
			const key = `names:${names.join(",")}`;
			let found = cache.get(key);
			if (found === undefined) cache.set(key, (found = vm.heap.registerShared(new PyTuple(names.map((n) => vm.intern(n))))));
			return found;
		},
		settle(module: CodeObject): void {
			const holders = holdersOf(module);
			// Items are held by their tuple or frozenset, which the trace shows as the container's slots.
			const heldByContainers = new Map<PyObject, number>();
			for (const o of counted.keys()) {
				const items = o instanceof PyTuple ? o.items : o instanceof PySet ? [...o.entries.values()] : [];
				for (const item of items) if (counted.has(item)) heldByContainers.set(item, (heldByContainers.get(item) ?? 0) + 1);
			}
			for (const o of counted.keys()) giveConstantItsCount(vm.heap, o, holders.get(o) ?? [], heldByContainers.get(o) ?? 0);
		},
	};
}

export { PyStr };

/**
 * What makes two co_consts tuples equal: their items, merged constants each (so identity is equality, and a
 * code object is equal only to itself). A function's start with its docstring or None, as compile.c adds it first.
 */
function coConstsKey(code: CodeObject, none: PyObject): string {
	if (code.kind !== "function") return code.consts.map((o) => o.id).join(",");
	const rest = code.docstring === null ? code.consts.filter((o) => o !== none) : code.consts;
	return `${code.docstring === null ? none.id : JSON.stringify(code.docstring)},${rest.map((o) => o.id).join(",")}`;
}

/**
 * Strs CPython shares: the empty and one-character latin-1 singletons, and constants of ASCII name
 * characters, which code objects intern (codeobject.c's all_name_chars). Interned strs are shown as
 * shared, as small ints are.
 */
function isSharedStrConstant(value: string): boolean {
	return isSingletonStr(value) || /^[A-Za-z0-9_]+$/.test(value);
}

/**
 * _PyCode_ConstantKey as a string: a constant's type and value, so 1, 1.0 and True stay apart, -0.0 differs
 * from 0.0, and tuples and frozensets are keyed by their items.
 */
function constantKey(value: ast.ConstantValue): string {
	if (value === null) return "None";
	if (typeof value === "number") return `float:${Object.is(value, -0) ? "-0" : String(value)}`;
	if (typeof value !== "object") return `${typeof value}:${String(value)}`;
	if (value instanceof Uint8Array) return `bytes:${value.join(",")}`;
	if ("ellipsis" in value) return "Ellipsis";
	if ("complex" in value) return `complex:${constantKey(value.complex.re)},${constantKey(value.complex.im)}`;
	if ("frozenset" in value) return `frozenset(${(value as unknown as { frozenset: ast.ConstantValue[] }).frozenset.map(constantKey).sort().join(",")})`;
	return `tuple(${(value as unknown as { tuple: ast.ConstantValue[] }).tuple.map(constantKey).join(",")})`;
}
