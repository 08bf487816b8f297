// symtable's rule that a comprehension's own scope holds no yield: `[(yield) for x in y]` is "'yield' inside list
// comprehension", a symtable error, so it comes before the compiler's "'yield' outside function". The outermost
// iterable is evaluated in the enclosing scope and may yield; a lambda is a scope of its own. The same scopes decide
// which comprehension compile.c reports as asynchronous outside an async function.
import type * as ast from "./ast";
import { childNodes } from "./ast-children";
import { UnsupportedSyntaxError } from "./errors";
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
	checkAsync(p, node);
	return node;
}

/** The comprehensions symtable marks as coroutines (ste_coroutine): the inner ones are checked first. */
const coroutines = new WeakSet<Comprehension>();
const OUTSIDE_ASYNC = "asynchronous comprehension outside of an asynchronous function";

/**
 * A comprehension with an `async for` or an await, or one that awaits an inner list, set or dict comprehension that
 * is a coroutine, is a coroutine itself. compile.c refuses one that is not a generator expression unless it is
 * inside an async function (pymem runs none) or another comprehension, and before it compiles what the comprehension
 * awaits: so of nested ones the outermost is reported, as python3 reports it, and a generator expression made
 * asynchronous this way is one pymem cannot run.
 */
function checkAsync(p: ParserState, node: Comprehension): void {
	const awaits = awaitsOf(ownParts(node));
	if (!node.generators.some((g) => g.is_async) && awaits.length === 0) return;
	coroutines.add(node);
	// Its own place is not set yet (a call's sole argument ends at the call's parenthesis): its item's line is the first.
	if (node.kind === "GeneratorExp") throw new UnsupportedSyntaxError("async comprehensions", node.elt.lineno);
	for (const inner of awaits) p.moveDeferred(inner, node, OUTSIDE_ASYNC);
	p.defer(OUTSIDE_ASYNC, node);
}

/** The await expressions of one scope's nodes, and the coroutine comprehensions (not generator expressions) they await. */
function awaitsOf(nodes: ast.Node[]): (ast.Await | Comprehension)[] {
	const found: (ast.Await | Comprehension)[] = [];
	for (const node of nodes) {
		if (node.kind === "Lambda") continue;
		if (isComprehension(node)) {
			if (node.kind !== "GeneratorExp" && coroutines.has(node)) found.push(node);
			// Its first iterable is evaluated in this scope.
			if (node.generators[0]) found.push(...awaitsOf([node.generators[0].iter]));
			continue;
		}
		if (node.kind === "Await") found.push(node);
		found.push(...awaitsOf(childNodes(node)));
	}
	return found;
}

function isComprehension(node: ast.Node): node is Comprehension {
	return node.kind === "ListComp" || node.kind === "SetComp" || node.kind === "DictComp" || node.kind === "GeneratorExp";
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
		const inner = isComprehension(node) ? firstYield(node.generators[0] ? [node.generators[0].iter] : []) : firstYield(childNodes(node));
		if (inner) return inner;
	}
	return null;
}
