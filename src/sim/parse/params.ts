// Parameter lists of `def` and `lambda`: positional-only (`/`), defaults, `*args` or a bare `*`,
// keyword-only parameters, `**kwargs`, and annotations (def only), with CPython 3.11's error messages.
import type * as ast from "./ast";
import { parseExpression, parseStarExpression } from "./expressions";
import type { ParserState } from "./state";
import type { Token } from "./tokenizer";

export function parseParameters(p: ParserState, closer: string, allowAnnotations: boolean): ast.Arguments {
	const args: ast.Arguments = {
		kind: "arguments", posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [],
	};
	const seen = new Set<string>();
	let sawSlash = false;
	let sawStar = false;
	let bareStar: Token | null = null;

	const parseArg = (starAnnotation = false): ast.Arg => {
		const start = p.start();
		const name = p.expectName();
		const arg = { kind: "arg", arg: name.value, annotation: null, type_comment: null } as ast.Arg;
		if (seen.has(name.value)) p.defer(`duplicate argument '${name.value}' in function definition`, arg, 0);
		seen.add(name.value);
		// `*args: *Ts` (PEP 646) allows a starred annotation on the var-positional parameter only.
		if (allowAnnotations && p.eatOp(":")) arg.annotation = starAnnotation ? parseStarExpression(p) : parseExpression(p);
		return p.finish(start, arg);
	};

	while (!p.isOp(closer)) {
		const tok = p.tok;
		if (args.kwarg) throw p.errorHere("arguments cannot follow var-keyword argument");
		if (p.isOp("/")) {
			if (sawSlash) throw p.errorHere("/ may appear only once");
			if (sawStar) throw p.errorHere("/ must be ahead of *");
			// invalid_parameters' `"/" ','`: a lone '/' before the closer is plain invalid syntax.
			if (args.args.length === 0) throw p.tokens[p.i + 1]?.value === "," ? p.errorHere("at least one argument must precede /") : p.errorHere();
			p.advance();
			sawSlash = true;
			args.posonlyargs = args.args;
			args.args = [];
		} else if (p.isOp("**")) {
			p.advance();
			args.kwarg = parseArg();
			if (p.isOp("=")) throw p.errorHere("var-keyword argument cannot have default value");
		} else if (p.isOp("*")) {
			if (sawStar) throw p.errorHere("* argument may appear only once");
			p.advance();
			sawStar = true;
			if (p.isOp(",") || p.isOp(closer)) bareStar = tok;
			else args.vararg = parseArg(true);
			if (p.isOp("=")) throw p.errorHere("var-positional argument cannot have default value");
		} else {
			if (p.isOp("(") && !sawSlash && !sawStar && args.defaults.length === 0) refuseParenthesized(p, closer);
			const arg = parseArg();
			let value: ast.Expr | null = null;
			if (p.isOp("=")) {
				const equals = p.advance();
				// invalid_default: an '=' that a ',' or ')' follows.
				if (p.isOp(",") || p.isOp(")")) throw p.errorHere("expected default value expression", equals);
				value = parseExpression(p);
			}
			if (sawStar) {
				args.kwonlyargs.push(arg);
				args.kw_defaults.push(value);
			} else {
				if (value) args.defaults.push(value);
				else if (args.defaults.length > 0) throw p.errorAt("non-default argument follows default argument", arg);
				args.args.push(arg);
			}
		}
		if (!p.eatOp(",")) break;
	}
	if (bareStar && args.kwonlyargs.length === 0) {
		// A def's rule names the '*'; a lambda's (invalid_lambda_star_etc) only the last token it read: the ':'
		// or '**' after the '*' and a comma.
		const at = closer === ":" ? tokenAfterBareStar(p, bareStar) : bareStar;
		throw p.errorHere("named arguments must follow bare *", at);
	}
	if (!p.isOp(closer)) {
		if (closer === ")" ) p.expectOp(")");
		throw p.errorHere();
	}
	return args;
}

/**
 * invalid_parameters' and invalid_lambda_parameters' `'(' param_no_default+ ','? ')'` after plain parameters:
 * CPython's error over the parentheses; anything else there is left to the plain syntax error.
 */
function refuseParenthesized(p: ParserState, closer: string): void {
	const open = p.tok;
	let k = p.i + 1;
	if (p.tokens[k]?.type !== "NAME") return;
	while (p.tokens[k]?.type === "NAME") {
		k++;
		if (p.tokens[k]?.value !== ",") break;
		k++;
	}
	const close = p.tokens[k];
	if (close?.type !== "OP" || close.value !== ")") return;
	const what = closer === ":" ? "Lambda expression parameters" : "Function parameters";
	throw p.errorOver(`${what} cannot be parenthesized`, { lineno: open.lineno, col_offset: open.col } as ast.Located, close);
}

function tokenAfterBareStar(p: ParserState, star: Token): Token {
	const i = p.tokens.indexOf(star);
	const next = p.tokens[i + 1]!;
	return next.type === "OP" && next.value === "," ? p.tokens[i + 2]! : next;
}
