// Token cursor shared by the expression and statement parsers, with the location helpers every node needs.
import type * as ast from "./ast";
import { syntaxError } from "./errors";
import type { Token } from "./tokenizer";

export const KEYWORDS = new Set([
	"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
	"elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
	"not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

export interface Start {
	lineno: number;
	col_offset: number;
}

/** What the statement parser knows about the enclosing scopes, for CPython's compile-time checks. */
export interface ScopeFlags {
	inFunction: boolean;
	inLoop: boolean;
	inClass: boolean;
}

export class ParserState {
	readonly tokens: Token[];
	readonly source: string;
	i = 0;
	/** Expressions written inside their own parentheses: `(x): int` is not a simple annotation. */
	readonly parenthesized = new WeakSet<object>();
	scope: ScopeFlags = { inFunction: false, inLoop: false, inClass: false };

	constructor(tokens: Token[], source: string) {
		this.tokens = tokens;
		this.source = source;
	}

	/** Errors CPython's compiler or symtable would raise after a successful parse; tier 0 (symtable) goes first. */
	private deferred: { tier: number; error: Error } | null = null;

	/** The current token; reaching the ERRORTOKEN that ends a failed tokenization raises the tokenizer's error. */
	get tok(): Token {
		const t = this.tokens[this.i]!;
		if (t.failure) throw t.failure.error;
		return t;
	}

	/** Records an error that only a later compilation stage would report, so real syntax errors come first. */
	defer(message: string, at: { lineno: number; col: number }, tier: 0 | 1 = 1): void {
		if (this.deferred === null || tier < this.deferred.tier) {
			this.deferred = { tier, error: syntaxError(message, at.lineno, at.col) };
		}
	}

	deferAt(message: string, node: ast.Located, tier: 0 | 1 = 1): void {
		this.defer(message, { lineno: node.lineno, col: node.col_offset }, tier);
	}

	throwDeferred(): void {
		if (this.deferred) throw this.deferred.error;
	}

	/** Token type test that does not narrow `tok` (it changes as the parser advances). */
	at(type: Token["type"]): boolean {
		return this.tok.type === type;
	}

	peek(k = 1): Token {
		return this.tokens[Math.min(this.i + k, this.tokens.length - 1)]!;
	}

	get prev(): Token {
		return this.tokens[this.i - 1]!;
	}

	advance(): Token {
		const t = this.tok;
		if (this.i < this.tokens.length - 1) this.i++;
		return t;
	}

	isOp(value: string): boolean {
		const t = this.tok;
		return t.type === "OP" && t.value === value;
	}

	isKeyword(value: string): boolean {
		const t = this.tok;
		return t.type === "NAME" && t.value === value;
	}

	eatOp(value: string): boolean {
		if (this.isOp(value)) {
			this.advance();
			return true;
		}
		return false;
	}

	eatKeyword(value: string): boolean {
		if (this.isKeyword(value)) {
			this.advance();
			return true;
		}
		return false;
	}

	expectOp(value: string, message = "invalid syntax"): Token {
		if (!this.isOp(value)) throw this.errorHere(message);
		return this.advance();
	}

	expectKeyword(value: string): Token {
		if (!this.isKeyword(value)) throw this.errorHere();
		return this.advance();
	}

	/** A plain identifier (not a keyword). */
	expectName(): Token {
		const t = this.tok;
		if (t.type !== "NAME" || KEYWORDS.has(t.value)) throw this.errorHere();
		return this.advance();
	}

	isName(): boolean {
		const t = this.tok;
		return t.type === "NAME" && !KEYWORDS.has(t.value);
	}

	errorHere(message = "invalid syntax", at: { lineno: number; col: number } = this.tok): Error {
		return syntaxError(message, at.lineno, at.col);
	}

	/** An error reported at the start of a node, as CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION does. */
	errorAt(message: string, node: ast.Located): Error {
		return syntaxError(message, node.lineno, node.col_offset);
	}

	start(token: Token = this.tok): Start {
		return { lineno: token.lineno, col_offset: token.col };
	}

	/** Completes a node that began at `start` and ends where the last consumed token ends. */
	finish<T extends object>(start: Start, node: T): T & ast.Located {
		const last = this.tokens[this.i - 1]!;
		// Plain stores rather than Object.assign: no temporary object per node (parsing is allocation-bound).
		const located = node as T & ast.Located;
		located.lineno = start.lineno;
		located.col_offset = start.col_offset;
		located.end_lineno = last.endLineno;
		located.end_col_offset = last.endCol;
		return located;
	}
}

export function spanOf<T extends object>(from: ast.Located, to: ast.Located, node: T): T & ast.Located {
	return Object.assign(node, {
		lineno: from.lineno,
		col_offset: from.col_offset,
		end_lineno: to.end_lineno,
		end_col_offset: to.end_col_offset,
	});
}

export function startOf(node: ast.Located): Start {
	return { lineno: node.lineno, col_offset: node.col_offset };
}
