// symtable's rule that a comprehension's own scope holds no yield: `[(yield) for x in y]` is "'yield' inside list
// comprehension", a symtable error, so it comes before the compiler's "'yield' outside function". The outermost
// iterable is evaluated in the enclosing scope and may yield; a lambda is a scope of its own.
import type * as ast from "./ast";
import { childNodes } from "./ast-children";
import type { ParserState } from "./state";

type Comprehension = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

const DESCRIPTIONS: Record<Comprehension["kind"], string> = {
	ListComp: "list comprehension",
	SetComp: "set comprehension",
	DictComp: "dict comprehension",
	GeneratorExp: "generator expression",
};

/** Defers the error for the first yield the comprehension's own scope holds, and returns the comprehension. */
export function checkedComprehension<T extends Comprehension>(p: ParserState, node: T): T {
	const found = firstYield(ownParts(node));
	if (found) p.defer(`'yield' inside ${DESCRIPTIONS[node.kind]}`, found, 0);
	// compile.c's rule, a stage later: pymem runs no async function for one to be inside.
	if (node.kind !== "GeneratorExp" && node.generators.some((g) => g.is_async)) p.defer("asynchronous comprehension outside of an asynchronous function", node);
	return node;
}

/** What symtable_handle_comprehension visits inside the new scope, in its order. */
function ownParts(node: Comprehension): ast.Node[] {
	const [first, ...rest] = node.generators;
	const parts: ast.Node[] = first ? [first.target, ...first.ifs] : [];
	for (const g of rest) parts.push(g.target, g.iter, ...g.ifs);
	if (node.kind === "DictComp") parts.push(node.value, node.key);
	else parts.push(node.elt);
	return parts;
}

function firstYield(nodes: ast.Node[]): ast.Yield | ast.YieldFrom | null {
	for (const node of nodes) {
		if (node.kind === "Yield" || node.kind === "YieldFrom") return node;
		if (node.kind === "Lambda") continue;
		const isComprehension = node.kind === "ListComp" || node.kind === "SetComp" || node.kind === "DictComp" || node.kind === "GeneratorExp";
		const inner = isComprehension ? firstYield(node.generators[0] ? [node.generators[0].iter] : []) : firstYield(childNodes(node));
		if (inner) return inner;
	}
	return null;
}
