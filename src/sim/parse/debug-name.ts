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

/** The first place the tree binds or deletes `__debug__`, in the order the compiler meets them, or null. */
export function firstDebugAssignment(node: unknown): DebugAssignment | null {
	if (Array.isArray(node)) {
		for (const item of node) {
			const found = firstDebugAssignment(item);
			if (found) return found;
		}
		return null;
	}
	if (typeof node !== "object" || node === null || !("kind" in node)) return null;
	const n = node as ast.Node;
	switch (n.kind) {
		case "Name":
			if (n.id !== NAME || n.ctx === "Load") return null;
			return { message: n.ctx === "Del" ? "cannot delete __debug__" : ASSIGN, at: n };
		case "Attribute":
			return n.ctx === "Store" && n.attr === NAME ? { message: ASSIGN, at: n } : firstDebugAssignment(n.value);
		case "AnnAssign":
			// compiler_annassign stores a value through its target (at the target's location); without one it checks a
			// name or attribute target itself, at the statement's.
			if (n.value) return firstDebugAssignment(n.value) ?? firstDebugAssignment(n.target) ?? firstDebugAssignment(n.annotation);
			if ((n.target.kind === "Name" && n.target.id === NAME) || (n.target.kind === "Attribute" && n.target.attr === NAME)) return { message: ASSIGN, at: n };
			break;
		case "AugAssign":
			// An attribute's augmented assignment loads and stores it by name, unchecked.
			if (n.target.kind === "Attribute") return firstDebugAssignment(n.target.value) ?? firstDebugAssignment(n.value);
			break;
		case "FunctionDef":
			// compiler_function: the parameters first, the name bound last, after the body.
			return bindsDebug(parameterNames(n.args), n) ?? childrenFirst(n) ?? bindsDebug([n.name], n);
		case "Lambda":
			return bindsDebug(parameterNames(n.args), n) ?? childrenFirst(n);
		case "ClassDef":
			return childrenFirst(n) ?? bindsDebug(keywordNames(n.keywords), n) ?? bindsDebug([n.name], n);
		case "Import":
			return bindsDebug(n.names.map((alias) => alias.asname ?? alias.name.split(".")[0]!), n);
		case "ImportFrom":
			return bindsDebug(n.names.map((alias) => alias.asname ?? alias.name), n);
		case "Call":
			// validate_keywords runs before the arguments are compiled.
			return firstDebugAssignment(n.func) ?? bindsDebug(keywordNames(n.keywords), n) ?? firstDebugAssignment(n.args) ?? firstDebugAssignment(n.keywords);
		case "ExceptHandler":
			return firstDebugAssignment(n.type) ?? bindsDebug([n.name], n) ?? firstDebugAssignment(n.body);
		case "MatchAs":
			// The capture is stored with the location of the last pattern compiled before it (its subpattern's).
			return firstDebugAssignment(n.pattern) ?? bindsDebug([n.name], lastPatternCompiled(n));
		case "MatchStar":
			return bindsDebug([n.name], n);
		case "MatchMapping":
			return firstDebugAssignment(n.keys) ?? firstDebugAssignment(n.patterns) ?? bindsDebug([n.rest], n);
	}
	return childrenFirst(n);
}

function childrenFirst(n: ast.Node): DebugAssignment | null {
	for (const value of Object.values(n)) {
		if (typeof value !== "object" || value === null) continue;
		const found = firstDebugAssignment(value);
		if (found) return found;
	}
	return null;
}

function bindsDebug(names: (string | null)[], at: ast.Located): DebugAssignment | null {
	return names.includes(NAME) ? { message: ASSIGN, at } : null;
}

function parameterNames(args: ast.Arguments): string[] {
	return [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg].filter((arg) => arg !== null).map((arg) => arg.arg);
}

function keywordNames(keywords: ast.Keyword[]): (string | null)[] {
	return keywords.map((keyword) => keyword.arg);
}

function lastPatternCompiled(pattern: ast.Pattern): ast.Pattern {
	const inner = pattern.kind === "MatchAs" ? (pattern.pattern ? [pattern.pattern] : []) : pattern.kind === "MatchClass" ? [...pattern.patterns, ...pattern.kwd_patterns] : "patterns" in pattern ? pattern.patterns : [];
	const last = inner[inner.length - 1];
	return last ? lastPatternCompiled(last) : pattern;
}
