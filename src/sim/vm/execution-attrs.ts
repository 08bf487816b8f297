// Attributes of the objects that show a running program: code objects (the co_* fields pymem carries),
// generators (gi_*) and frame objects (f_*).
import type { PyObject } from "../heap/object";
import { type PyGenerator, type PyNativeGenerator } from "../heap/iterators";
import { PyFrameObject } from "../heap/tracebacks";
import { PyCode, type CodeObject } from "../compile/code";
import { frameLocals } from "./frame-locals";
import { orNone } from "./library-attrs";
import { yieldFromTarget } from "./generators";
import type { VM } from "./vm";

/** Code attributes CPython has that pymem's code objects do not carry (bytecode, line tables, file names). */
const UNMODELLED_CODE_ATTRIBUTES = ["co_code", "co_consts", "co_filename", "co_linetable", "co_lnotab", "co_exceptiontable", "co_lines", "co_positions", "replace"];

export function codeAttribute(vm: VM, code: CodeObject, name: string): PyObject | undefined {
	const names = (list: string[]) => vm.tuple(list.map((n) => vm.intern(n)));
	switch (name) {
		case "co_filename":
			// Known for exec'd text ("<string>"); the program's own path depends on where python3 ran it.
			if (code.filename !== undefined) return vm.str(code.filename);
			break;
		// The code object keeps one str for each (a function's __name__ and __qualname__ start as these).
		case "co_name":
			return vm.intern(code.name);
		case "co_qualname":
			return vm.intern(code.qualname);
		case "co_varnames":
			return names(code.varnames);
		case "co_cellvars":
			return names(code.cellvars);
		case "co_freevars":
			return names(code.co_freevars);
		case "co_names":
			return names(code.names);
		case "co_argcount":
			return vm.int(code.argcount);
		case "co_posonlyargcount":
			return vm.int(code.posonlyargcount);
		case "co_kwonlyargcount":
			return vm.int(code.kwonlyargcount);
		case "co_nlocals":
			return vm.int(code.varnames.length);
		case "co_firstlineno":
			return vm.int(code.firstlineno);
		case "co_flags":
			return vm.int(code.flags);
		case "co_stacksize":
			return vm.int(code.stacksize);
	}
	// A TypeError, as for every attribute pymem does not model: an AttributeError would make hasattr() answer False.
	if (UNMODELLED_CODE_ATTRIBUTES.includes(name)) vm.raise("TypeError", `pymem does not support code.${name} yet`);
	return undefined;
}

/** A generator's `gi_running` and `gi_suspended`, as either kind of generator works them out. */
interface GeneratorState {
	readonly name: string;
	readonly qualname: string;
	readonly running: boolean;
	readonly suspended: boolean;
}

/** The attributes every generator answers the same way from its state. */
function generatorStateAttribute(vm: VM, gen: GeneratorState, name: string): PyObject | undefined {
	if (name === "__name__") return vm.str(gen.name);
	if (name === "__qualname__") return vm.str(gen.qualname);
	if (name === "gi_running") return vm.bool(gen.running);
	if (name === "gi_suspended") return vm.bool(gen.suspended);
	return undefined;
}

export function generatorAttribute(vm: VM, gen: PyGenerator, name: string): PyObject | undefined {
	switch (name) {
		case "gi_code":
			return vm.incref(gen.codeConstant);
		case "gi_yieldfrom":
			// _PyGen_yf: the iterator a suspended `yield from` (or await) delegates to, else None.
			return orNone(vm, yieldFromTarget(gen));
		case "gi_frame":
			// A finished generator has none; a live one's parked frame gets a frame object, as for a traceback.
			return gen.frame === null ? vm.incref(vm.None) : vm.incref(vm.frameObjectOf(gen.frame));
	}
	const running = gen.running || gen.delegating;
	const suspended = gen.frame !== null && !gen.running && gen.frame.pc > 0;
	return generatorStateAttribute(vm, { name: gen.name, qualname: gen.qualname, running, suspended }, name);
}

/**
 * A natively run library generator: its names and state. Its gi_code, gi_frame and gi_yieldfrom are not Python
 * objects here: unmodelled-attributes.ts says so.
 */
export function nativeGeneratorAttribute(vm: VM, gen: PyNativeGenerator, name: string): PyObject | undefined {
	return generatorStateAttribute(vm, { name: gen.name, qualname: gen.qualname, running: false, suspended: gen.started && !gen.finished }, name);
}

export function frameAttribute(vm: VM, frameObject: PyFrameObject, name: string): PyObject | undefined {
	const frame = frameObject.frame;
	switch (name) {
		case "f_back": {
			if (frameObject.owner) return orNone(vm, frameObject.back);
			// A running frame's caller is the frame below it; asking makes that one's frame object too.
			const at = vm.frames.indexOf(frame);
			return at > 0 ? vm.incref(vm.frameObjectOf(vm.frames[at - 1]!)) : vm.incref(vm.None);
		}
		case "f_code":
			return vm.incref(frameCode(vm, frameObject));
		case "f_lineno":
			return vm.int(frame.line);
		case "f_globals":
			return vm.incref(frame.globals);
		// No trace function is ever set (sys.settrace is not simulated), so f_trace reads as None.
		case "f_trace":
			return vm.incref(vm.None);
		case "f_locals":
			return frameLocals(vm, frame, frameObject.owner ? frameObject : null);
	}
	return undefined;
}

/** f_code: the function's code constant, or one made when first asked for a frame run without a function. */
export function frameCode(vm: VM, frameObject: PyFrameObject): PyObject {
	return frameObject.frame.func?.codeConstant ?? (frameObject.codeConstant ??= vm.heap.registerShared(new PyCode(frameObject.frame.code)));
}
