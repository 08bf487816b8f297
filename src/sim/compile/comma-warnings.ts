// compile.c's SyntaxWarnings for a missing comma: `[1, 2] [0, 1]` subscripts a list with a tuple and
// `[(1, 2) (3, 4)]` calls a tuple. The types are inferred from the (folded) AST, as infer_type does.
import type * as ast from "../parse/ast";
import type { Compiler } from "./compiler";
import { foldedConstant, isTupleConstant } from "./fold";

function constantType(value: ast.ConstantValue): string {
	if (value === null) return "NoneType";
	if (typeof value === "boolean") return "bool";
	if (typeof value === "bigint") return "int";
	if (typeof value === "number") return "float";
	if (typeof value === "string") return "str";
	if (value instanceof Uint8Array) return "bytes";
	if ("ellipsis" in value) return "ellipsis";
	if ("complex" in value) return "complex";
	return isTupleConstant(value) ? "tuple" : "frozenset";
}

/** infer_type: the type an expression evaluates to when its kind alone says so, else null. */
function inferType(node: ast.Expr): string | null {
	const value = foldedConstant(node);
	if (value !== undefined) return constantType(value);
	switch (node.kind) {
		case "Tuple":
			return "tuple";
		case "List":
		case "ListComp":
			return "list";
		case "Dict":
		case "DictComp":
			return "dict";
		case "Set":
		case "SetComp":
			return "set";
		case "GeneratorExp":
			return "generator";
		case "Lambda":
			return "function";
		case "JoinedStr":
		case "FormattedValue":
			return "str";
		default:
			return null;
	}
}

const CALLABLE_NEVER = new Set(["Tuple", "List", "ListComp", "Dict", "DictComp", "Set", "SetComp", "GeneratorExp", "JoinedStr", "FormattedValue"]);

/** check_caller: calling a display or a constant. */
export function warnOnCallingLiteral(c: Compiler, call: ast.Call): void {
	const func = call.func;
	if (foldedConstant(func) === undefined && !CALLABLE_NEVER.has(func.kind)) return;
	c.warnings.push({ line: call.lineno, message: `'${inferType(func)}' object is not callable; perhaps you missed a comma?` });
}

/** check_subscripter and check_index, for a subscript that is read. */
export function warnOnSubscriptingLiteral(c: Compiler, node: ast.Subscript): void {
	const container = node.value;
	const value = foldedConstant(container);
	const unsubscriptable = value === undefined ? ["Set", "SetComp", "GeneratorExp", "Lambda"].includes(container.kind) : !["str", "bytes", "tuple"].includes(constantType(value));
	if (unsubscriptable) {
		c.warnings.push({ line: node.lineno, message: `'${inferType(container)}' object is not subscriptable; perhaps you missed a comma?` });
		return;
	}
	const indexType = inferType(node.slice);
	if (indexType === null || indexType === "int" || indexType === "bool" || node.slice.kind === "Slice") return;
	const sequence = value !== undefined || ["Tuple", "List", "ListComp", "JoinedStr", "FormattedValue"].includes(container.kind);
	if (sequence) c.warnings.push({ line: node.lineno, message: `${inferType(container)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?` });
}
