// Token cursor shared by the expression and statement parsers, with the location helpers every node needs.
import type * as ast from "./ast";
import { indentationError, PythonSyntaxError, syntaxError } from "./errors";
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
	/** Inside an except* clause's body (of this function or module), where no break or continue may leave it. */
	inExceptStar: boolean;
}

export class ParserState {
	readonly tokens: Token[];
	readonly source: string;
	i = 0;
	/** Expressions written inside their own parentheses: `(x): int` is not a simple annotation. */
	readonly parenthesized = new WeakSet<object>();
	scope: ScopeFlags = { inFunction: false, inLoop: false, inClass: false, inExceptStar: false };
	/** The furthest token the parser has stood on (where pegen's errors without a location point). */
	furthest = 0;
	/**
	 * Where a comparison met a `not` that no `in` followed: pegen fetched the token after it to see, so an error
	 * at that `not` points past it, as pegen's point at the last token fetched.
	 */
	notWithoutIn = -1;
	/**
	 * The first `match subject` line that turned out to be another statement (`match(x)`). CPython's second parser
	 * pass, run when a program fails to parse, reports it as a match statement missing its ':' (invalid_match_stmt).
	 */
	bareMatchHeader: number | null = null;
	/**
	 * While the expression after another is parsed to see whether a comma is missing between them: pegen parses it
	 * as expression_without_invalid, so `[1 2 3]` is told over `1 2`, not over `2 3`.
	 */
	withoutInvalidRules = false;

	constructor(tokens: Token[], source: string) {
		this.tokens = tokens;
		this.source = source;
	}

	/** Errors CPython's compiler or symtable would raise after a successful parse; tier 0 (symtable) goes first. */
	private deferred: { tier: number; message: string; at: ast.Located | Token } | null = null;

	/** The current token; reaching the ERRORTOKEN that ends a failed tokenization raises the tokenizer's error. */
	get tok(): Token {
		const t = this.tokens[this.i]!;
		if (t.failure) throw t.failure.error;
		return t;
	}

	/**
	 * Records an error that only a later compilation stage would report, so real syntax errors come first. The
	 * range is read when the error is thrown, so a node may be deferred on before it is finished.
	 */
	defer(message: string, at: ast.Located | Token, tier: 0 | 1 = 1): void {
		if (this.deferred === null || tier < this.deferred.tier) this.deferred = { tier, message, at };
	}

	/**
	 * A compiler error found after the parse, by a walk of the tree: it replaces a compiler error deferred during
	 * the parse only when it comes earlier in the source (the compiler goes through statements in order).
	 */
	deferEarliest(message: string, at: ast.Located): void {
		const current = this.deferred;
		if (current === null) this.deferred = { tier: 1, message, at };
		else if (current.tier === 1 && "col_offset" in current.at && (at.lineno < current.at.lineno || (at.lineno === current.at.lineno && at.col_offset < current.at.col_offset))) {
			this.deferred = { tier: 1, message, at };
		}
	}

	/** Moves the deferred error from one node to another that CPython reports first, when it is that node's. */
	moveDeferred(from: ast.Located, to: ast.Located, message = this.deferred?.message): void {
		if (this.deferred?.at === from && message !== undefined) this.deferred = { ...this.deferred, message, at: to };
	}

	/** A sub-parser's (an f-string field's) deferred error is the enclosing parser's to report. */
	passDeferredTo(outer: ParserState): void {
		if (this.deferred) outer.defer(this.deferred.message, this.deferred.at, this.deferred.tier === 0 ? 0 : 1);
	}

	/** Whether an error waits for the parse to end (see defer). */
	get hasDeferred(): boolean {
		return this.deferred !== null;
	}

	/**
	 * Whether CPython reports the symtable's first error, `error`, before the deferred one: before a compiler error
	 * (tier 1) always, since the symtable runs first; before one of the symtable's own that the parser found (tier
	 * 0) when the symtable's visit, which goes through the source in order, reaches it first, and not when it is an
	 * error of the analysis that follows the visit.
	 */
	symtableErrorFirst(error: PythonSyntaxError): boolean {
		const waiting = this.deferred;
		if (waiting === null || waiting.tier === 1) return true;
		if (error.fromSymtableAnalysis) return false;
		const column = ("col_offset" in waiting.at ? waiting.at.col_offset : waiting.at.col) + 1;
		return waiting.at.lineno > error.lineno || (waiting.at.lineno === error.lineno && column > (error.offset ?? 0));
	}

