// Symbol tables (CPython's symtable.c, simplified): which names of each scope are fast locals, cells,
// free variables, globals or class/module namespace names.
import { childNodes } from "../parse/ast-children";
import type * as ast from "../parse/ast";
import { syntaxError } from "../parse/errors";

/** A symtable error over a node's range (PyErr_RangedSyntaxLocationObject). */
function errorOver(message: string, node: ast.Located): Error {
	return syntaxError(message, node.lineno, node.col_offset, node.end_col_offset, node.end_lineno);
}

/** An error of analyze_name, which CPython raises only once its visit of the whole module found none. */
function analysisErrorOver(message: string, node: ast.Located): Error {
	const error = syntaxError(message, node.lineno, node.col_offset, node.end_col_offset, node.end_lineno);
	error.fromSymtableAnalysis = true;
	return error;
}

export type ScopeKind = "module" | "function" | "class" | "comprehension";
export type NameKind = "local" | "cell" | "free" | "global-explicit" | "global-implicit" | "name";

const BOUND = 1;
const PARAM = 2;
const USED = 4;
const GLOBAL = 8;
const NONLOCAL = 16;
/** symtable's DEF_COMP_ITER: a comprehension's iteration variable, which a walrus may not rebind. */
const COMP_ITER = 32;
/** symtable's DEF_LOCAL: bound by assignment, def, class, del, for, with, except or walrus (not import, not a parameter). */
const LOCAL = 64;
/** symtable's DEF_ANNOT: a simple name annotated (`x: int`), which a global or nonlocal declaration may not follow. */
const ANNOT = 128;

export class Scope {
	/** Flags per name, in order of first occurrence (the order CPython's symtable sees them). */
	readonly symbols = new Map<string, number>();
	readonly children: Scope[] = [];
	readonly params: string[] = [];
	readonly resolved = new Map<string, NameKind>();
	/**
	 * A class's own names that a nested function also needs from an enclosing function (symtable's
	 * DEF_FREE_CLASS): the class body reads and writes its namespace, and passes the enclosing cell on.
	 */
	readonly passedThrough = new Set<string>();
	/** A method that uses super() or __class__ gets an implicit __class__ free variable. */
	needsClassCell = false;
	/**
	 * symtable's ste_needs_class_closure: a class whose methods need __class__ gets an implicit cell of that name,
	 * apart from the body's own `__class__`, which stays a name of its namespace.
	 */
	classClosure = false;
	isGenerator = false;
	/** symtable's ste_comp_iter_target: names bound now are a comprehension's iteration variables. */
	inCompIterTarget = false;
	/** symtable's ste_comp_iter_expr: how deep inside a comprehension's iterable expressions the visit is. */
	compIterExprDepth = 0;
	/** The first global or nonlocal statement naming each name (ste_directives), where errors about it point. */
	readonly directives = new Map<string, ast.Global | ast.Nonlocal>();

	constructor(
		readonly kind: ScopeKind,
		readonly name: string,
		readonly parent: Scope | null,
		readonly node: ast.Node | null,
	) {}

	add(name: string, flag: number): void {
		this.symbols.set(name, (this.symbols.get(name) ?? 0) | flag);
	}

	kindOf(name: string): NameKind {
		return this.resolved.get(name) ?? (this.kind === "function" || this.kind === "comprehension" ? "global-implicit" : "name");
	}

	cellvars(): string[] {
		const cells = [...this.resolved].filter(([, k]) => k === "cell").map(([n]) => n);
		const all = this.classClosure ? [...cells, "__class__"] : cells;
		// Localsplus order: a parameter that is a cell keeps its parameter's place, first; the other cells follow,
		// sorted as compile.c's dictbytype sorts them.
		const params = this.params.filter((p) => all.includes(p));
		return [...params, ...all.filter((c) => !params.includes(c)).sort()];
	}
	/** co_freevars, sorted as compile.c's dictbytype sorts them. */
	freevars(): string[] {
		return [...[...this.resolved].filter(([, k]) => k === "free").map(([n]) => n), ...this.passedThrough].sort();
	}
}

