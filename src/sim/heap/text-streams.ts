// sys.stdout and sys.stderr: CPython's io.TextIOWrapper objects over the process's streams. Both exist before
// the program starts and outlive it, so they are shared objects whose counts are never shown.
import { PyObject } from "./object";
import { T, type PyClass } from "./classes";
import type { OutputStream } from "../trace/types";

export type StreamName = "<stdout>" | "<stderr>";

export class PyTextStream extends PyObject {
	constructor(readonly streamName: StreamName) {
		super();
		this.shared = true;
	}
	get cls(): PyClass {
		return T.TextIOWrapper;
	}
	/** The process's stream it writes to. */
	get outputStream(): OutputStream {
		return this.streamName === "<stdout>" ? "stdout" : "stderr";
	}
}
