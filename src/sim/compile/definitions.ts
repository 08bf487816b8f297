// def, lambda, class and comprehensions: each makes a new code object, compiled in its own unit.
import type * as ast from "../parse/ast";
import { asIterable, foldedConstant } from "./fold";
import { Op, CO_VARARGS, CO_VARKEYWORDS } from "./code";
import type { Compiler } from "./compiler";
import type { Scope } from "./scope";
import { compileStore } from "./targets";
import { annotationText } from "./annotation-text";
import { compileSequence, hasStarred, STACK_USE_GUIDELINE } from "./displays";
import { compileKeywordsDict } from "./expressions";

/** Push the cells a nested code object closes over (LOAD_CLOSURE ...; BUILD_TUPLE); returns MAKE_FUNCTION's flag. */
function loadClosure(c: Compiler, inner: Scope): number {
	const free = inner.freevars();
	if (!free.length) return 0;
	for (const name of free) c.unit.emit(Op.LOAD_CLOSURE, c.unit.derefIndex(name));
	c.unit.emit(Op.BUILD_TUPLE, free.length);
	return 0x08;
}

function isConstant(e: ast.Expr): boolean {
	return foldedConstant(e) !== undefined;
}

/** Defaults and keyword-only defaults, as MAKE_FUNCTION expects them below the code object. */
function loadDefaults(c: Compiler, args: ast.Arguments): number {
	let flags = 0;
	const u = c.unit;
	if (args.defaults.length) {
		if (args.defaults.every(isConstant)) {
			const values = args.defaults.map((d) => foldedConstant(d)!);
			// compile.c loads each default before the peephole optimizer folds them into one tuple; 3.11 then
			// trims only unused constants at the end of co_consts, so the items stay there too.
			for (const value of values) c.constIndex(value);
			u.loadPeepholeConstant(() => c.constantObject({ tuple: values } as unknown as ast.ConstantValue, "compiler"));
		} else {
			for (const d of args.defaults) c.expr(d);
			u.emit(Op.BUILD_TUPLE, args.defaults.length);
		}
		flags |= 0x01;
	}
	const kw = args.kwonlyargs.map((a, i) => [a.arg, args.kw_defaults[i]] as const).filter(([, d]) => d);
	if (kw.length) {
		for (const [, d] of kw) c.expr(d!);
		u.emit(Op.LOAD_CONST, u.constant(undefined, () => c.consts.strTuple(kw.map(([n]) => n))));
		u.emit(Op.BUILD_CONST_KEY_MAP, kw.length);
		flags |= 0x02;
	}
	return flags;
}

/**
 * compiler_visit_annotations: each annotated parameter's name and value (args before posonlyargs, then *args,
 * keyword-only, **kwargs, then the return annotation) in one tuple, MAKE_FUNCTION's flag 0x04.
 */
function loadAnnotations(c: Compiler, args: ast.Arguments, returns: ast.Expr | null): number {
	const annotated = [...args.args, ...args.posonlyargs, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])]
		.filter((a) => a.annotation)
		.map((a) => [a.arg, a.annotation!] as const);
	if (returns) annotated.push(["return", returns]);
	if (!annotated.length) return 0;
	if (c.future.annotations) {
		// Names and texts are all constants: the peephole optimizer folds them into one tuple (each stays in co_consts).
		const values: string[] = [];
		for (const [name, annotation] of annotated) {
			const text = annotationText(annotation);
			c.constIndex(name);
			// The text is the compiler's own string: no AST node holds it.
			c.constIndex(text, "compiler");
			values.push(name, text);
		}
		c.unit.loadPeepholeConstant(() => c.constantObject({ tuple: values } as unknown as ast.ConstantValue, "compiler"));
		return 0x04;
	}
	for (const [name, annotation] of annotated) {
		c.loadConst(name);
		c.expr(annotation);
	}
	c.unit.emit(Op.BUILD_TUPLE, annotated.length * 2);
	return 0x04;
}

function finishFunction(c: Compiler, args: ast.Arguments, firstLine: number) {
	const flags = (args.vararg ? CO_VARARGS : 0) | (args.kwarg ? CO_VARKEYWORDS : 0);
	const argcount = args.posonlyargs.length + args.args.length;
	return c.leave().finish(argcount, args.posonlyargs.length, args.kwonlyargs.length, flags, firstLine);
}