/** Build the scope tree of a module; `scopes` maps each scope-creating node to its Scope. */
export function buildScopes(module: ast.Module): { top: Scope; scopes: Map<ast.Node, Scope> } {
	const scopes = new Map<ast.Node, Scope>();
	const top = new Scope("module", "<module>", null, module);
	scopes.set(module, top);
	for (const s of module.body) visit(s, top, scopes);
	resolve(top, new Set());
	return { top, scopes };
}

function newScope(kind: ScopeKind, name: string, parent: Scope, node: ast.Node, scopes: Map<ast.Node, Scope>): Scope {
	const s = new Scope(kind, name, parent, node);
	parent.children.push(s);
	scopes.set(node, s);
	return s;
}

function visitArgs(args: ast.Arguments, scope: Scope): void {
	const all = [...args.posonlyargs, ...args.args];
	for (const a of all) addParam(scope, a.arg);
	for (const a of args.kwonlyargs) addParam(scope, a.arg);
	if (args.vararg) addParam(scope, args.vararg.arg);
	if (args.kwarg) addParam(scope, args.kwarg.arg);
}

function addParam(scope: Scope, name: string): void {
	scope.params.push(name);
	scope.add(name, PARAM | BOUND);
}

function visitComprehension(node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, scope: Scope, scopes: Map<ast.Node, Scope>): void {
	const [first, ...rest] = node.generators;
	if (!first) return;
	// The outermost iterable is evaluated in the enclosing scope.
	visitIterable(first.iter, scope, scopes);
	const names = { ListComp: "<listcomp>", SetComp: "<setcomp>", DictComp: "<dictcomp>", GeneratorExp: "<genexpr>" };
	const inner = newScope("comprehension", names[node.kind], scope, node, scopes);
	inner.isGenerator = node.kind === "GeneratorExp";
	addParam(inner, ".0");
	visitIterationTarget(first.target, inner, scopes);
	for (const cond of first.ifs) visit(cond, inner, scopes);
	for (const gen of rest) {
		visitIterable(gen.iter, inner, scopes);
		visitIterationTarget(gen.target, inner, scopes);
		for (const cond of gen.ifs) visit(cond, inner, scopes);
	}
	if (node.kind === "DictComp") {
		visit(node.key, inner, scopes);
		visit(node.value, inner, scopes);
	} else visit(node.elt, inner, scopes);
}

/** A comprehension's iterable, where symtable.c refuses assignment expressions. */
function visitIterable(node: ast.Node, scope: Scope, scopes: Map<ast.Node, Scope>): void {
	scope.compIterExprDepth++;
	try {
		visit(node, scope, scopes);
	} finally {
		scope.compIterExprDepth--;
	}
}

/** A comprehension's `for` target: the names it binds are marked as iteration variables. */
function visitIterationTarget(node: ast.Node, scope: Scope, scopes: Map<ast.Node, Scope>): void {
	scope.inCompIterTarget = true;
	try {
		visit(node, scope, scopes);
	} finally {
		scope.inCompIterTarget = false;
	}
}

