// One code object under construction: instructions, labels, constants, names and CPython's slot order.
import { Op, ARTIFICIAL, LINE_START, CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, type CodeObject } from "./code";
import type { Scope } from "./scope";
import type { PyObject } from "../heap/object";
import type { Attribute, Located } from "../parse/ast";
import { syntaxError, UnsupportedSyntaxError } from "../parse/errors";
import { stackDepth } from "./stack-depth";
import { strKey } from "../heap/values";

export interface Label {
	pos: number;
	refs: number[];
}

/** CO_MAXBLOCKS: how many blocks (loops, try, with, except clauses...) may be open at once in a code object. */
const MAX_STATIC_BLOCKS = 20;

/** What a break/continue/return must unwind on its way out, innermost last (compile.c's fblocks). */
export type FBlock =
	| { kind: "loop"; breakTo: Label; continueTo: Label; hasIterator: boolean }
	| { kind: "try" }
	| { kind: "finally"; body: () => void }
	/** A return value waiting under a finally body that a return unwinds: a break or return inside drops it. */
	| { kind: "popValue" }
	| { kind: "handler"; named: string | null; withExc: boolean }
	/** EXCEPTION_HANDLER, around a try statement's except clauses: the runtime's block while one runs (unwinds to nothing). */
	| { kind: "exceptionHandler" }
	| { kind: "with"; line: number }
	/** EXCEPTION_GROUP_HANDLER: an except* clause, which break, continue and return may not leave. */
	| { kind: "exceptStar" };

/**
 * The engine's own copy of an identifier (V8 internalizes property keys, and string literals such as
 * "__init__"): every code object then names an attribute with one string object, and the Maps keyed by names
 * (instance attributes, class lookup caches, namespaces) match it by identity instead of comparing characters.
 */
function internalized(name: string): string {
	return Object.keys({ [name]: 0 })[0] ?? name;
}

export class CodeUnit {
	readonly ops: number[] = [];
	readonly args: number[] = [];
	readonly lines: number[] = [];
	/** The node each instruction was compiled for (its columns), as compile.c's SET_LOC leaves them. */
	readonly locations: (Located | null)[] = [];
	readonly consts: PyObject[] = [];
	readonly names: string[] = [];
	/**
	 * Where each constant object and name is in consts and names: looked up for every load and store, a search of
	 * the arrays made a module of 20,000 assignments take a second to compile (200,000, past twenty).
	 */
	private readonly constSlots = new Map<PyObject, number>();
	private readonly nameSlots = new Map<string, number>();
	readonly varnames: string[];
	/** The blocks a break, continue or return leaves, innermost last: push them with pushBlock. */
	readonly fblocks: FBlock[] = [];
	line: number;
	/** The expression or statement being compiled: the columns the next instructions get. */
	location: Located | null = null;
	/** A function's docstring: kept in its code object, read back as __doc__. */
	docstring: string | null = null;
	private readonly constIndex = new Map<unknown, number>();
	private readonly peepholeConstants: { at: number; make: () => PyObject }[] = [];
	private readonly artificial: number[] = [];
	private readonly stepStarts: number[] = [];
	private readonly derefNames: string[];

	constructor(
		readonly scope: Scope,
		readonly name: string,
		readonly qualname: string,
		readonly kind: CodeObject["kind"],
		firstLine: number,
	) {
		this.line = firstLine;
		this.varnames = [...scope.params];
		this.derefNames = [...scope.cellvars(), ...scope.freevars()];
	}

	/**
	 * compiler_push_fblock: a code object holds at most CO_MAXBLOCKS (20) blocks at once, and one more is
	 * python3's SyntaxError at the statement (or except clause) that opens it.
	 */
	pushBlock(block: FBlock, at: Located): void {
		if (this.fblocks.length >= MAX_STATIC_BLOCKS) throw syntaxError("too many statically nested blocks", at.lineno, at.col_offset, at.end_col_offset, at.end_lineno);
		this.fblocks.push(block);
	}

	emit(op: Op, arg = 0): number {
		this.ops.push(op);
		this.args.push(arg);
		this.lines.push(this.line);
		this.locations.push(this.location);
		return this.ops.length - 1;
	}

	/**
	 * SET_LOC(node) then update_start_location_to_match_attr: an attribute (or a method call) spanning lines
	 * is placed at the attribute's name, so its line is the one the name is on.
	 */
	startAtAttribute(node: Located, attr: Attribute): void {
		this.line = node.lineno;
		this.location = node;
		if (node.lineno === attr.end_lineno) return;
		const col = attr.end_col_offset - attr.attr.length;
		const endLine = Math.max(attr.end_lineno, node.end_lineno);
		const endCol = attr.end_lineno === endLine ? Math.max(col, node.end_col_offset) : node.end_col_offset;
		this.line = attr.end_lineno;
		this.location = { lineno: attr.end_lineno, col_offset: col, end_lineno: endLine, end_col_offset: endCol };
	}

