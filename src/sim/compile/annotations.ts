// Annotated assignments (compile.c's compiler_annassign). In a module or class body a simple name's
// annotation is evaluated and stored in __annotations__, which SETUP_ANNOTATIONS creates before the body
// runs; other targets' annotations are evaluated and dropped; a function evaluates none.
import type * as ast from "../parse/ast";
import { Op } from "./code";
import type { Compiler } from "./compiler";
import { compileStore } from "./targets";
import { annotationText } from "./annotation-text";

export function compileAnnAssign(c: Compiler, s: ast.AnnAssign): void {
	const u = c.unit;
	if (s.value) {
		c.expr(s.value);
		compileStore(c, s.target);
	}
	if (u.kind !== "module" && u.kind !== "class") return;
	const target = s.target;
	if (target.kind === "Name" && s.simple) {
		if (c.future.annotations) c.loadConst(annotationText(s.annotation), "compiler");
		else c.expr(s.annotation);
		u.emit(Op.LOAD_NAME, u.nameIndex("__annotations__"));
		c.loadConst(target.id);
		u.emit(Op.STORE_SUBSCR);
		return;
	}
	// check_ann_expr: a bare attribute or subscript target still evaluates its object (and index).
	if (!s.value && target.kind === "Attribute") evaluateAndDrop(c, target.value);
	if (!s.value && target.kind === "Subscript") {
		evaluateAndDrop(c, target.value);
		evaluateAndDrop(c, target.slice);
	}
	// check_annotation: under the annotations future a complex target's annotation is not even evaluated.
	if (!c.future.annotations) evaluateAndDrop(c, s.annotation);
}

function evaluateAndDrop(c: Compiler, node: ast.Expr): void {
	c.expr(node);
	c.unit.emit(Op.POP_TOP);
}

/** find_ann: an annotated assignment anywhere in these statements, outside nested functions and classes. */
export function hasAnnotations(stmts: readonly ast.Stmt[]): boolean {
	return stmts.some((s) => {
		switch (s.kind) {
			case "AnnAssign":
				return true;
			case "For":
			case "While":
			case "If":
				return hasAnnotations(s.body) || hasAnnotations(s.orelse);
			case "With":
				return hasAnnotations(s.body);
			case "Match":
				return s.cases.some((m) => hasAnnotations(m.body));
			case "Try":
			case "TryStar":
				return hasAnnotations(s.body) || hasAnnotations(s.orelse) || hasAnnotations(s.finalbody) || s.handlers.some((h) => hasAnnotations(h.body));
			default:
				return false;
		}
	});
}
