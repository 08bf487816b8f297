// compile.c's forbidden_name: `__debug__` cannot be assigned to or deleted. The parser accepts it (ast.parse does);
// the compiler refuses the program, at the node it was compiling: the name itself, an attribute, or the statement
// or expression that binds it (a def and its parameters, an import, an annotated name, a keyword argument's call).
import type * as ast from "./ast";

export interface DebugAssignment {
	message: string;
	at: ast.Located;
}

const NAME = "__debug__";
const ASSIGN = "cannot assign to __debug__";

/** A name check the walk makes at its turn, among the nodes it visits. */
class Check {
	constructor(readonly found: DebugAssignment | null) {}
}

/**
 * The first place the tree binds or deletes `__debug__`, in the order the compiler meets them, or null. The walk
 * keeps its own stack: a program nested as deeply as python3 accepts would exhaust the host's.
 */
export function firstDebugAssignment(root: unknown): DebugAssignment | null {
	const stack: unknown[] = [root];
	while (stack.length > 0) {
		const item = stack.pop();
		if (item instanceof Check) {
			if (item.found) return item.found;
			continue;
		}
		const tasks = Array.isArray(item) ? item : typeof item === "object" && item !== null && "kind" in item ? visitOrder(item as ast.Node) : [];
		for (let i = tasks.length - 1; i >= 0; i--) stack.push(tasks[i]);
	}
	return null;
}

/** What visiting `n` checks and visits, in the compiler's order. */
function visitOrder(n: ast.Node): unknown[] {
	switch (n.kind) {
		case "Name":
			if (n.id !== NAME || n.ctx === "Load") return [];
			return [new Check({ message: n.ctx === "Del" ? "cannot delete __debug__" : ASSIGN, at: n })];
		case "Attribute":
			return n.ctx === "Store" && n.attr === NAME ? [new Check({ message: ASSIGN, at: n })] : [n.value];
		case "AnnAssign":
			// compiler_annassign stores a value through its target (at the target's location); without one it checks a
			// name or attribute target itself, at the statement's.
			if (n.value) return [n.value, n.target, n.annotation];
			if ((n.target.kind === "Name" && n.target.id === NAME) || (n.target.kind === "Attribute" && n.target.attr === NAME)) return [new Check({ message: ASSIGN, at: n })];
			break;
		case "AugAssign":
			// An attribute's augmented assignment loads and stores it by name, unchecked.
			if (n.target.kind === "Attribute") return [n.target.value, n.value];
			break;
		case "FunctionDef":
			// compiler_function: the parameters first, the name bound last, after the body.
			return [bindsDebug(parameterNames(n.args), n), ...children(n), bindsDebug([n.name], n)];
		case "Lambda":
			return [bindsDebug(parameterNames(n.args), n), ...children(n)];
		case "ClassDef":
			return [...children(n), bindsDebug(keywordNames(n.keywords), n), bindsDebug([n.name], n)];
		case "Import":
			return [bindsDebug(n.names.map((alias) => alias.asname ?? alias.name.split(".")[0]!), n)];
		case "ImportFrom":
			return [bindsDebug(n.names.map((alias) => alias.asname ?? alias.name), n)];
		case "Call":
			// validate_keywords runs before the arguments are compiled.
			return [n.func, bindsDebug(keywordNames(n.keywords), n), n.args, n.keywords];
		case "ExceptHandler":
			return [n.type, bindsDebug([n.name], n), n.body];
		case "MatchAs":
			// The capture is stored with the location of the last pattern compiled before it (its subpattern's).
			return [n.pattern, bindsDebug([n.name], lastPatternCompiled(n))];
		case "MatchStar":
			return [bindsDebug([n.name], n)];
		case "MatchMapping":
			return [n.keys, n.patterns, bindsDebug([n.rest], n)];
	}
	return children(n);
}

function children(n: ast.Node): unknown[] {
	return Object.values(n).filter((value) => typeof value === "object" && value !== null);
}

function bindsDebug(names: (string | null)[], at: ast.Located): Check {
	return new Check(names.includes(NAME) ? { message: ASSIGN, at } : null);
}

function parameterNames(args: ast.Arguments): string[] {
	return [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg].filter((arg) => arg !== null).map((arg) => arg.arg);
}

function keywordNames(keywords: ast.Keyword[]): (string | null)[] {
	return keywords.map((keyword) => keyword.arg);
}

function lastPatternCompiled(pattern: ast.Pattern): ast.Pattern {
	for (;;) {
		const inner = pattern.kind === "MatchAs" ? (pattern.pattern ? [pattern.pattern] : []) : pattern.kind === "MatchClass" ? [...pattern.patterns, ...pattern.kwd_patterns] : "patterns" in pattern ? pattern.patterns : [];
		const last = inner[inner.length - 1];
		if (!last) return pattern;
		pattern = last;
	}
}