function visit(node: ast.Node, scope: Scope, scopes: Map<ast.Node, Scope>): void {
	switch (node.kind) {
		case "FunctionDef":
		case "Lambda": {
			for (const d of node.kind === "FunctionDef" ? node.decorator_list : []) visit(d, scope, scopes);
			for (const d of node.args.defaults) visit(d, scope, scopes);
			for (const d of node.args.kw_defaults) if (d) visit(d, scope, scopes);
			if (node.kind === "FunctionDef") {
				for (const a of [...node.args.posonlyargs, ...node.args.args, ...node.args.kwonlyargs]) if (a.annotation) visit(a.annotation, scope, scopes);
				if (node.returns) visit(node.returns, scope, scopes);
				scope.add(node.bindingName ?? node.name, BOUND | LOCAL);
			}
			const inner = newScope("function", node.kind === "FunctionDef" ? node.name : "<lambda>", scope, node, scopes);
			visitArgs(node.args, inner);
			if (node.kind === "FunctionDef") for (const s of node.body) visit(s, inner, scopes);
			else visit(node.body, inner, scopes);
			return;
		}
		case "ClassDef": {
			for (const d of node.decorator_list) visit(d, scope, scopes);
			for (const b of node.bases) visit(b, scope, scopes);
			for (const k of node.keywords) visit(k.value, scope, scopes);
			scope.add(node.bindingName ?? node.name, BOUND | LOCAL);
			const inner = newScope("class", node.name, scope, node, scopes);
			for (const s of node.body) visit(s, inner, scopes);
			return;
		}
		case "ListComp":
		case "SetComp":
		case "DictComp":
		case "GeneratorExp":
			visitComprehension(node, scope, scopes);
			return;
		case "AnnAssign":
			if (node.target.kind === "Name" && node.simple) {
				const name = node.target.id;
				const flags = scope.symbols.get(name) ?? 0;
				if (flags & (GLOBAL | NONLOCAL) && scope.kind !== "module") {
					throw errorOver(`annotated name '${name}' can't be ${flags & GLOBAL ? "global" : "nonlocal"}`, node);
				}
				scope.add(name, ANNOT);
			}
			break;
		case "Global":
		case "Nonlocal": {
			const word = node.kind === "Global" ? "global" : "nonlocal";
			for (const n of node.names) {
				const flags = scope.symbols.get(n) ?? 0;
				if (flags & (PARAM | LOCAL | USED | ANNOT)) {
					const why = flags & PARAM ? `name '${n}' is parameter and ${word}`
						: flags & USED ? `name '${n}' is used prior to ${word} declaration`
						: flags & ANNOT ? `annotated name '${n}' can't be ${word}`
						: `name '${n}' is assigned to before ${word} declaration`;
					throw errorOver(why, node);
				}
				scope.add(n, node.kind === "Global" ? GLOBAL : NONLOCAL);
				if (!scope.directives.has(n)) scope.directives.set(n, node);
			}
			return;
		}
		case "Name":
			if (scope.inCompIterTarget && node.ctx !== "Load") {
				// symtable_add_def_helper: an iteration variable a walrus already bound in this comprehension.
				if ((scope.symbols.get(node.id) ?? 0) & (GLOBAL | NONLOCAL)) {
					throw errorOver(`comprehension inner loop cannot rebind assignment expression target '${node.id}'`, node);
				}
				scope.add(node.id, COMP_ITER);
			}
			scope.add(node.id, node.ctx === "Load" ? USED : BOUND | LOCAL);
			if (node.id === "super" && node.ctx === "Load") scope.needsClassCell = true;
			return;
		case "Yield":
		case "YieldFrom":
			scope.isGenerator = true;
			break;
		case "Import":
		case "ImportFrom":
			for (const a of node.names) scope.add(a.asname ?? a.name.split(".")[0] ?? a.name, BOUND);
			return;
		case "ExceptHandler":
			if (node.name) scope.add(node.name, BOUND | LOCAL);
			break;
		case "MatchAs":
		case "MatchStar":
			// A capture is an assignment: a function's local (the pattern's own parts first, as symtable visits).
			for (const child of childNodes(node)) visit(child, scope, scopes);
			if (node.name !== null) scope.add(node.name, BOUND | LOCAL);
			return;
		case "MatchMapping":
			for (const child of childNodes(node)) visit(child, scope, scopes);
			if (node.rest !== null) scope.add(node.rest, BOUND | LOCAL);
			return;
		case "NamedExpr":
			if (scope.compIterExprDepth > 0) throw errorOver("assignment expression cannot be used in a comprehension iterable expression", node);
			bindNamedExprTarget(node, scope);
			visit(node.value, scope, scopes);
			return;
	}
	for (const child of childNodes(node)) visit(child, scope, scopes);
}

