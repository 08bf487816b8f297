// Placeholder until the trace recorder lands: records nothing.
import type { VM } from "../vm/vm";

export class Recorder {
	constructor(readonly vm: VM) {}
	finish(): void {}
	trace(): undefined {
		return undefined;
	}
}