export function compileFunctionDef(c: Compiler, s: ast.FunctionDef): void {
	const u = c.unit;
	for (const d of s.decorator_list) c.expr(d);
	u.line = s.lineno;
	const flags = loadDefaults(c, s.args) | loadAnnotations(c, s.args, s.returns);
	const scope = c.scopes.get(s)!;
	const closureFlag = loadClosure(c, scope);
	const qualname = c.qualnameFor(s.name, scope);
	c.enter(scope, s.name, qualname, "function", firstLineOf(s));
	c.bodyWithDocstring(s.body, false);
	c.unit.returnNoneArtificially(c.constIndex(null));
	const code = finishFunction(c, s.args, firstLineOf(s));
	u.line = s.lineno;
	u.emit(Op.LOAD_CONST, u.constant(undefined, () => c.consts.code(code)));
	u.emit(Op.MAKE_FUNCTION, flags | closureFlag);
	applyDecorators(c, s.decorator_list, s.lineno);
	c.nameOp(s.bindingName ?? s.name, "Store");
}

/** co_firstlineno: a decorated definition starts at its first decorator. */
function firstLineOf(s: ast.FunctionDef | ast.ClassDef): number {
	return s.decorator_list[0]?.lineno ?? s.lineno;
}

/**
 * compile.c's compiler_apply_decorators: innermost first, each call on its decorator's line (a step of its
 * own there, as in python3's line events), then back on the definition's line for the store.
 */
function applyDecorators(c: Compiler, decorators: readonly ast.Expr[], definitionLine: number): void {
	const u = c.unit;
	const location = u.location;
	for (let i = decorators.length - 1; i >= 0; i--) {
		u.line = decorators[i]!.lineno;
		u.location = decorators[i]!;
		u.emit(Op.CALL, 0);
	}
	u.line = definitionLine;
	u.location = location;
}

export function compileLambda(c: Compiler, node: ast.Lambda): void {
	const u = c.unit;
	const flags = loadDefaults(c, node.args);
	const scope = c.scopes.get(node)!;
	const closureFlag = loadClosure(c, scope);
	c.enter(scope, "<lambda>", c.qualnameFor("<lambda>", scope), "function", node.lineno);
	c.expr(node.body);
	c.unit.emit(Op.RETURN_VALUE);
	const code = finishFunction(c, node.args, node.lineno);
	u.emit(Op.LOAD_CONST, u.constant(undefined, () => c.consts.code(code)));
	u.emit(Op.MAKE_FUNCTION, flags | closureFlag);
}

export function compileClassDef(c: Compiler, s: ast.ClassDef): void {
	const u = c.unit;
	for (const d of s.decorator_list) c.expr(d);
	u.line = s.lineno;
	const scope = c.scopes.get(s)!;
	const qualname = c.qualnameFor(s.name, scope);
	// The body's first instructions (__module__, __qualname__) are on co_firstlineno: a step there.
	c.enter(scope, s.name, qualname, "class", firstLineOf(s));
	const body = c.unit;
	c.nameOp("__name__", "Load");
	c.nameOp("__module__", "Store");
	c.loadConst(qualname, "compiler");
	c.nameOp("__qualname__", "Store");
	c.bodyWithDocstring(s.body, true);
	if (scope.cellvars().includes("__class__")) {
		body.emit(Op.LOAD_CLOSURE, body.derefIndex("__class__"));
		body.emit(Op.COPY, 1);
		body.emit(Op.STORE_NAME, body.nameIndex("__classcell__"));
	} else c.loadConst(null);
	body.emit(Op.RETURN_VALUE);
	const code = c.leave().finish(0, 0, 0, 0, firstLineOf(s));
	u.line = s.lineno;
	u.emit(Op.PUSH_NULL);
	u.emit(Op.LOAD_BUILD_CLASS);
	const closureFlag = loadClosure(c, scope);
	u.emit(Op.LOAD_CONST, u.constant(undefined, () => c.consts.code(code)));
	u.emit(Op.MAKE_FUNCTION, closureFlag);
	c.loadConst(s.name);
	// compiler_call_helper: starred bases, `**` keywords or too many for the stack build the arguments (the function
	// and name first) as a tuple and a dict for CALL_FUNCTION_EX.
	if (hasStarred(s.bases) || s.keywords.some((k) => k.arg === null) || s.bases.length + s.keywords.length * 2 > STACK_USE_GUIDELINE) {
		compileSequence(c, s.bases, Op.BUILD_TUPLE, true, 2);
		if (s.keywords.length) compileKeywordsDict(c, s.keywords);
		u.emit(Op.CALL_FUNCTION_EX, s.keywords.length ? 1 : 0);
		applyDecorators(c, s.decorator_list, s.lineno);
		c.nameOp(s.bindingName ?? s.name, "Store");
		return;
	}
	for (const b of s.bases) c.expr(b);
	for (const k of s.keywords) c.expr(k.value);
	if (s.keywords.length) u.emit(Op.KW_NAMES, u.constant(undefined, () => c.consts.strTuple(s.keywords.map((k) => k.arg ?? ""))));
	u.emit(Op.CALL, 2 + s.bases.length + s.keywords.length);
	applyDecorators(c, s.decorator_list, s.lineno);
	c.nameOp(s.bindingName ?? s.name, "Store");
}