/**
 * symtable_extend_namedexpr_scope: a walrus inside a comprehension binds in the nearest enclosing scope that
 * is not one. At module level (or where that function declared it global) the name is global in both; in a
 * function it is the function's local and the comprehension's free variable.
 */
function bindNamedExprTarget(node: ast.NamedExpr, scope: Scope): void {
	const name = node.target.id;
	let target = scope;
	while (target.kind === "comprehension" && target.parent) {
		if ((target.symbols.get(name) ?? 0) & COMP_ITER) {
			throw errorOver(`assignment expression cannot rebind comprehension iteration variable '${name}'`, node.target);
		}
		target = target.parent;
	}
	if (target === scope) {
		scope.add(name, BOUND | LOCAL);
		return;
	}
	if (target.kind === "class") throw errorOver("assignment expression within a comprehension cannot be used in a class body", node.target);
	const global = target.kind === "module" || ((target.symbols.get(name) ?? 0) & GLOBAL) !== 0;
	scope.add(name, global ? GLOBAL : NONLOCAL);
	target.add(name, target.kind === "module" ? GLOBAL : BOUND | LOCAL);
}

/** Decide each name's kind, top-down; `enclosingBound` holds names bound in enclosing function scopes. */
function resolve(scope: Scope, enclosingBound: Set<string>): void {
	const isFunction = scope.kind === "function" || scope.kind === "comprehension";
	for (const [name, flags] of scope.symbols) {
		// analyze_name's checks, reported at the name's first global or nonlocal statement.
		const directive = scope.directives.get(name);
		if (directive && flags & GLOBAL && flags & NONLOCAL) throw analysisErrorOver(`name '${name}' is nonlocal and global`, directive);
		// After the whole module's visit: `x = 1` then `nonlocal x` is told as assigned before the declaration.
		if (directive && flags & NONLOCAL && scope.kind === "module") throw analysisErrorOver("nonlocal declaration not allowed at module level", directive);
		if (directive && flags & NONLOCAL && !(flags & GLOBAL) && !enclosingBound.has(name)) {
			throw analysisErrorOver(`no binding for nonlocal '${name}' found`, directive);
		}
		if (flags & GLOBAL) scope.resolved.set(name, "global-explicit");
		else if (flags & NONLOCAL) scope.resolved.set(name, "free");
		else if (flags & BOUND) scope.resolved.set(name, isFunction ? "local" : "name");
		else if (enclosingBound.has(name)) scope.resolved.set(name, "free");
	}
	// symtable counts `super` in any function block (a nested def, a lambda, a comprehension) as a use of
	// __class__, free wherever an enclosing class provides the cell.
	if (isFunction && scope.needsClassCell && enclosingBound.has("__class__") && !scope.resolved.has("__class__")) {
		scope.resolved.set("__class__", "free");
	}
	const inner = new Set(enclosingBound);
	if (isFunction) {
		for (const [name, kind] of scope.resolved) {
			if (kind === "local" || kind === "free") inner.add(name);
			// analyze_name discards a name this function declares global from the bound names its children see
			// (a class body's declaration does not: its children get the names bound before it).
			else if (kind === "global-explicit") inner.delete(name);
		}
	}
	if (scope.kind === "class") inner.add("__class__");
	for (const child of scope.children) resolve(child, inner);
	// A child's free variable is a cell here when we bind it, or passes through as free.
	for (const child of scope.children) {
		for (const name of freeNeeded(child)) {
			const kind = scope.resolved.get(name);
			if (scope.kind === "class") {
				if (name === "__class__") scope.classClosure = true;
				else if (enclosingBound.has(name) && kind !== "name") scope.resolved.set(name, "free");
				else if (enclosingBound.has(name)) scope.passedThrough.add(name);
				continue;
			}
			if (kind === "local" || kind === "cell") scope.resolved.set(name, "cell");
			else if (isFunction && enclosingBound.has(name) && kind !== "global-explicit") scope.resolved.set(name, "free");
		}
	}
}

/** Free names of a scope including those its nested scopes need to pass through it. */
function freeNeeded(scope: Scope): string[] {
	return scope.freevars();
}