	newLabel(): Label {
		return { pos: -1, refs: [] };
	}
	jump(op: Op, label: Label): void {
		label.refs.push(this.emit(op, label.pos));
	}
	/**
	 * A loop's jump back to its head. CPython marks it artificial (no line of its own), so reaching it is no
	 * line event; the backward jump then is one, at the head's line: one step per turn of the loop.
	 */
	loopBack(label: Label): void {
		this.line = this.lines[this.lines.length - 1] ?? this.line;
		this.jump(Op.JUMP, label);
	}
	place(label: Label): void {
		label.pos = this.ops.length;
		for (const r of label.refs) this.args[r] = label.pos;
	}
	/**
	 * Places a handler that compile.c emits after UNSET_LOC (a cleanup that re-raises): its instructions have
	 * no line there, so an exception that lands on it starts no step on the line pymem files it under.
	 */
	placeArtificial(label: Label): void {
		this.place(label);
		this.artificial.push(label.pos);
	}

	/** An instruction compile.c emits after UNSET_LOC: reaching it starts no step. */
	emitArtificial(op: Op, arg = 0): void {
		this.artificial.push(this.emit(op, arg));
	}

	/**
	 * Makes the next instruction start a step whatever comes before it in code order: code that follows a copy
	 * of itself (a finally body's copy for a `break`, then its copy for the normal path) is reached from other
	 * lines only, and each arrival is a line event in CPython.
	 */
	startStepAtNext(): void {
		this.stepStarts.push(this.ops.length);
	}

	/** The implicit `return None` assemble() adds after UNSET_LOC: it takes its line from the code before it. */
	returnNoneArtificially(noneIndex: number): void {
		this.artificial.push(this.emit(Op.LOAD_CONST, noneIndex));
		this.emit(Op.RETURN_VALUE);
	}

	/** Index of a constant; `identity` dedupes equal constants as CPython's const cache does. */
	constant(identity: unknown, make: () => PyObject): number {
		const found = this.constIndex.get(identity);
		if (found !== undefined) return found;
		const object = make();
		// The module's constant cache may hand back an object this code already holds (an equal tuple).
		const held = this.constSlots.get(object);
		if (held !== undefined) return held;
		this.consts.push(object);
		const index = this.consts.length - 1;
		this.constSlots.set(object, index);
		if (identity !== undefined) this.constIndex.set(identity, index);
		return index;
	}

	/**
	 * LOAD_CONST of a constant the peephole optimizer makes (a folded defaults tuple, `()` for an empty
	 * BUILD_TUPLE). optimize_cfg runs once the code is compiled, so these come after every other constant.
	 */
	loadPeepholeConstant(make: () => PyObject): void {
		this.peepholeConstants.push({ at: this.emit(Op.LOAD_CONST), make });
	}

	nameIndex(name: string): number {
		let i = this.nameSlots.get(name);
		if (i === undefined) {
			i = this.names.push(internalized(name)) - 1;
			this.nameSlots.set(name, i);
		}
		return i;
	}
	varIndex(name: string): number {
		let i = this.varnames.indexOf(name);
		if (i < 0) i = this.varnames.push(internalized(name)) - 1;
		return i;
	}
	derefIndex(name: string): number {
		const i = this.derefNames.indexOf(name);
		if (i < 0) throw new UnsupportedSyntaxError(`the closure variable '${name}' here`, this.line);
		return i;
	}

	finish(argcount: number, posonly: number, kwonly: number, flags: number, firstlineno: number): CodeObject {
		for (const { at, make } of this.peepholeConstants) this.args[at] = this.constant(undefined, make);
		const cellvars = this.scope.cellvars();
		const freevars = this.scope.freevars();
		let next = this.varnames.length;
		const derefSlots = cellvars.map((c) => {
			const param = this.scope.params.indexOf(c);
			return param >= 0 ? param : next++;
		});
		for (let i = 0; i < freevars.length; i++) derefSlots.push(next++);
		const localsplusNames = [...this.varnames];
		[...cellvars, ...freevars].forEach((name, k) => (localsplusNames[derefSlots[k]!] = name));
		const lineStarts = new Uint8Array(this.ops.length);
		for (let i = 0; i < this.ops.length; i++) lineStarts[i] = i === 0 || this.lines[i] !== this.lines[i - 1] ? LINE_START : 0;
		for (const at of this.stepStarts) lineStarts[at] = LINE_START;
		for (const at of this.artificial) lineStarts[at] = ARTIFICIAL;
		const optimized = this.kind === "function" || this.kind === "comprehension";
		let nested = false;
		for (let outer = this.scope.parent; outer; outer = outer.parent) nested ||= outer.kind === "function" || outer.kind === "comprehension";
		return {
			name: this.name,
			qualname: this.qualname,
			kind: this.kind,
			flags: flags | (optimized ? CO_OPTIMIZED | CO_NEWLOCALS : 0) | (optimized && nested ? CO_NESTED : 0) | (this.scope.isGenerator ? CO_GENERATOR : 0),
			argcount,
			posonlyargcount: posonly,
			kwonlyargcount: kwonly,
			varnames: this.varnames,
			cellvars,
			co_freevars: freevars,
			derefSlots,
			nlocalsplus: next,
			stacksize: stackDepth(this.ops, this.args, this.consts),
			localsplusNames,
			names: this.names,
			nameKeys: this.names.map(strKey),
			consts: this.consts,
			ops: this.ops,
			args: this.args,
			lines: this.lines,
			locations: this.locations,
			firstlineno,
			lineStarts,
			attributeSites: [],
			warmup: 0,
			callSites: [],
			adaptiveSites: [],
			docstring: this.docstring,
		};
	}
}
