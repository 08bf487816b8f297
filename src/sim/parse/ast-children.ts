// Walking the syntax tree generically: a node's direct children, in field order.
import type * as ast from "./ast";

type AnyNode = ast.Node & Record<string, unknown>;

function isNode(v: unknown): v is AnyNode {
	return typeof v === "object" && v !== null && typeof (v as { kind?: unknown }).kind === "string";
}

/** The direct child nodes of a node, in field order. */
export function childNodes(node: ast.Node): ast.Node[] {
	const out: ast.Node[] = [];
	for (const value of Object.values(node)) {
		if (Array.isArray(value)) {
			for (const v of value) if (isNode(v)) out.push(v);
		} else if (isNode(value)) out.push(value);
	}
	return out;
}

/** Whether a node, or any node below it, is of this kind. */
export function containsKind(node: ast.Node, kind: ast.Node["kind"]): boolean {
	return node.kind === kind || childNodes(node).some((child) => containsKind(child, kind));
}
