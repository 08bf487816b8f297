// Python source pymem compiles at run time, with shared constants: a library module written in Python (its body
// runs once, at import), library code (no lines, no steps, no printed traceback entries: namedtuple's methods and its
// eval'd `__new__`, through builtins/library-code.ts), and text a library exec's (dataclasses builds its
// __init__, __repr__... from text, as CPython's does), which keeps its lines and its co_filename ("<string>")
// but runs inside the step that called it.
import type * as ast from "../parse/ast";
import { parseModule } from "../parse/index";
import { compileModule } from "../compile/compiler";
import { PyCode, type CodeObject } from "../compile/code";
import type { PyDict } from "../heap/containers";
import { constFactory } from "./constants";
import type { VM } from "./vm";

/** Parsed library sources: the same text is parsed once per process (an AST holds no objects of a run). */
const parsedLibraries = new Map<string, ast.Module>();

/**
 * Compile `text` as a module. Library code is marked as namedtuple's is (no lines, no steps, no printed traceback
 * entries); exec'd text keeps its lines and says `filename` ("<string>").
 */
export function compileSource(vm: VM, text: string, filename: string, library: boolean): CodeObject {
	let module = library ? parsedLibraries.get(text) : undefined;
	if (!module) {
		module = parseModule(text);
		if (library) parsedLibraries.set(text, module);
	}
	const code = compileShared(vm, module);
	if (library) markLibrary(code);
	else markFilename(code, filename);
	return code;
}

/**
 * Compile library text: its constants stay shared (never settled into counted objects), strs and tuples of
 * names no program can count.
 */
export function compileShared(vm: VM, module: ast.Module): CodeObject {
	const factory = constFactory(vm);
	return compileModule(module, {
		constant: (value, origin) => factory.constant(value, origin),
		code: (c) => factory.code(c),
		strTuple: (names) => factory.strTuple(names),
	});
}

/** Library code has no line of the program: its frames show line 0, and it starts no steps. */
export function markLibrary(code: CodeObject): void {
	code.library = true;
	code.lineStarts.fill(0);
	code.lines.fill(0);
	code.firstlineno = 0;
	for (const c of code.consts) if (c instanceof PyCode) markLibrary(c.code);
}

function markFilename(code: CodeObject, filename: string): void {
	code.filename = filename;
	for (const c of code.consts) if (c instanceof PyCode) markFilename(c.code, filename);
}

/** exec(code, globals, namespace): the module code runs in a nested loop; its result (None) is dropped. */
export function execCode(vm: VM, code: CodeObject, globals: PyDict, namespace: PyDict): void {
	const frame = vm.newFrame(code, null, globals, namespace);
	vm.decref(vm.runNested(frame));
}

/**
 * A library module's body, run into its (shared) dict at import: what it makes belongs to the module, shared
 * and unseen by a trace, like the objects of the modules pymem writes natively.
 */
export function runLibraryModule(vm: VM, text: string, dict: PyDict): void {
	const observer = vm.observer;
	vm.observer = null;
	try {
		vm.heap.asModuleImport(() => execCode(vm, compileSource(vm, text, "", true), dict, dict));
	} finally {
		vm.observer = observer;
	}
}
