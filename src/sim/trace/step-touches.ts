// Which objects a step can have changed the holders or count of, read from its records as the reader replays
// them. A step's events compare each object's holders before and after it (step-events.ts); over a heap of
// 100,000 objects that comparison, two map lookups an object, cost a tenth of a second at every step, for the
// handful of objects a line touches. The records name them: an object's own record, the targets of the slots it
// rewrote (before and after), the names and stack of each frame that changed, the interpreter's references.
import { FLAG_WEAK_TARGET, LogReader, Rec } from "./log";
import type { FrameState, Model } from "./model";
import type { ObjectId } from "./types";
import type { SlotList } from "./slot-list";

/** The objects a step touched, gathered record by record (note() before each record is applied, then finish()). */
export class StepTouches {
	readonly objects = new Set<ObjectId>();
	private readonly frames = new Set<number>();
	private internalChanged = false;

	/** Note what the record of `kind` at `at` is about to change in `m` (the record is read from a copy of `at`). */
	note(m: Model, kind: Rec, at: LogReader): void {
		switch (kind) {
			case Rec.Object:
				return this.noteObject(m, at.copy());
			case Rec.Refcount:
				this.objects.add(at.peek());
				return;
			case Rec.Free: {
				const id = at.peek();
				this.objects.add(id);
				const o = m.objects.get(id);
				if (o) this.addSlotTargets(o.slots, 0, o.slots.length);
				return;
			}
			case Rec.Frame:
				return this.noteFrame(m, at.peek());
			case Rec.FrameUpdate:
				return this.noteFrameUpdate(m, at.copy());
			case Rec.FrameNames:
				return this.noteFrameNames(m, at.copy());
			case Rec.Frames: {
				const r = at.copy();
				const kept = r.next();
				for (const id of m.frameOrder.slice(kept)) this.noteFrame(m, id);
				for (let n = r.next(); n > 0; n--) this.frames.add(r.next());
				return;
			}
			case Rec.Internal:
				this.internalChanged = true;
				this.addInternalTargets(m.internal);
				return;
		}
	}

	/** Adds the targets of the frames and interpreter references as the step left them. */
	finish(m: Model): ReadonlySet<ObjectId> {
		for (const id of this.frames) {
			const f = m.frames.get(id);
			if (f) this.addFrameTargets(f);
		}
		if (this.internalChanged) this.addInternalTargets(m.internal);
		return this.objects;
	}

	/**
	 * An Object record rewrites the slots between its kept first and kept last ones: their old and new targets
	 * gain or lose a holder. Kept last slots renumbered by position keep their targets under new labels.
	 */
	private noteObject(m: Model, r: LogReader): void {
		const id = r.next();
		this.objects.add(id);
		for (let field = 0; field < 3; field++) r.next(); // type, refcount, size
		const flags = r.next();
		r.next(); // preview
		if (flags & FLAG_WEAK_TARGET) r.next();
		const kept = r.next();
		const added = r.next();
		const keptLast = r.next();
		for (let i = 0; i < added; i++) {
			r.next(); // label
			this.objects.add(r.next());
		}
		const previous = m.objects.get(id);
		if (!previous) return;
		const end = previous.slots.length - Math.abs(keptLast) * 2;
		this.addSlotTargets(previous.slots, kept * 2, end);
		if (keptLast < 0) this.addSlotTargets(previous.slots, end, previous.slots.length);
	}

	/** A frame about to change: the targets it names now lose or keep their holders, and those it ends with count too. */
	private noteFrame(m: Model, id: number): void {
		this.frames.add(id);
		const f = m.frames.get(id);
		if (f) this.addFrameTargets(f);
	}

	/**
	 * Only what the update changes: the old and new targets of its changed names, and the stack entries it pops and
	 * pushes (the module frame of a program with thousands of globals runs at every step).
	 */
	private noteFrameUpdate(m: Model, r: LogReader): void {
		const f = m.frames.get(r.next());
		if (!f) return;
		r.next(); // line
		for (let n = r.next(); n > 0; n--) {
			this.objects.add(f.locals[r.next() * 2 + 1]!);
			this.objects.add(r.next());
		}
		const kept = r.next();
		for (let i = kept; i < f.stack.length; i++) this.objects.add(f.stack[i]!);
		for (let n = r.next(); n > 0; n--) this.objects.add(r.next());
	}

	/** Names replaced past the first `kept`: their old targets lose a holder, the new ones (in the record) gain one. */
	private noteFrameNames(m: Model, r: LogReader): void {
		const f = m.frames.get(r.next());
		const kept = r.next();
		if (f) this.addTargets(f.locals, kept * 2, f.locals.length);
		for (let n = r.next(); n > 0; n--) {
			r.next(); // name
			this.objects.add(r.next());
		}
	}

	private addFrameTargets(f: FrameState): void {
		this.addTargets(f.locals, 0, f.locals.length);
		for (const target of f.stack) this.objects.add(target);
		if (f.func) this.objects.add(f.func);
	}

	/** The targets of the [label, target] pairs from index `from` (even) to `to`. */
	private addTargets(pairs: readonly number[], from: number, to: number): void {
		for (let i = from + 1; i < to; i += 2) this.objects.add(pairs[i]!);
	}

	/** addTargets for an object's slots. */
	private addSlotTargets(slots: SlotList, from: number, to: number): void {
		this.addTargets(slots.numbers, slots.head + from, slots.head + to);
	}

	/** The objects of the interpreter's [object, label] pairs. */
	private addInternalTargets(internal: readonly number[]): void {
		for (let i = 0; i < internal.length; i += 2) this.objects.add(internal[i]!);
	}
}
