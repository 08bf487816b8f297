// The SyntaxErrors CPython 3.11's compiler raises for patterns (compile.c's compiler_pattern family), found by
// walking a case's pattern in the order compile.c compiles it. compile.c moves its error location with SET_LOC at
// every pattern it compiles and does not move it back, so an error about captures points at the last pattern
// compiled before it was found; `at` follows the same rule.
import type * as ast from "./ast";
import { pyRepr } from "./repr";

export interface PatternError {
	message: string;
	at: ast.Located;
}

class Failure extends Error {
	constructor(readonly error: PatternError) {
		super(error.message);
	}
}

interface Context {
	/** Names captured so far, in the order they will be stored. */
	stores: string[];
	allowIrrefutable: boolean;
}

/** The first error compiling `pattern` as a case pattern would raise, or null. */
export function checkCasePattern(pattern: ast.Pattern, allowIrrefutable: boolean): PatternError | null {
	const checker = new PatternChecker(pattern);
	try {
		checker.pattern(pattern, { stores: [], allowIrrefutable });
		return null;
	} catch (e) {
		if (e instanceof Failure) return e.error;
		throw e;
	}
}

/** WILDCARD_CHECK: a bare `_`. */
export function isWildcard(p: ast.Pattern): boolean {
	return p.kind === "MatchAs" && p.pattern === null && p.name === null;
}

class PatternChecker {
	constructor(private at: ast.Located) {}

	private fail(message: string): never {
		throw new Failure({ message, at: this.at });
	}

	pattern(p: ast.Pattern, pc: Context): void {
		this.at = p;
		switch (p.kind) {
			case "MatchValue":
				if (foldConstant(p.value) === undefined && p.value.kind !== "Attribute") this.fail("patterns may only match literals and attribute lookups");
				return;
			case "MatchSingleton":
				return;
			case "MatchSequence":
				return this.sequence(p, pc);
			case "MatchMapping":
				return this.mapping(p, pc);
			case "MatchClass":
				return this.classPattern(p, pc);
			case "MatchStar":
				return this.storeName(p.name, pc);
			case "MatchAs":
				if (p.pattern === null) {
					if (!pc.allowIrrefutable) {
						this.fail(p.name !== null ? `name capture '${p.name}' makes remaining patterns unreachable` : "wildcard makes remaining patterns unreachable");
					}
					return this.storeName(p.name, pc);
				}
				this.pattern(p.pattern, pc);
				return this.storeName(p.name, pc);
			case "MatchOr":
				return this.or(p, pc);
		}
	}

	/** compiler_pattern_subpattern: irrefutable patterns are fine inside another pattern. */
	private subpattern(p: ast.Pattern, pc: Context): void {
		const allow = pc.allowIrrefutable;
		pc.allowIrrefutable = true;
		this.pattern(p, pc);
		pc.allowIrrefutable = allow;
	}

	private storeName(name: string | null, pc: Context): void {
		if (name === null) return;
		if (name === "__debug__") this.fail("cannot assign to __debug__");
		if (pc.stores.includes(name)) this.fail(`multiple assignments to name '${name}' in pattern`);
		pc.stores.push(name);
	}

	private sequence(p: ast.MatchSequence, pc: Context): void {
		const stars = p.patterns.filter((q) => q.kind === "MatchStar");
		if (stars.length > 1) this.fail("multiple starred names in sequence pattern");
		const star = stars[0];
		const starWildcard = star !== undefined && star.name === null;
		const onlyWildcard = p.patterns.every((q) => (q.kind === "MatchStar" ? q.name === null : isWildcard(q)));
		if (onlyWildcard) return;
		for (const q of p.patterns) {
			// The subscript form (a `*_` present) skips wildcards and the star; unpacking compiles every item.
			if (starWildcard && (q === star || isWildcard(q))) continue;
			this.subpattern(q, pc);
		}
	}

