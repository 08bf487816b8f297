// The text streams' methods, print()'s writing, and sys.stdout/sys.stderr as the sys module holds them.
import type { PyObject } from "../heap/object";
import { PyTextStream } from "../heap/text-streams";
import { PyStr } from "../heap/values";
import { T } from "../heap/classes";
import { PyModule } from "../heap/callables";
import { defineMethods, globalShared } from "./types";
import { getAttr } from "../vm/attributes";
import type { VM } from "../vm/vm";

export const STDOUT = globalShared(new PyTextStream("<stdout>"));
export const STDERR = globalShared(new PyTextStream("<stderr>"));

function writeStream(vm: VM, stream: PyTextStream, text: string): void {
	if (stream.streamName === "<stdout>") vm.write(text);
	else vm.writeStderr(text);
}

export function installTextStreamMethods(): void {
	defineMethods(T.TextIOWrapper, {
		// textiowrapper_write: a str only; the result is its length in code points.
		write: (vm, args, _kw, self) => {
			const s = args[0];
			if (args.length !== 1) vm.raise("TypeError", `write() takes exactly one argument (${args.length} given)`);
			if (!(s instanceof PyStr)) return vm.raise("TypeError", `write() argument must be str, not ${s!.typeName}`);
			writeStream(vm, self as PyTextStream, s.value);
			return vm.int([...s.value].length);
		},
		flush: (vm) => vm.incref(vm.None),
	});
}

/** Where print() writes without a file: sys.stdout as the program left it (sys's own when not imported). */
export function currentStdout(vm: VM): PyObject {
	const sys = vm.modules.get("sys");
	return (sys instanceof PyModule ? vm.dictGetStr(sys.dict, "stdout") : undefined) ?? STDOUT;
}

/**
 * PyFile_WriteObject/PyFile_WriteString: one piece of print()'s output. A text stream is written directly
 * (its write is native); any other file gets its `write` attribute called with the piece as a str.
 */
export function writeToFile(vm: VM, file: PyObject, text: string): void {
	if (file instanceof PyTextStream) {
		writeStream(vm, file, text);
		return;
	}
	const writer = getAttr(vm, file, "write");
	const piece = vm.str(text);
	try {
		vm.decref(vm.callObject(writer, [piece]));
	} finally {
		vm.decref(piece);
		vm.decref(writer);
	}
}
