// Future statements (future.c): `from __future__ import ...` at the top of a module, after the docstring and
// other future statements only. `annotations` is the one that changes what pymem compiles: annotations are
// then stored as their text (annotation-text.ts) and never evaluated.
import type * as ast from "../parse/ast";
import { syntaxError, UnsupportedSyntaxError } from "../parse/errors";

/** Lib/__future__.py's all_feature_names (3.11); all but two are already the only behaviour. */
const FUTURE_FEATURES = [
	"nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
	"unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
] as const;

export interface FutureStatements {
	/** CO_FUTURE_ANNOTATIONS. */
	annotations: boolean;
	/** The statements that were future statements; any other `from __future__` is misplaced. */
	statements: ReadonlySet<ast.Stmt>;
}

const MISPLACED = "from __future__ imports must occur at the beginning of the file";

/** future_parse: the module's leading future statements, checked as CPython checks them. */
export function futureStatements(module: ast.Module): FutureStatements {
	const statements = new Set<ast.Stmt>();
	let annotations = false;
	for (const [i, s] of module.body.entries()) {
		if (i === 0 && isDocstring(s)) continue;
		if (s.kind !== "ImportFrom" || s.module !== "__future__" || s.level !== 0) break;
		for (const alias of s.names) {
			if (alias.name === "braces") throw syntaxError("not a chance", s.lineno, s.col_offset, null);
			if (!(FUTURE_FEATURES as readonly string[]).includes(alias.name)) throw syntaxError(`future feature ${alias.name} is not defined`, s.lineno, s.col_offset, null);
			// It brings back `<>` for `!=`, which pymem's parser does not read.
			if (alias.name === "barry_as_FLUFL") throw new UnsupportedSyntaxError("from __future__ import barry_as_FLUFL", s.lineno);
			if (alias.name === "annotations") annotations = true;
		}
		statements.add(s);
	}
	return { annotations, statements };
}

/** compiler_from_import's check: a `from __future__` import that is not one of the leading future statements. */
export function misplacedFuture(s: ast.ImportFrom): never {
	throw syntaxError(MISPLACED, s.lineno, s.col_offset, s.end_col_offset, s.end_lineno);
}

function isDocstring(s: ast.Stmt): boolean {
	return s.kind === "Expr" && s.value.kind === "Constant" && typeof s.value.value === "string";
}
