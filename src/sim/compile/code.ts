// Code objects and the instruction set. Opcodes follow CPython 3.11's names and stack effects where they
// matter for reference counts; exception handling uses a block stack (SETUP_FINALLY/SETUP_CLEANUP/POP_BLOCK)
// instead of 3.11's exception table, which changes no reference count.
import type { AttributeSite } from "../vm/attribute-sites";
import type { AdaptiveSite } from "../vm/adaptive-sites";
import { PyObject } from "../heap/object";
import { T, type PyClass } from "../heap/classes";
import type { Located } from "../parse/ast";

export enum Op {
	NOP, POP_TOP, COPY, SWAP,
	LOAD_CONST, LOAD_FAST, STORE_FAST, DELETE_FAST,
	LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
	LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF, LOAD_CLOSURE, MAKE_CELL,
	LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD,
	/** arg: positional+keyword count; kwnames come from the preceding KW_NAMES. */
	KW_NAMES, CALL, CALL_FUNCTION_EX,
	BINARY_OP, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT,
	COMPARE_OP, IS_OP, CONTAINS_OP,
	BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, BUILD_SLICE,
	BUILD_LIST, BUILD_TUPLE, BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, BUILD_STRING,
	LIST_APPEND, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, LIST_TO_TUPLE,
	UNPACK_SEQUENCE, UNPACK_EX,
	GET_ITER, FOR_ITER, JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
	JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
	RETURN_VALUE, MAKE_FUNCTION, LOAD_BUILD_CLASS,
	RAISE_VARARGS, SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH, POP_BLOCK, PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH,
	/** Stack [prev_exc, exc]: restore prev as the handled exception and raise exc again. */
	POP_EXCEPT_AND_RERAISE,
	/** Stack [exc]: raise it again (the end of an except chain with no match). */
	RERAISE,
	/** except*: [exc, type] -> [rest, match], or [exc, None] when nothing matches (the match becomes the handled exception). */
	CHECK_EG_MATCH,
	/** except*: [orig, list of raised and re-raised] -> what to raise at the end (or None). */
	PREP_RERAISE_STAR,
	/**
	 * except*: an exception raised in a clause's body joins the list: [list, rest, exc] -> [list, rest] (CPython's
	 * LIST_APPEND 3; POP_TOP, with the lasti its exception table pushed below exc).
	 */
	EXCEPT_STAR_RAISED,
	BEFORE_WITH, WITH_EXIT, WITH_EXCEPT,
	YIELD_VALUE, GET_YIELD_FROM_ITER, YIELD_FROM, RETURN_GENERATOR,
	FORMAT_VALUE, IMPORT_NAME, IMPORT_FROM, LOAD_ASSERTION_ERROR, PUSH_NULL, SETUP_ANNOTATIONS,
	/** Pattern matching: push whether TOS is a mapping / a sequence, or len(TOS). */
	MATCH_MAPPING, MATCH_SEQUENCE, GET_LEN,
	/** [subject, keys] -> [subject, keys, values or None]. */
	MATCH_KEYS,
	/** arg: positional sub-pattern count. [subject, cls, attribute names] -> [attribute values or None]. */
	MATCH_CLASS,
}

export const BINARY_OPS = [
	"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv",
] as const;
export const LINE_START = 1;
export const ARTIFICIAL = 2;

export const COMPARE_OPS = ["Lt", "LtE", "Eq", "NotEq", "Gt", "GtE"] as const;
/** BINARY_OP args at or above this are the in-place forms (`+=`). */
export const INPLACE_OFFSET = 16;

export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_GENERATOR = 0x20;
/** Function body (fast locals); module and class bodies use a namespace dict. */
export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
/** Defined inside a function (at any depth), as symtable's ste_nested says. */
export const CO_NESTED = 0x10;

export interface CodeObject {
	name: string;
	qualname: string;
	/** "module", "function", "class", "lambda", "comprehension", "genexpr" */
	kind: "module" | "function" | "class" | "comprehension";
	flags: number;
	argcount: number;
	posonlyargcount: number;
	kwonlyargcount: number;
	/** co_varnames: parameters, then locals in order of first use. */
	varnames: string[];
	/** co_cellvars: cells that are parameters in their order, then the others sorted (localsplus order). */
	cellvars: string[];
	co_freevars: string[];
	/** Localsplus slot of each cell then free variable (DEREF args index this). A cell that is also a
	 * parameter shares the parameter's slot, as in 3.11. */
	derefSlots: number[];
	/** Total slots: varnames, non-parameter cells, free variables. */
	nlocalsplus: number;
	/** co_stacksize: the deepest the value stack gets (compile.c's stackdepth). */
	stacksize: number;
	/** co_localsplusnames: the name of each slot. */
	localsplusNames: string[];
	names: string[];
	/** The namespace-dict key of each of `names` (strKey), made once so LOAD_NAME/STORE_NAME/LOAD_GLOBAL look up no cache. */
	nameKeys: string[];
	consts: PyObject[];
	ops: number[];
	args: number[];
	lines: number[];
	/** co_positions' columns: the node each instruction belongs to (null for none), read by tracebacks. */
	locations: readonly (Located | null)[];
	firstlineno: number;
	/** The function's docstring (co_consts[0] in CPython), or null. */
	docstring: string | null;
	/**
	 * Per instruction: LINE_START where a new source line starts (a step begins), ARTIFICIAL where the code has
	 * no line in CPython (UNSET_LOC: an exception landing there is no step), else 0.
	 */
	lineStarts: Uint8Array;
	/** LOAD_ATTR's and STORE_ATTR's caches by instruction (vm/attribute-sites.ts), made as they first run. */
	attributeSites: (AttributeSite | undefined)[];
	/** co_warmup's progress (vm/warm-up.ts): RESUMEs and backward jumps run so far, up to the quickening. */
	warmup: number;
	/**
	 * How each CALL specialized once the code was quickened (vm/warm-up.ts), filled as they first run then.
	 * Made with the code object, not when first needed: a property added later gives hot code objects a second
	 * hidden class, and every `f.code` read in the instruction loop would then see two.
	 */
	callSites: (number | undefined)[];
	/** What each adaptive instruction specialized for once the code was quickened (vm/adaptive-sites.ts); made with the code, as callSites. */
	adaptiveSites: (AdaptiveSite | undefined)[];
	/**
	 * Code of a library module pymem runs as Python (namedtuple's methods): it starts no steps, and its frames
	 * leave no entries in printed tracebacks (its lines are not the program's).
	 */
	library?: boolean;
	/**
	 * co_filename of code compiled at run time from text the program never wrote and which keeps its lines (the
	 * "<string>" text dataclasses exec's): its lines are not steps, and tracebacks name this file without a line.
	 */
	filename?: string;
}

/** A code object as a constant of its enclosing code (what MAKE_FUNCTION loads). Interpreter-internal. */
export class PyCode extends PyObject {
	constructor(readonly code: CodeObject) {
		super();
		this.shared = true;
	}
	get cls(): PyClass {
		return T.code;
	}
}