type ComprehensionNode = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

export function compileComprehension(c: Compiler, node: ComprehensionNode): void {
	const u = c.unit;
	const scope = c.scopes.get(node)!;
	const name = scope.name;
	const closureFlag = loadClosure(c, scope);
	c.enter(scope, name, c.qualnameFor(name, scope), "comprehension", node.lineno);
	const inner = c.unit;
	// Its loop (the `.0` iterator, FOR_ITER, unpacking into the target) is placed at the whole comprehension.
	inner.location = node;
	const collect = { ListComp: Op.BUILD_LIST, SetComp: Op.BUILD_SET, DictComp: Op.BUILD_MAP, GeneratorExp: null }[node.kind];
	if (collect !== null) inner.emit(collect, 0);
	compileGenerators(c, node, 0);
	// A list, set or dict comprehension returns at the line its last comparison left (compile.c's SET_LOC).
	if (collect === null) inner.returnNoneArtificially(c.constIndex(null));
	else inner.emit(Op.RETURN_VALUE);
	const code = c.leave().finish(1, 0, 0, 0, node.lineno);
	u.emit(Op.LOAD_CONST, u.constant(undefined, () => c.consts.code(code)));
	u.emit(Op.MAKE_FUNCTION, closureFlag);
	c.expr(asIterable(node.generators[0]!.iter));
	u.emit(Op.GET_ITER);
	// No NULL below the function, as in compile.c: CALL 0 takes the function as the callable and the iterator
	// as its argument (the slot that holds self for a method call), which keeps co_stacksize CPython's.
	u.emit(Op.CALL, 0);
}

function compileGenerators(c: Compiler, node: ComprehensionNode, index: number): void {
	const u = c.unit;
	const gen = node.generators[index]!;
	const top = u.newLabel();
	const end = u.newLabel();
	if (index === 0) u.emit(Op.LOAD_FAST, u.varIndex(".0"));
	else {
		c.expr(asIterable(gen.iter));
		u.emit(Op.GET_ITER);
	}
	u.place(top);
	u.jump(Op.FOR_ITER, end);
	compileStore(c, gen.target);
	for (const cond of gen.ifs) c.jumpIf(cond, false, top);
	if (index + 1 < node.generators.length) compileGenerators(c, node, index + 1);
	else {
		const depth = node.generators.length + 1;
		if (node.kind === "DictComp") {
			c.expr(node.key);
			c.expr(node.value);
			u.emit(Op.MAP_ADD, depth);
		} else if (node.kind === "GeneratorExp") {
			c.expr(node.elt);
			u.emit(Op.YIELD_VALUE);
			u.emit(Op.POP_TOP);
		} else {
			c.expr(node.elt);
			u.emit(node.kind === "ListComp" ? Op.LIST_APPEND : Op.SET_ADD, depth);
		}
	}
	u.jump(Op.JUMP, top);
	u.place(end);
}
