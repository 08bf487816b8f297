// CPython 3.11's Argument Clinic parsers (a static _PyArg_Parser per C function) build their tuple of keyword
// names the first time the function's call misses the positional fast path: a call with keywords, or with a
// number of positional arguments out of range (the TypeError path). getargs.c's parser_init makes it with
// PyTuple_New (from the tuple free list when it has one) and keeps it for the rest of the run, so that first
// call counts one GC allocation that later ones do not. Builtins parsed by PyArg_ParseTupleAndKeywords
// (min, max, deque, itertools.repeat...) make no such tuple.
import type { VM } from "../vm/vm";
import { keywordNames } from "./arity";

/** Methods of the core types whose keywords an Argument Clinic parser reads (their names: METHOD_KEYWORDS). */
export const CLINIC_METHODS: ReadonlySet<string> = new Set([
	"str.split",
	"str.rsplit",
	"str.splitlines",
	"str.expandtabs",
	"str.encode",
	...["decode", "hex", "split", "rsplit", "splitlines", "expandtabs", "translate"].flatMap((name) => [`bytes.${name}`, `bytearray.${name}`]),
	"list.sort",
	"OrderedDict.move_to_end",
	"OrderedDict.popitem",
	"OrderedDict.pop",
	"OrderedDict.setdefault",
]);

/**
 * Builtin functions and types (tp_new, or bytearray's tp_init) whose keywords, named by arity.ts's keywordNames,
 * an Argument Clinic parser reads.
 */
export const CLINIC_BUILTINS: ReadonlySet<string> = new Set(["print", "pow", "round", "sum", "int", "str", "complex", "bytes", "bytearray", "memoryview"]);

/** Builtins with no fast path: print's *args go through _PyArg_UnpackKeywordsWithVararg on every call. */
const PARSED_EVERY_CALL: ReadonlySet<string> = new Set(["print"]);

/** Builtin `name` was called with these arguments: its parser is made if the call is off its fast path. */
export function useBuiltinParser(vm: VM, name: string, keywords: ReadonlyMap<string, unknown> | null, arityProblem: string | null): void {
	const names = CLINIC_BUILTINS.has(name) ? keywordNames(name) : undefined;
	if (names && (keywords?.size || arityProblem !== null || PARSED_EVERY_CALL.has(name))) useKeywordParser(vm, name, names);
}

/**
 * The parser named `parser` (one per C function) is used off its fast path: its first such use makes the
 * tuple of its keyword names, those after the positional-only ones (named "").
 */
export function useKeywordParser(vm: VM, parser: string, names: readonly string[]): void {
	if (vm.keywordParsersMade.has(parser)) return;
	vm.keywordParsersMade.add(parser);
	vm.heap.countUnbuiltTupleAllocation(names.filter((name) => name !== "").length);
}