	throwDeferred(): void {
		if (!this.deferred) return;
		const { message, at } = this.deferred;
		throw "col_offset" in at ? this.errorAt(message, at) : this.errorHere(message, at);
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
		if (this.i > this.furthest) this.furthest = this.i;
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

	/**
	 * An error at a token, as CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION reports it. INDENT, DEDENT and the end of
	 * the file have no columns of their own: CPython then uses where its tokenizer stands (past the indentation, or
	 * the start of the last line), which prints no caret.
	 */
	errorHere(message = "invalid syntax", at: Token = this.notWithoutIn === this.i ? this.peek() : this.tok, kind: "SyntaxError" | "IndentationError" = "SyntaxError"): PythonSyntaxError {
		if (at.start >= this.source.length && at.type !== "NEWLINE") return this.errorAtEnd(message, kind);
		if (at.type === "INDENT" || at.type === "DEDENT") {
			const indent = this.indentationOf(at);
			return kind === "SyntaxError" ? syntaxError(message, at.lineno, indent - 1, null) : indentationError(message, at.lineno, indent);
		}
		if (kind === "IndentationError") return indentationError(message, at.lineno, at.col + 1);
		return syntaxError(message, at.lineno, at.col, at.endCol, at.endLineno);
	}

	/** Width of the indentation before an INDENT or DEDENT (spaces, tabs and form feeds are one byte each). */
	private indentationOf(at: Token): number {
		const lineStart = this.source.lastIndexOf("\n", at.start - 1) + 1;
		let end = lineStart;
		while (" \t\f".includes(this.source[end] ?? "x")) end++;
		return end - lineStart;
	}

	/** At the end of the file CPython's tokenizer stands on the last line, column 0. */
	private errorAtEnd(message: string, kind: "SyntaxError" | "IndentationError"): PythonSyntaxError {
		const end = this.source.endsWith("\n") ? this.source.length - 1 : this.source.length;
		let lineno = 1;
		for (let k = this.source.indexOf("\n"); k !== -1 && k < end; k = this.source.indexOf("\n", k + 1)) lineno++;
		return kind === "SyntaxError" ? syntaxError(message, lineno, -1, null) : indentationError(message, lineno, 0);
	}

	/** An error over a node, as CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node) does. */
	errorAt(message: string, node: ast.Located): PythonSyntaxError {
		return syntaxError(message, node.lineno, node.col_offset, node.end_col_offset, node.end_lineno);
	}

	/** An error from the start of one node to the end of another (RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
	errorOver(message: string, from: ast.Located, to: ast.Located | Token): PythonSyntaxError {
		if ("col_offset" in to) return syntaxError(message, from.lineno, from.col_offset, to.end_col_offset, to.end_lineno);
		return syntaxError(message, from.lineno, from.col_offset, to.endCol, to.endLineno);
	}

	/**
	 * The last token before the ':' ending a compound statement's header. CPython ends some header errors where
	 * its tokenizer stands after reading that ':' (as a 1-based column), which is where this token ends.
	 */
	headerColon(): Token {
		for (let k = this.i; k + 1 < this.tokens.length && !this.tokens[k + 1]!.failure; k++) {
			const next = this.tokens[k + 1]!;
			if (next.type === "NEWLINE") break;
			if (next.type === "OP" && next.value === ":" && next.depth === 0) return this.tokens[k]!;
		}
		return this.tok;
	}

	/** The bracket that closes the one the parser is inside, where CPython's errors about arguments point. */
	closingBracket(): Token {
		const inside = this.tok.depth;
		for (let k = this.i; k < this.tokens.length && !this.tokens[k]!.failure; k++) {
			const t = this.tokens[k]!;
			if (t.depth < inside && t.type === "OP" && ")]}".includes(t.value)) return t;
		}
		return this.tok;
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
