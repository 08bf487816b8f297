// AST -> code objects. The driver, name resolution to opcodes, and statements; expressions live in
// expressions.ts, definitions (def/class/lambda/comprehensions) in definitions.ts, try/with in control.ts,
// if/while/for/assert in branches.ts.
import type * as ast from "../parse/ast";
import { foldDebugReads } from "./debug-constant";
import { manglePrivateNames } from "./mangle";
import { compileImport } from "./imports";
import { Op, type CodeObject } from "./code";
import { buildScopes, type Scope } from "./scope";
import { CodeUnit, type Label } from "./unit";
import { compileJumpIf } from "./jump-if";
import type { PyObject } from "../heap/object";
import { compileExpr, compileConstant } from "./expressions";
import type { ConstFactory, ConstantOrigin } from "./const-factory";
import { compileStore, compileDelete, compileAugAssign, compileSwappedUnpack } from "./targets";
import { compileAnnAssign, hasAnnotations } from "./annotations";
import { compileFunctionDef, compileClassDef } from "./definitions";
import { compileTry, compileWith, compileRaise, compileReturn, compileLoopExit } from "./control";
import { futureStatements, type FutureStatements } from "./future";
import { compileMatch } from "./match";
import { compileIf, compileWhile, compileFor, compileAssert } from "./branches";

export class Compiler {
	unit!: CodeUnit;
	private readonly units: CodeUnit[] = [];
	readonly scopes: Map<ast.Node, Scope>;
	readonly top: Scope;
	/** SyntaxWarnings found while compiling (compile.c's compiler_warn), for the host to print first. */
	readonly warnings: CompileWarning[] = [];
	/** The module's future statements (`from __future__ import annotations` changes how annotations compile). */
	readonly future: FutureStatements;

	constructor(
		readonly module: ast.Module,
		readonly consts: ConstFactory,
	) {
		this.future = futureStatements(module);
		const built = buildScopes(module);
		this.scopes = built.scopes;
		this.top = built.top;
	}

	compileModule(): CodeObject {
		this.enter(this.top, "<module>", "<module>", "module", 1);
		this.bodyWithDocstring(this.module.body, true);
		this.unit.returnNoneArtificially(this.constIndex(null));
		return this.leave().finish(0, 0, 0, 0, 1);
	}

	enter(scope: Scope, name: string, qualname: string, kind: CodeObject["kind"], line: number): void {
		if (this.unit) this.units.push(this.unit);
		this.unit = new CodeUnit(scope, name, qualname, kind, line);
	}
	leave(): CodeUnit {
		const done = this.unit;
		const outer = this.units.pop();
		if (outer) this.unit = outer;
		return done;
	}

	/** The qualified name prefix for definitions inside the current unit (compile.c's compiler_set_qualname). */
	qualnameFor(name: string, scope: Scope): string {
		const u = this.unit;
		if (u.kind === "module") return name;
		// compiler_set_qualname: a def or class whose name the enclosing function or class declares global is named
		// as if at module level.
		if (u.scope.kindOf(name) === "global-explicit") return name;
		void scope;
		// Only function and lambda bodies add `.<locals>`; a comprehension's nested lambda is `<listcomp>.<lambda>`.
		return u.kind === "function" ? `${u.qualname}.<locals>.${name}` : `${u.qualname}.${name}`;
	}

	constIndex(value: ast.ConstantValue, origin: ConstantOrigin = "source"): number {
		// -0.0 and 0.0 are equal but distinct constants, as in CPython's _PyCode_ConstantKey.
		const identity = typeof value === "object" && value !== null ? undefined : `${typeof value}:${Object.is(value, -0) ? "-0" : String(value)}`;
		return this.unit.constant(identity, () => this.constantObject(value, origin));
	}

	/** The object for a constant (folded tuples included). */
	constantObject(value: ast.ConstantValue, origin: ConstantOrigin = "source"): PyObject {
		return this.consts.constant(value, origin);
	}

	loadConst(value: ast.ConstantValue, origin: ConstantOrigin = "source"): void {
		this.unit.emit(Op.LOAD_CONST, this.constIndex(value, origin));
	}

