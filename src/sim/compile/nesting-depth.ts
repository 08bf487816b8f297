// How deeply a program's syntax tree nests, checked before it is compiled. CPython's AST optimizer (ast_opt.c)
// counts the statements, expressions and patterns it is inside as it walks the tree, and past three times the
// recursion limit it gives up: "RecursionError: maximum recursion depth exceeded during compilation". pymem's
// own compiler passes recurse as they walk, on a host stack that is smaller, so a tree nested deeper than they
// can go is refused before them, naming the line, even where python3 would compile it.
import type * as ast from "../parse/ast";
import { childNodes } from "../parse/ast-children";
import { UnsupportedSyntaxError } from "../parse/errors";

/** ast_opt's limit: the recursion limit (1000) times COMPILER_STACK_FRAME_SCALE (3), from depth 0 for a script. */
export const CPYTHON_COMPILE_DEPTH = 3000;

/** How deeply pymem's compiler passes may recurse in a browser or in node, with room to spare. */
export const PYMEM_COMPILE_DEPTH = 1000;

/** The RecursionError python3 reports, before anything runs and with no traceback, for a tree nested too deeply. */
export class CompileRecursionError extends Error {
	/** The line of the first node too deep (python3 names none; the host shows it). */
	readonly lineno: number;

	constructor(lineno: number) {
		super("maximum recursion depth exceeded during compilation");
		this.name = "RecursionError";
		this.lineno = lineno;
	}
}

/** The node kinds ast_opt counts: statements, expressions and patterns, whose kinds are capitalized. */
function counted(node: ast.Node): boolean {
	const first = node.kind.charCodeAt(0);
	return first >= 65 && first <= 90 && node.kind !== "Module" && node.kind !== "ExceptHandler";
}

/**
 * Throws CompileRecursionError where python3 would give up compiling `module`, or else UnsupportedSyntaxError
 * where pymem would. The walk keeps its own stack: it must not overflow on the trees it is there to catch.
 */
export function checkNestingDepth(module: ast.Module): void {
	const nodes: ast.Node[] = [module];
	const depths: number[] = [0];
	let tooDeepForPymem: ast.Node | null = null;
	while (nodes.length > 0) {
		const node = nodes.pop()!;
		const depth = depths.pop()! + (counted(node) ? 1 : 0);
		if (depth > CPYTHON_COMPILE_DEPTH) throw new CompileRecursionError(lineOf(node));
		if (depth > PYMEM_COMPILE_DEPTH) tooDeepForPymem ??= node;
		const children = childNodes(node);
		for (let i = children.length - 1; i >= 0; i--) {
			nodes.push(children[i]!);
			depths.push(depth);
		}
	}
	if (tooDeepForPymem) throw new UnsupportedSyntaxError("expressions nested this deeply", lineOf(tooDeepForPymem));
}

function lineOf(node: ast.Node): number {
	return "lineno" in node ? node.lineno : 1;
}
