// Python 3.11 abstract syntax tree, mirroring the `ast` module class for class and field for field.
// `kind` is the Python class name; field names are Python's so the compiler can follow CPython's compile.c.
// Optional fields (`expr?` in Python.asdl) are `null` when absent, exactly where Python has None.

/** Source range as CPython computes it: 1-based lines, 0-based UTF-8 byte columns. */
export interface Located {
	lineno: number;
	col_offset: number;
	end_lineno: number;
	end_col_offset: number;
}

/** Python's Ellipsis singleton as a Constant value. */
export interface EllipsisValue {
	readonly ellipsis: true;
}
export const ELLIPSIS: EllipsisValue = Object.freeze({ ellipsis: true });

/** A complex constant: an imaginary literal (`4j`) or one the AST optimizer folded (`3 + 4j`). */
export interface ComplexValue {
	readonly complex: { readonly re: number; readonly im: number };
}

/**
 * Constant values: null is None, boolean is bool, bigint is int (always, whatever its size),
 * number is float, string is str, Uint8Array is bytes, { complex } is complex.
 */
export type ConstantValue = null | boolean | bigint | number | string | Uint8Array | EllipsisValue | ComplexValue;

export type ExprContext = "Load" | "Store" | "Del";
export type BoolOperator = "And" | "Or";
export type Operator =
	| "Add" | "Sub" | "Mult" | "MatMult" | "Div" | "Mod" | "Pow"
	| "LShift" | "RShift" | "BitOr" | "BitXor" | "BitAnd" | "FloorDiv";
export type UnaryOperator = "Invert" | "Not" | "UAdd" | "USub";
export type CmpOperator = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

export interface Module {
	kind: "Module";
	body: Stmt[];
	type_ignores: never[];
}

