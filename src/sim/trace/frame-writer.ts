// Frame records for the trace. A frame is written whenever it ran during a step, which is nearly every step,
// but a step usually rebinds one name and moves the value stack a little. So after a frame's first full
// record, the writer compares what the frame shows with what it last wrote (by object identity, which
// costs no lookups) and writes only the names that changed, the line and the new top of the value stack.
import type { PyObject } from "../heap/object";
import type { CodeObject } from "../compile/code";
import type { Frame } from "../vm/frame";
import type { VM } from "../vm/vm";
import { Rec, type VarintLog, type StringTable } from "./log";
import type { RecordedModel } from "./recorded-model";

/** What a frame showed when it was last written. */
interface Shown {
	/** The module frame's global names (dict keys), in order; null for function frames (fixed slots). */
	keys: PyObject[] | null;
	values: (PyObject | null)[];
	stack: PyObject[];
	line: number;
}

export class FrameWriter {
	private readonly shown = new Map<Frame, Shown>();
	private readonly slotNames = new Map<CodeObject, number[]>();

	constructor(
		private readonly vm: VM,
		private readonly log: VarintLog,
		private readonly strings: StringTable,
		private readonly model: RecordedModel,
		/** Writes a shared value a frame refers to, before the frame's record refers to it. */
		private readonly showValue: (o: PyObject) => void,
	) {}

	/** The frame left the frame stack: the reader forgets it, so its next record is a full one. */
	forget(frame: Frame): void {
		this.shown.delete(frame);
	}

	write(frame: Frame): void {
		const vm = this.vm;
		let keys: PyObject[] | null = null;
		let values: (PyObject | null)[];
		if (frame.namespace === vm.mainGlobals) {
			keys = [];
			values = [];
			for (const { key, value } of vm.mainGlobals.entries.values()) {
				// The module's own dunders stay out of sight; a program's object (a docstring, `__all__`) is shown.
				if (value.shared && isDunder(vm.strValue(key))) continue;
				keys.push(key);
				values.push(value);
			}
		} else values = frame.locals;
		const stack: PyObject[] = [];
		for (const v of frame.stack) if (v !== vm.NULL) stack.push(v);
		const last = this.shown.get(frame);
		if (last && sameKeys(last.keys, keys) && last.values.length === values.length) this.writeUpdate(frame, last, values, stack);
		else this.writeFull(frame, keys, values, stack);
	}

	private writeFull(frame: Frame, keys: PyObject[] | null, values: (PyObject | null)[], stack: PyObject[]): void {
		const names = keys ? keys.map((k) => this.strings.id(this.vm.strValue(k))) : this.slotNameIds(frame.code);
		const locals: number[] = [];
		for (let i = 0; i < values.length; i++) {
			const v = values[i];
			if (v) this.showValue(v);
			locals.push(names[i]!, v?.id ?? 0);
		}
		for (const v of stack) this.showValue(v);
		const stackIds = stack.map((v) => v.id);
		const state = { name: this.strings.id(frame.code.qualname), line: frame.line, func: frame.func?.id ?? 0, locals, stack: stackIds };
		this.model.frameState(frame.id, state);
		this.shown.set(frame, { keys, values: values.slice(), stack, line: frame.line });
		const log = this.log;
		log.push(Rec.Frame);
		log.push(frame.id);
		log.push(state.name);
		log.push(state.line);
		log.push(state.func);
		log.push(locals.length / 2);
		for (const v of locals) log.push(v);
		log.push(stackIds.length);
		for (const v of stackIds) log.push(v);
	}

	private writeUpdate(frame: Frame, last: Shown, values: (PyObject | null)[], stack: PyObject[]): void {
		const changed: number[] = [];
		for (let i = 0; i < values.length; i++) {
			const v = values[i] ?? null;
			if (v !== last.values[i]) {
				if (v) this.showValue(v);
				changed.push(i, v ? v.id : 0);
				last.values[i] = v;
			}
		}
		let kept = 0;
		while (kept < stack.length && kept < last.stack.length && stack[kept] === last.stack[kept]) kept++;
		if (changed.length === 0 && kept === stack.length && kept === last.stack.length && frame.line === last.line) return;
		const pushed: number[] = [];
		for (let i = kept; i < stack.length; i++) {
			this.showValue(stack[i]!);
			pushed.push(stack[i]!.id);
		}
		last.stack = stack;
		last.line = frame.line;
		this.model.frameUpdated(frame.id, frame.line, changed, kept, pushed);
		const log = this.log;
		log.push(Rec.FrameUpdate);
		log.push(frame.id);
		log.push(frame.line);
		log.push(changed.length / 2);
		for (const v of changed) log.push(v);
		log.push(kept);
		log.push(pushed.length);
		for (const v of pushed) log.push(v);
	}

	/** The string ids of a code object's slot names, looked up once per code object. */
	private slotNameIds(code: CodeObject): number[] {
		let ids = this.slotNames.get(code);
		if (!ids) {
			ids = [];
			for (let i = 0; i < code.nlocalsplus; i++) ids.push(this.strings.id(code.localsplusNames[i] ?? `slot${i}`));
			this.slotNames.set(code, ids);
		}
		return ids;
	}
}

export function isDunder(name: string): boolean {
	return name.startsWith("__") && name.endsWith("__");
}

function sameKeys(a: PyObject[] | null, b: PyObject[] | null): boolean {
	if (a === null || b === null) return a === b;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