	/** Emit the load/store/delete of a name as its scope decides (compile.c's compiler_nameop). */
	nameOp(name: string, ctx: ast.ExprContext): void {
		const u = this.unit;
		const kind = u.scope.kindOf(name);
		const pick = (load: Op, store: Op, del: Op) => (ctx === "Load" ? load : ctx === "Store" ? store : del);
		switch (kind) {
			case "local":
				u.emit(pick(Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST), u.varIndex(name));
				return;
			case "cell":
			case "free": {
				const load = u.kind === "class" ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF;
				u.emit(pick(load, Op.STORE_DEREF, Op.DELETE_DEREF), u.derefIndex(name));
				return;
			}
			case "global-explicit":
				u.emit(pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), u.nameIndex(name));
				return;
			case "global-implicit":
				if (u.kind === "function" || u.kind === "comprehension") {
					u.emit(pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), u.nameIndex(name));
					return;
				}
				u.emit(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), u.nameIndex(name));
				return;
			default:
				u.emit(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), u.nameIndex(name));
		}
	}

	/**
	 * A module, class or function body whose first statement may be its docstring: modules and classes
	 * store it as __doc__ (a line of its own), a function keeps it in its code object (no code at all).
	 */
	bodyWithDocstring(stmts: ast.Stmt[], storeAsDoc: boolean): void {
		if (storeAsDoc && hasAnnotations(stmts)) {
			// compiler_body puts a module's SETUP_ANNOTATIONS at its first statement: no step on a comment above it.
			if (this.unit.kind === "module" && stmts[0]) this.unit.line = stmts[0].lineno;
			this.unit.emit(Op.SETUP_ANNOTATIONS);
		}
		const [first, ...rest] = stmts;
		if (first?.kind !== "Expr" || first.value.kind !== "Constant" || typeof first.value.value !== "string") return this.body(stmts);
		if (storeAsDoc) {
			this.unit.line = first.lineno;
			this.loadConst(first.value.value);
			this.nameOp("__doc__", "Store");
		} else this.unit.docstring = first.value.value;
		this.body(rest);
	}

	body(stmts: ast.Stmt[]): void {
		for (const s of stmts) this.stmt(s);
	}

	expr(node: ast.Expr): void {
		this.at(node, compileExpr, node);
	}

	/** compile.c's SET_LOC for `node` while `compile` runs: its line, and its columns for tracebacks. */
	at<N extends ast.Located>(node: N, compile: (c: Compiler, node: N) => void, arg: N): void {
		const u = this.unit;
		const savedLine = u.line;
		const savedLocation = u.location;
		u.line = node.lineno;
		u.location = node;
		compile(this, arg);
		u.line = savedLine;
		u.location = savedLocation;
	}

	stmt(s: ast.Stmt): void {
		const u = this.unit;
		u.line = s.lineno;
		u.location = s;
		switch (s.kind) {
			case "Expr":
				// A constant statement (`...`, a stray string) is a NOP: nothing runs, but its line is a step.
				if (compileConstant(s.value) !== undefined) {
					u.emit(Op.NOP);
					return;
				}
				this.expr(s.value);
				u.emit(Op.POP_TOP);
				return;
			case "Assign":
				if (s.targets.length === 1 && compileSwappedUnpack(this, s.targets[0]!, s.value)) return;
				this.expr(s.value);
				s.targets.forEach((t, i) => {
					if (i < s.targets.length - 1) u.emit(Op.COPY, 1);
					compileStore(this, t);
				});
				return;
			case "AugAssign":
				compileAugAssign(this, s);
				return;
			case "AnnAssign":
				return compileAnnAssign(this, s);
			case "Delete":
				for (const t of s.targets) compileDelete(this, t);
				return;
			case "Pass":
				u.emit(Op.NOP);
				return;
			case "If":
				return compileIf(this, s);
			case "While":
				return compileWhile(this, s);
			case "For":
				return compileFor(this, s);
			case "Break":
			case "Continue":
				return compileLoopExit(this, s);
			case "Return":
				return compileReturn(this, s);
			case "FunctionDef":
				return compileFunctionDef(this, s);
			case "ClassDef":
				return compileClassDef(this, s);
			case "Try":
			case "TryStar":
				return compileTry(this, s);
			case "With":
				return compileWith(this, s, 0);
			case "Raise":
				return compileRaise(this, s);
			case "Assert":
				return compileAssert(this, s);
			case "Import":
			case "ImportFrom":
				return compileImport(this, s);
			case "Global":
			case "Nonlocal":
				return;
			case "Match":
				return compileMatch(this, s);
		}
	}

	/** Jump to `label` when `test` is false (or true when `jumpIf` is true). */
	jumpIf(test: ast.Expr, jumpIf: boolean, label: Label): void {
		compileJumpIf(this, test, jumpIf, label);
	}
}

export interface CompileWarning {
	line: number;
	message: string;
}

/** The module's code; SyntaxWarnings the compiler raised are appended to `warnings`. */
export function compileModule(module: ast.Module, consts: ConstFactory, warnings: CompileWarning[] = []): CodeObject {
	manglePrivateNames(module);
	foldDebugReads(module);
	const compiler = new Compiler(module, consts);
	const code = compiler.compileModule();
	consts.settle?.(code);
	warnings.push(...compiler.warnings);
	return code;
}

export { compileConstant };
