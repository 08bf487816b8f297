// Frame records for the trace. A frame is written whenever it ran during a step, which is nearly every step,
// but a step usually rebinds one name and moves the value stack a little. So after a frame's first full
// record, the writer compares what the frame shows with what it last wrote (by object identity, which
// costs no lookups) and writes only the names that changed, the line and the new top of the value stack.
import type { PyObject } from "../heap/object";
import type { CodeObject } from "../compile/code";
import type { Frame } from "../vm/frame";
import type { VM } from "../vm/vm";
import { Rec, type VarintLog, type StringTable } from "./log";
import { truncate } from "../arrays";
import type { RecordedModel } from "./recorded-model";

/** What a frame showed when it was last written. */
interface Shown {
	/** The module frame's global names (dict keys), in order; null for function frames (fixed slots). */
	keys: readonly PyObject[] | null;
	values: (PyObject | null)[];
	stack: PyObject[];
	line: number;
}

export class FrameWriter {
	private readonly shown = new Map<Frame, Shown>();
	private readonly slotNames = new Map<CodeObject, number[]>();
	/**
	 * The module frame's names and values, kept until its dict changes: a module-level loop writes the
	 * frame at every step, and listing the globals would cost a pass over them (and two arrays) each time.
	 * Never changed in place: a frame's record keeps its own copy of the values.
	 */
	private globals: { keys: PyObject[]; values: PyObject[] } | null = null;
	/** writeUpdate's working arrays, reused: [local index, target]* changed, and the ids pushed on the stack. */
	private readonly changed: number[] = [];
	private readonly pushed: number[] = [];
	/** The frame stack's ids as the last Frames record left them (kept in place, not copied). */
	private readonly lastOrder: number[] = [];
	/**
	 * While a step ended by a line event is written, the frame that starts the line: the step's end marker
	 * gives it its line (frame.line, just set), so a record of it that would change nothing else is left out.
	 */
	lineFrame: Frame | null = null;

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
			const globals = (this.globals ??= this.listGlobals());
			keys = globals.keys;
			values = globals.values;
		} else values = frame.locals;
		const last = this.shown.get(frame);
		if (last && last.keys && keys && last.keys !== keys) {
			// The module's names came or went: those past the first change are written again, and not the others
			// (a program binding a new global at each step wrote them all at each step, quadratic in its globals).
			const kept = commonPrefix(last.keys, keys);
			if (kept < last.keys.length || kept < keys.length) this.writeNames(frame, last, kept, keys, values);
			last.keys = keys;
		}
		if (last && sameKeys(last.keys, keys) && last.values.length === values.length) this.writeUpdate(frame, last, values);
		else this.writeFull(frame, keys, values);
	}

	/** Rec.FrameNames: the module frame's names from `kept` on, replaced by those of `keys`, with their values. */
	private writeNames(frame: Frame, last: Shown, kept: number, keys: readonly PyObject[], values: readonly (PyObject | null)[]): void {
		const pairs: number[] = [];
		truncate(last.values, kept);
		for (let i = kept; i < keys.length; i++) {
			const v = values[i] ?? null;
			if (v) this.showValue(v);
			pairs.push(this.strings.id(this.vm.strValue(keys[i]!)), v?.id ?? 0);
			last.values.push(v);
		}
		this.model.frameNames(frame.id, kept, pairs);
		const log = this.log;
		log.record(Rec.FrameNames);
		log.push(frame.id);
		log.push(kept);
		log.push(pairs.length / 2);
		for (let i = 0; i < pairs.length; i++) log.push(pairs[i]!);
	}

	/**
	 * Rec.Frames: what changed at the top of the frame stack since the last one, whose first `sameBelow` frames
	 * are known not to have changed. Calls and returns come at nearly every step of a program with functions, so
	 * the last order is changed in place.
	 */
	writeOrder(frames: readonly Frame[], sameBelow: number): void {
		const last = this.lastOrder;
		const n = frames.length;
		let kept = Math.min(sameBelow, n, last.length);
		while (kept < n && kept < last.length && frames[kept]!.id === last[kept]) kept++;
		const log = this.log;
		log.record(Rec.Frames);
		log.push(kept);
		log.push(n - kept);
		truncate(last, kept);
		for (let i = kept; i < n; i++) {
			const id = frames[i]!.id;
			log.push(id);
			last.push(id);
		}
		this.model.frameOrderChanged(last, kept);
	}

	/** The module's globals changed (the recorder sees every change of its dict): list them again. */
	globalsChanged(): void {
		this.globals = null;
	}

	private listGlobals(): { keys: PyObject[]; values: PyObject[] } {
		const vm = this.vm;
		const keys: PyObject[] = [];
		const values: PyObject[] = [];
		for (const { key, value } of vm.mainGlobals.entries.values()) {
			// The module's own dunders stay out of sight; a program's object (a docstring, `__all__`) is shown.
			if (value.shared && isDunder(vm.strValue(key))) continue;
			keys.push(key);
			values.push(value);
		}
		return { keys, values };
	}

	private writeFull(frame: Frame, keys: PyObject[] | null, values: (PyObject | null)[]): void {
		const names = keys ? keys.map((k) => this.strings.id(this.vm.strValue(k))) : this.slotNameIds(frame.code);
		const locals: number[] = [];
		for (let i = 0; i < values.length; i++) {
			const v = values[i];
			if (v) this.showValue(v);
			locals.push(names[i]!, v?.id ?? 0);
		}
		const stack: PyObject[] = [];
		const stackIds: number[] = [];
		const NULL = this.vm.NULL;
		for (let i = 0; i < frame.stack.length; i++) {
			const v = frame.stack[i]!;
			if (v === NULL) continue;
			this.showValue(v);
			stack.push(v);
			stackIds.push(v.id);
		}
		const classBody = frame.code.kind === "class";
		const generator = frame.generator !== null;
		const state = { name: this.strings.id(frame.code.qualname), line: frame.line, func: frame.func?.id ?? 0, classBody, generator, locals, stack: stackIds };
		this.model.frameState(frame.id, state);
		this.shown.set(frame, { keys, values: values.slice(), stack, line: frame.line });
		const log = this.log;
		log.record(Rec.Frame);
		log.push(frame.id);
		log.push(state.name);
		log.push(state.line);
		log.push(state.func);
		log.push((classBody ? 1 : 0) | (generator ? 2 : 0));
		log.push(locals.length / 2);
		for (let i = 0; i < locals.length; i++) log.push(locals[i]!);
		log.push(stackIds.length);
		for (let i = 0; i < stackIds.length; i++) log.push(stackIds[i]!);
	}

	/**
	 * A frame runs at nearly every step: its changes are gathered in arrays kept for reuse (with their
	 * lengths, as shortening an array can give up its storage), and a step that changed nothing in it
	 * allocates nothing.
	 */
	private writeUpdate(frame: Frame, last: Shown, values: (PyObject | null)[]): void {
		const changed = this.changed;
		const shownValues = last.values;
		let nChanged = 0;
		for (let i = 0; i < values.length; i++) {
			const v = values[i] ?? null;
			if (v === shownValues[i]) continue;
			if (v) this.showValue(v);
			changed[nChanged++] = i;
			changed[nChanged++] = v ? v.id : 0;
			shownValues[i] = v;
		}
		// The value stack without its NULLs, compared with what was shown: the entries that stay, then the new top.
		const NULL = this.vm.NULL;
		const stack = frame.stack;
		const shownStack = last.stack;
		const pushed = this.pushed;
		let nPushed = 0;
		let kept = 0;
		for (let i = 0; i < stack.length; i++) {
			const v = stack[i]!;
			if (v === NULL) continue;
			if (nPushed === 0 && kept < shownStack.length && shownStack[kept] === v) kept++;
			else pushed[nPushed++] = v.id;
		}
		if (nChanged === 0 && nPushed === 0 && kept === shownStack.length) {
			if (frame === this.lineFrame) last.line = frame.line;
			if (frame.line === last.line) return;
		}
		if (nPushed !== 0) {
			let at = 0;
			for (let i = 0; i < stack.length; i++) {
				const v = stack[i]!;
				if (v === NULL) continue;
				if (at >= kept) {
					this.showValue(v);
					shownStack[at] = v;
				}
				at++;
			}
		}
		truncate(shownStack, kept + nPushed);
		last.line = frame.line;
		this.model.frameUpdated(frame.id, frame.line, changed, nChanged, kept, pushed, nPushed);
		const log = this.log;
		log.record(Rec.FrameUpdate);
		log.push(frame.id);
		log.push(frame.line);
		log.push(nChanged / 2);
		for (let i = 0; i < nChanged; i++) log.push(changed[i]!);
		log.push(kept);
		log.push(nPushed);
		for (let i = 0; i < nPushed; i++) log.push(pushed[i]!);
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

function commonPrefix(a: readonly PyObject[], b: readonly PyObject[]): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

function sameKeys(a: readonly PyObject[] | null, b: readonly PyObject[] | null): boolean {
	if (a === b) return true;
	if (a === null || b === null) return false;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