// ---- statements ----
export interface FunctionDef extends Located {
	kind: "FunctionDef";
	name: string;
	/** The name it is stored under, when private name mangling changes it (set by compile/mangle.ts). */
	bindingName?: string;
	args: Arguments;
	body: Stmt[];
	decorator_list: Expr[];
	returns: Expr | null;
	type_comment: null;
}
export interface ClassDef extends Located {
	kind: "ClassDef";
	name: string;
	/** The name it is stored under, when private name mangling changes it (set by compile/mangle.ts). */
	bindingName?: string;
	bases: Expr[];
	keywords: Keyword[];
	body: Stmt[];
	decorator_list: Expr[];
}
export interface Return extends Located { kind: "Return"; value: Expr | null }
export interface Delete extends Located { kind: "Delete"; targets: Expr[] }
export interface Assign extends Located { kind: "Assign"; targets: Expr[]; value: Expr; type_comment: null }
export interface AugAssign extends Located { kind: "AugAssign"; target: Name | Attribute | Subscript; op: Operator; value: Expr }
export interface AnnAssign extends Located {
	kind: "AnnAssign";
	target: Name | Attribute | Subscript;
	annotation: Expr;
	value: Expr | null;
	/** 1 when the target is a plain name not in parentheses. */
	simple: number;
}
export interface For extends Located {
	kind: "For";
	target: Expr;
	iter: Expr;
	body: Stmt[];
	orelse: Stmt[];
	type_comment: null;
}
export interface While extends Located { kind: "While"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Located { kind: "If"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Located { kind: "With"; items: WithItem[]; body: Stmt[]; type_comment: null }
export interface Raise extends Located { kind: "Raise"; exc: Expr | null; cause: Expr | null }
export interface Try extends Located {
	kind: "Try";
	body: Stmt[];
	handlers: ExceptHandler[];
	orelse: Stmt[];
	finalbody: Stmt[];
}
/** `try: ... except* E: ...` (3.11 exception groups). */
export interface TryStar extends Located {
	kind: "TryStar";
	body: Stmt[];
	handlers: ExceptHandler[];
	orelse: Stmt[];
	finalbody: Stmt[];
}
export interface Assert extends Located { kind: "Assert"; test: Expr; msg: Expr | null }
export interface Import extends Located { kind: "Import"; names: Alias[] }
export interface ImportFrom extends Located {
	kind: "ImportFrom";
	module: string | null;
	names: Alias[];
	/** Number of leading dots; 0 for an absolute import. */
	level: number;
}
export interface Global extends Located { kind: "Global"; names: string[] }
export interface Nonlocal extends Located { kind: "Nonlocal"; names: string[] }
export interface ExprStmt extends Located { kind: "Expr"; value: Expr }
export interface Pass extends Located { kind: "Pass" }
export interface Break extends Located { kind: "Break" }
export interface Continue extends Located { kind: "Continue" }

/** `match subject:` with its `case` blocks (PEP 634). */
export interface Match extends Located { kind: "Match"; subject: Expr; cases: MatchCase[] }

export type Stmt =
	| FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For | While | If | With
	| Raise | Try | TryStar | Assert | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue
	| Match;

// ---- expressions ----
export interface BoolOp extends Located { kind: "BoolOp"; op: BoolOperator; values: Expr[] }
export interface NamedExpr extends Located { kind: "NamedExpr"; target: Name; value: Expr }
export interface BinOp extends Located { kind: "BinOp"; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Located { kind: "UnaryOp"; op: UnaryOperator; operand: Expr }
export interface Lambda extends Located { kind: "Lambda"; args: Arguments; body: Expr }
export interface IfExp extends Located { kind: "IfExp"; test: Expr; body: Expr; orelse: Expr }
/** `keys[i]` is null for a `**mapping` entry, whose mapping is `values[i]`. */
export interface Dict extends Located { kind: "Dict"; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Located { kind: "Set"; elts: Expr[] }
export interface ListComp extends Located { kind: "ListComp"; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Located { kind: "SetComp"; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Located { kind: "DictComp"; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Located { kind: "GeneratorExp"; elt: Expr; generators: Comprehension[] }
export interface Yield extends Located { kind: "Yield"; value: Expr | null }
export interface YieldFrom extends Located { kind: "YieldFrom"; value: Expr }
export interface Await extends Located { kind: "Await"; value: Expr }
export interface Compare extends Located { kind: "Compare"; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
export interface Call extends Located { kind: "Call"; func: Expr; args: Expr[]; keywords: Keyword[] }
export interface FormattedValue extends Located {
	kind: "FormattedValue";
	value: Expr;
	/** -1 for none, else the code point of 's', 'r' or 'a'. */
	conversion: number;
	format_spec: JoinedStr | null;
}
export interface JoinedStr extends Located { kind: "JoinedStr"; values: (Constant | FormattedValue)[] }
export interface Constant extends Located {
	kind: "Constant";
	value: ConstantValue;
	/** "u" for a u-prefixed string literal, else null. */
	constKind: "u" | null;
}
export interface Attribute extends Located { kind: "Attribute"; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Located { kind: "Subscript"; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Located { kind: "Starred"; value: Expr; ctx: ExprContext }
export interface Name extends Located { kind: "Name"; id: string; ctx: ExprContext }
export interface List extends Located { kind: "List"; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Located { kind: "Tuple"; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Located { kind: "Slice"; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
	| BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp | DictComp
	| GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute
	| Subscript | Starred | Name | List | Tuple | Slice;

// ---- helper nodes ----
export interface Comprehension {
	kind: "comprehension";
	target: Expr;
	iter: Expr;
	ifs: Expr[];
	is_async: number;
}
export interface ExceptHandler extends Located {
	kind: "ExceptHandler";
	type: Expr | null;
	name: string | null;
	body: Stmt[];
}
export interface Arguments {
	kind: "arguments";
	posonlyargs: Arg[];
	args: Arg[];
	vararg: Arg | null;
	kwonlyargs: Arg[];
	/** One entry per kwonlyarg; null where that argument has no default. */
	kw_defaults: (Expr | null)[];
	kwarg: Arg | null;
	/** Defaults of the last positional parameters (posonlyargs then args). */
	defaults: Expr[];
}
export interface Arg extends Located { kind: "arg"; arg: string; annotation: Expr | null; type_comment: null }
/** `arg` is null for `**mapping` in a call or class header. */
export interface Keyword extends Located { kind: "keyword"; arg: string | null; value: Expr }
export interface Alias extends Located { kind: "alias"; name: string; asname: string | null }
export interface WithItem { kind: "withitem"; context_expr: Expr; optional_vars: Expr | null }

// ---- patterns (match statements) ----
export interface MatchCase { kind: "match_case"; pattern: Pattern; guard: Expr | null; body: Stmt[] }
/** A literal (possibly negative or complex) or a dotted name, compared with `==`. */
export interface MatchValue extends Located { kind: "MatchValue"; value: Expr }
/** None, True or False, compared with `is`. */
export interface MatchSingleton extends Located { kind: "MatchSingleton"; value: null | boolean }
export interface MatchSequence extends Located { kind: "MatchSequence"; patterns: Pattern[] }
/** `rest` is the name after `**`, or null. */
export interface MatchMapping extends Located { kind: "MatchMapping"; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Located {
	kind: "MatchClass";
	cls: Expr;
	patterns: Pattern[];
	kwd_attrs: string[];
	kwd_patterns: Pattern[];
}
/** `*name` in a sequence pattern; name null for `*_`. */
export interface MatchStar extends Located { kind: "MatchStar"; name: string | null }
/** A capture (`name`), the wildcard (both null) or `pattern as name`. */
export interface MatchAs extends Located { kind: "MatchAs"; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Located { kind: "MatchOr"; patterns: Pattern[] }

export type Pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export type Node = Module | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias | WithItem
	| MatchCase | Pattern;
