// Public entry points of the Python parser. See README.md in this folder for what is covered and known gaps.
import type * as ast from "./ast";
import { PythonSyntaxError, UnsupportedSyntaxError } from "./errors";
import { ParserState } from "./state";
import { parseModuleBody } from "./statements";
import { normaliseSource, tokenize } from "./tokenizer";

export type * as ast from "./ast";
export { dumpAst } from "./dump";
export { PythonSyntaxError, UnsupportedSyntaxError } from "./errors";

/** Deep expressions beyond this nesting are rejected as CPython rejects them ("too many nested parentheses"). */
export function parseModule(source: string): ast.Module {
	const src = normaliseSource(source);
	try {
		const tokens = tokenize(src);
		return parseModuleBody(new ParserState(tokens, src));
	} catch (e) {
		if (e instanceof PythonSyntaxError || e instanceof UnsupportedSyntaxError) throw e;
		if (e instanceof RangeError) {
			// Host recursion exhausted by absurdly deep nesting; CPython stops such input too.
			throw new PythonSyntaxError("too many nested parentheses", 1);
		}
		throw e;
	}
}
