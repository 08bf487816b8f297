// ast.dump() as CPython 3.11 prints it (annotate_fields=True, include_attributes=False): optional fields that are
// None are left out, empty lists are printed, and constants use Python's repr.
import type * as ast from "./ast";
import { pyRepr } from "./repr";

/** Python's `_fields` per class; a leading "?" marks an optional field (omitted when None). */
export const FIELDS: Record<string, string[]> = {
	Module: ["body", "type_ignores"],
	FunctionDef: ["name", "args", "body", "decorator_list", "?returns", "?type_comment"],
	ClassDef: ["name", "bases", "keywords", "body", "decorator_list"],
	Return: ["?value"],
	Delete: ["targets"],
	Assign: ["targets", "value", "?type_comment"],
	AugAssign: ["target", "op", "value"],
	AnnAssign: ["target", "annotation", "?value", "simple"],
	For: ["target", "iter", "body", "orelse", "?type_comment"],
	While: ["test", "body", "orelse"],
	If: ["test", "body", "orelse"],
	With: ["items", "body", "?type_comment"],
	Raise: ["?exc", "?cause"],
	Try: ["body", "handlers", "orelse", "finalbody"],
	TryStar: ["body", "handlers", "orelse", "finalbody"],
	Assert: ["test", "?msg"],
	Import: ["names"],
	ImportFrom: ["?module", "names", "?level"],
	Global: ["names"],
	Nonlocal: ["names"],
	Expr: ["value"],
	Pass: [],
	Break: [],
	Continue: [],
	BoolOp: ["op", "values"],
	NamedExpr: ["target", "value"],
	BinOp: ["left", "op", "right"],
	UnaryOp: ["op", "operand"],
	Lambda: ["args", "body"],
	IfExp: ["test", "body", "orelse"],
	Dict: ["keys", "values"],
	Set: ["elts"],
	ListComp: ["elt", "generators"],
	SetComp: ["elt", "generators"],
	DictComp: ["key", "value", "generators"],
	GeneratorExp: ["elt", "generators"],
	Await: ["value"],
	Yield: ["?value"],
	YieldFrom: ["value"],
	Compare: ["left", "ops", "comparators"],
	Call: ["func", "args", "keywords"],
	FormattedValue: ["value", "conversion", "?format_spec"],
	JoinedStr: ["values"],
	Constant: ["value", "?kind"],
	Attribute: ["value", "attr", "ctx"],
	Subscript: ["value", "slice", "ctx"],
	Starred: ["value", "ctx"],
	Name: ["id", "ctx"],
	List: ["elts", "ctx"],
	Tuple: ["elts", "ctx"],
	Slice: ["?lower", "?upper", "?step"],
	comprehension: ["target", "iter", "ifs", "is_async"],
	ExceptHandler: ["?type", "?name", "body"],
	arguments: ["posonlyargs", "args", "?vararg", "kwonlyargs", "kw_defaults", "?kwarg", "defaults"],
	arg: ["arg", "?annotation", "?type_comment"],
	keyword: ["?arg", "value"],
	alias: ["name", "?asname"],
	withitem: ["context_expr", "?optional_vars"],
	Match: ["subject", "cases"],
	match_case: ["pattern", "?guard", "body"],
	MatchValue: ["value"],
	MatchSingleton: ["value"],
	MatchSequence: ["patterns"],
	MatchMapping: ["keys", "patterns", "?rest"],
	MatchClass: ["cls", "patterns", "kwd_attrs", "kwd_patterns"],
	MatchStar: ["?name"],
	MatchAs: ["?pattern", "?name"],
	MatchOr: ["patterns"],
};

/** Fields holding an operator or context name, printed as an empty node: `Add()`, `Load()`. */
const SINGLETON_FIELDS = new Set(["op", "ctx"]);
/** Plain int fields (Python ints, stored as JS numbers); a JS number anywhere else is a float constant. */
const INT_FIELDS = new Set(["conversion", "simple", "level", "is_async"]);

export function dumpAst(node: ast.Node): string {
	return dumpNode(node as unknown as Record<string, unknown>);
}

function dumpNode(node: Record<string, unknown>): string {
	const kind = node.kind as string;
	const fields = FIELDS[kind];
	if (!fields) throw new Error(`dumpAst: unknown node kind ${kind}`);
	const parts: string[] = [];
	for (const spec of fields) {
		const optional = spec.startsWith("?");
		const name = optional ? spec.slice(1) : spec;
		// The Constant field `kind` is stored as constKind: `kind` is every node's discriminant.
		const value = kind === "Constant" && name === "kind" ? node.constKind : node[name];
		if (optional && (value === null || value === undefined)) continue;
		parts.push(`${name}=${dumpValue(value, name)}`);
	}
	return `${kind}(${parts.join(", ")})`;
}

function dumpValue(value: unknown, field: string): string {
	if (Array.isArray(value)) {
		if (field === "ops") return `[${value.map((op: string) => `${op}()`).join(", ")}]`;
		return `[${value.map((v) => dumpValue(v, "")).join(", ")}]`;
	}
	if (typeof value === "string" && SINGLETON_FIELDS.has(field)) return `${value}()`;
	if (typeof value === "number" && INT_FIELDS.has(field)) return String(value);
	if (value !== null && typeof value === "object" && "kind" in value && typeof value.kind === "string") {
		return dumpNode(value);
	}
	return pyRepr(value as ast.ConstantValue);
}