	private mapping(p: ast.MatchMapping, pc: Context): void {
		if (p.keys.length === 0 && p.rest === null) return;
		const seen: string[] = [];
		for (const key of p.keys) {
			const value = foldConstant(key);
			if (value !== undefined) {
				const identity = keyIdentity(value);
				if (identity !== null && seen.includes(identity)) this.fail(`mapping pattern checks duplicate key (${pyRepr(value)})`);
				if (identity !== null) seen.push(identity);
			} else if (key.kind !== "Attribute") {
				this.fail("mapping pattern keys may only match literals and attribute lookups");
			}
		}
		for (const q of p.patterns) this.subpattern(q, pc);
		this.storeName(p.rest, pc);
	}

	private classPattern(p: ast.MatchClass, pc: Context): void {
		p.kwd_attrs.forEach((attr, i) => {
			this.at = p.kwd_patterns[i]!;
			if (attr === "__debug__") this.fail("cannot assign to __debug__");
			for (let j = i + 1; j < p.kwd_attrs.length; j++) {
				if (p.kwd_attrs[j] === attr) {
					this.at = p.kwd_patterns[j]!;
					this.fail(`attribute name repeated in class pattern: ${attr}`);
				}
			}
		});
		this.at = p;
		for (const q of [...p.patterns, ...p.kwd_patterns]) {
			if (!isWildcard(q)) this.subpattern(q, pc);
		}
	}

	private or(p: ast.MatchOr, pc: Context): void {
		const outer = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable };
		let control: string[] | null = null;
		for (const [i, alt] of p.patterns.entries()) {
			this.at = alt;
			pc.stores = [];
			pc.allowIrrefutable = i === p.patterns.length - 1 && outer.allowIrrefutable;
			this.pattern(alt, pc);
			if (control === null) control = pc.stores;
			else if (control.length !== pc.stores.length || control.some((name) => !pc.stores.includes(name))) {
				this.fail("alternative patterns bind different names");
			}
		}
		pc.stores = outer.stores;
		pc.allowIrrefutable = outer.allowIrrefutable;
		for (const name of control ?? []) {
			if (pc.stores.includes(name)) this.fail(`multiple assignments to name '${name}' in pattern`);
			pc.stores.push(name);
		}
	}
}

/**
 * The constant the AST optimizer makes of a literal pattern or key (`-1`, `1 + 2j`), or undefined when it is not
 * one (an f-string).
 */
function foldConstant(e: ast.Expr): ast.ConstantValue | undefined {
	if (e.kind === "Constant") return e.value;
	if (e.kind === "UnaryOp" && e.op === "USub") {
		const v = foldConstant(e.operand);
		if (typeof v === "bigint") return -v;
		if (typeof v === "number") return -v;
		if (v !== null && typeof v === "object" && "complex" in v) return { complex: { re: -v.complex.re, im: -v.complex.im } };
		return undefined;
	}
	if (e.kind === "BinOp" && (e.op === "Add" || e.op === "Sub")) {
		const real = foldConstant(e.left);
		const imag = foldConstant(e.right);
		if (imag === null || typeof imag !== "object" || !("complex" in imag)) return undefined;
		if (typeof real !== "bigint" && typeof real !== "number") return undefined;
		// real + complex(0, im): the real part is real + 0.0, the imaginary part 0 ± im.
		const re = Number(real) + (e.op === "Add" ? 0 : -0);
		return { complex: { re, im: e.op === "Add" ? 0 + imag.complex.im : 0 - imag.complex.im } };
	}
	return undefined;
}

/** Equal keys get equal identities, as a Python set sees them (1 == 1.0 == True == 1+0j); null: never equal. */
function keyIdentity(v: ast.ConstantValue): string | null {
	if (v === null) return "None";
	if (typeof v === "boolean") return numberIdentity(v ? 1 : 0, 0);
	if (typeof v === "bigint") return `n:${v}`;
	if (typeof v === "number") return numberIdentity(v, 0);
	if (typeof v === "string") return `s:${v}`;
	if (v instanceof Uint8Array) return `b:${Array.from(v).join(",")}`;
	if ("complex" in v) return numberIdentity(v.complex.re, v.complex.im);
	return "Ellipsis";
}

function numberIdentity(re: number, im: number): string | null {
	if (Number.isNaN(re) || Number.isNaN(im)) return null;
	if (im !== 0) return `c:${re}:${im}`;
	return Number.isInteger(re) ? `n:${BigInt(re)}` : `f:${re}`;
}
