// Public entry points of the Python parser. See README.md in this folder for what is covered and known gaps.
import type * as ast from "./ast";
import { PythonSyntaxError, type TokenizerFailure, UnsupportedSyntaxError } from "./errors";
import { ParserState } from "./state";
import { parseModuleBody } from "./statements";
import { normaliseSource, type Token, tokenize } from "./tokenizer";

export type * as ast from "./ast";
export { dumpAst } from "./dump";
export { PythonSyntaxError, UnsupportedSyntaxError } from "./errors";

/**
 * The module's syntax tree, or the SyntaxError CPython reports. The errors of its compiler stage come after those of
 * its symtable: `symtable` (compile/scope.ts) checks the tree first when the parser found one of the compiler's.
 */
export function parseModule(source: string, symtable?: (module: ast.Module) => void): ast.Module {
	const src = normaliseSource(source);
	const tokens = tokenize(src);
	const state = new ParserState(tokens, src);
	try {
		return parseModuleBody(state, symtable);
	} catch (e) {
		throw chooseError(e, tokens, tokens[state.furthest]?.lineno ?? 1);
	}
}

/**
 * Which error CPython would report when the parser stopped with `thrown` (see _PyPegen_set_syntax_error): a
 * tokenizer failure further on still wins if the tokenizer raised it itself, or if it is an unclosed bracket
 * opened on an earlier line than the furthest token the parser read (`lastReadLine`: pegen compares with
 * p->tokens[p->fill - 1], not with the error's own line, so `x = [1, 2` followed by a line is "'[' was never
 * closed" although the comma hint points at line 1). "unexpected indent" is final.
 */
function chooseError(thrown: unknown, tokens: Token[], lastReadLine: number): unknown {
	if (thrown instanceof RangeError) {
		// Host recursion exhausted by absurdly deep nesting (CPython gives up too, with MemoryError or RecursionError),
		// on the furthest line the parser read.
		return new UnsupportedSyntaxError("expressions nested this deeply", lastReadLine);
	}
	if (!(thrown instanceof PythonSyntaxError || thrown instanceof UnsupportedSyntaxError)) return thrown;
	const failure: TokenizerFailure | undefined = tokens[tokens.length - 1]!.failure;
	if (!failure || failure.error === thrown) return thrown;
	if (thrown instanceof PythonSyntaxError && thrown.msg === "unexpected indent") return thrown;
	// Python rejects the program, so that is what to report rather than a construct Pymem lacks.
	if (thrown instanceof UnsupportedSyntaxError) return failure.error instanceof PythonSyntaxError ? failure.error : thrown;
	if (failure.overridesParserErrors) return failure.error;
	if (failure.unclosedBracketLine !== null && lastReadLine > failure.unclosedBracketLine) return failure.error;
	return thrown;
}
