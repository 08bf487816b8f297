// sys.stdin, sys.stdout and sys.stderr: CPython's io.TextIOWrapper objects over the process's streams. All three
// exist before the program starts and outlive it, so they are shared objects whose counts are never shown.
import { PyObject } from "./object";
import { T, type PyClass } from "./classes";
import type { OutputStream } from "../trace/types";

export type StreamName = "<stdin>" | "<stdout>" | "<stderr>";

export class PyTextStream extends PyObject {
	constructor(readonly streamName: StreamName) {
		super();
		this.shared = true;
	}
	get cls(): PyClass {
		return T.TextIOWrapper;
	}
	/** The C type's tp_name, which error messages show, carries its module. */
	override get typeName(): string {
		return "_io.TextIOWrapper";
	}
	/** sys.stdin is opened for reading, the other two for writing. */
	get readable(): boolean {
		return this.streamName === "<stdin>";
	}
	get mode(): "r" | "w" {
		return this.readable ? "r" : "w";
	}
	/** The file descriptor under it: 0, 1 or 2. */
	get fileno(): number {
		return this.streamName === "<stdin>" ? 0 : this.streamName === "<stdout>" ? 1 : 2;
	}
	/** The process's stream a writable one writes to. */
	get outputStream(): OutputStream {
		return this.streamName === "<stdout>" ? "stdout" : "stderr";
	}
}
