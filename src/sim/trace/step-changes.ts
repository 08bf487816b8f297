// What the step being recorded changed, gathered while it runs. The heap tells of every count and content change
// with one store (an incref inlines what it calls, and checks there made the interpreter's optimizing compiles
// slow); the step's end sorts the notices into objects to write, each queued once with what changed, and the
// frames that ran.
import type { PyObject } from "../heap/object";
import type { ItemTakenOrLetGo, ReplacedItem } from "../heap/heap-hooks";
import type { DictEntry } from "../heap/containers";
import type { Frame } from "../vm/frame";

/**
 * PyObject.traceDirty: what the current step changed in these bits, and above them the count last written,
 * so a step that takes a reference and drops it again writes nothing (kept there, not in a field of its
 * own, so that untraced runs make no bigger objects).
 */
export const COUNT_CHANGED = 1;
export const CONTENT_CHANGED = 2;
/** A collector phase looked at it: its flags (tracked, generation, finalized) may have changed, nothing else. */
export const FLAGS_CHANGED = 4;
export const CHANGE_BITS = 7;
export const COUNT_SHIFT = 3;
/** PyObject.traceStep of a freed object. */
export const FREED = -2;

/** Notices of changes kept before they are sorted out inside a long step. */
const MAX_NOTICES = 4096;
const MAX_HINTS = 8;

export class StepChanges {
	/**
	 * Objects and frames the current step changed, each queued once (its traceStep says it is queued in
	 * this step, its traceDirty bits say what changed). Arrays with marks, not Sets: this runs at every step.
	 * They are reused without shortening them (which can drop their storage): the counts say how many
	 * entries this step queued.
	 */
	readonly objects: PyObject[] = [];
	objectCount = 0;
	readonly frames: Frame[] = [];
	frameCount = 0;
	/** Objects whose count changed in this step, as the heap told it, repeats and shared ones included. */
	private readonly counted: PyObject[] = [];
	private countedCount = 0;
	/** Objects whose contents changed in this step, as told. */
	private readonly changedContents: PyObject[] = [];
	private changedContentCount = 0;
	/**
	 * Containers whose only change in this step was to grow at their end, with how many items they kept from
	 * their last record: their write reads only what follows (a list that grows by one a step would otherwise
	 * cost a comparison per item each step, quadratic over a loop that fills it); or containers whose only change
	 * was one item's new value, with which item, or a set's one item taken between the others or let go (or a dict's
	 * entry let go), with its place: their write reads only it. A step changes one or two: short arrays searched in full, and past MAX_HINTS
	 * a container is compared in full. Emptied as the step ends, so that a container freed later is not kept alive
	 * here.
	 */
	private readonly hinted: (PyObject | null)[] = [];
	private readonly appendedFrom: number[] = [];
	/** The entry a hinted dict took last in this step: a new value for it leaves the hint standing. */
	private readonly appendedEntries: (DictEntry | null)[] = [];
	private readonly replacedItems: (ReplacedItem | null)[] = [];
	private readonly itemsTakenOrLetGo: (ItemTakenOrLetGo | null)[] = [];
	private hintCount = 0;
	/** The step being recorded. */
	step = 0;

	/**
	 * @param mainGlobals the module's globals, whose changes also touch the module frame
	 * @param queueSpecialContents what a change to a class's hidden part, the module's globals or a shared
	 *   object touches besides the object (the recorder knows what shows them)
	 */
	constructor(
		private readonly mainGlobals: PyObject,
		private readonly queueSpecialContents: (o: PyObject) => void,
	) {}

	/**
	 * The heap's notices. Arrow functions, handed to the heap as they are (HeapObserver): the heap calls them at
	 * every change, and a wrapper around them would double the calls in code the JIT has not optimized yet.
	 */
	readonly countChanged = (o: PyObject): void => {
		this.counted[this.countedCount++] = o;
		// A step can take and drop references millions of times (a builtin's loop runs inside one step).
		if (this.countedCount === MAX_NOTICES) this.queueCounted();
	};

	readonly contentChanged = (o: PyObject): void => {
		this.changedContents[this.changedContentCount++] = o;
		if (this.changedContentCount === MAX_NOTICES) this.queueChangedContents();
	};

	/** contentChanged, when a container only grew at its end: its items before `from` are those of its last record. */
	readonly itemsAppended = (container: PyObject, from: number, entry?: DictEntry): void => {
		// Earlier notices first: one of them may have changed it some other way in this step.
		if (this.changedContentCount !== 0) this.queueChangedContents();
		if (this.isShownApart(container)) return this.contentChanged(container);
		if (container.traceStep === this.step && container.traceDirty & CONTENT_CHANGED) {
			const hint = this.hintOf(container);
			if (hint >= 0 && (this.replacedItems[hint] !== null || this.itemsTakenOrLetGo[hint] !== null)) this.dropHint(container);
			else if (hint >= 0) {
				if (from < this.appendedFrom[hint]!) this.appendedFrom[hint] = from;
				this.appendedEntries[hint] = entry ?? null;
			}
			return;
		}
		this.queue(container, CONTENT_CHANGED);
		this.addHint(container, from, null, null, entry ?? null);
	};

	/** contentChanged, when one item of a container took a new value. */
	readonly itemReplaced = (container: PyObject, item: ReplacedItem): void => this.oneItemChanged(container, item, null);

	/** contentChanged, when a set took one item between the ones it had. */
	readonly itemInserted = (container: PyObject, inserted: ItemTakenOrLetGo): void => this.oneItemChanged(container, null, inserted);

	/** contentChanged, when a set let go of one item or a dict of one entry. */
	readonly itemRemoved = (container: PyObject, position: number): void => this.oneItemChanged(container, null, { item: null, position });

	/** contentChanged, when a dict let go of one entry, the one of `key`. */
	readonly entryRemoved = (container: PyObject, key: PyObject): void => this.oneItemChanged(container, null, { item: null, position: -1, removedKey: key.id });

	/** A change to one item, `replaced` or `takenOrLetGo`, hinted unless the container changed some other way before. */
	private oneItemChanged(container: PyObject, replaced: ReplacedItem | null, takenOrLetGo: ItemTakenOrLetGo | null): void {
		if (this.changedContentCount !== 0) this.queueChangedContents();
		if (this.isShownApart(container)) return this.contentChanged(container);
		// Changed some other way already in this step: its record compares every item, unless the change was to grow
		// and this one is a new value for what it grew by (`counts[k] += 1` of a defaultdict that lacked k), which
		// its record reads anyway.
		if (container.traceStep === this.step && container.traceDirty & CONTENT_CHANGED) {
			if (replaced !== null && this.replacesAppended(container, replaced)) return;
			return this.dropHint(container);
		}
		this.queue(container, CONTENT_CHANGED);
		this.addHint(container, 0, replaced, takenOrLetGo);
	}

	/**
	 * What the recorder shows apart (the module's globals, a class's hidden dict, shared objects) and objects made
	 * at start-up, not written yet: their changes are told as any change.
	 */
	private isShownApart(container: PyObject): boolean {
		return container.internalOf !== null || container.shared || container === this.mainGlobals || container.traceStep === -1;
	}

	/** Whether `container`'s hint says only that it grew, from before `replaced` (a dict's, the entry it took last). */
	private replacesAppended(container: PyObject, replaced: ReplacedItem): boolean {
		const hint = this.hintOf(container);
		if (hint < 0 || this.replacedItems[hint] !== null || this.itemsTakenOrLetGo[hint] !== null) return false;
		return typeof replaced === "number" ? replaced >= this.appendedFrom[hint]! : replaced === this.appendedEntries[hint];
	}

	private addHint(container: PyObject, appendedFrom: number, replaced: ReplacedItem | null, takenOrLetGo: ItemTakenOrLetGo | null = null, appendedEntry: DictEntry | null = null): void {
		if (this.hintCount === MAX_HINTS) return;
		this.hinted[this.hintCount] = container;
		this.appendedFrom[this.hintCount] = appendedFrom;
		this.appendedEntries[this.hintCount] = appendedEntry;
		this.itemsTakenOrLetGo[this.hintCount] = takenOrLetGo;
		this.replacedItems[this.hintCount++] = replaced;
	}

	/**
	 * How many of `o`'s items this step left as its last record has them (0 when unknown). Read as its record is
	 * written, at the step's end, before clearHints.
	 */
	unchangedItems(o: PyObject): number {
		if (this.hintCount === 0) return 0;
		const hint = this.hintOf(o);
		return hint < 0 ? 0 : this.appendedFrom[hint]!;
	}

	/** The item of `o` whose new value was this step's only change to it, or null. Read as unchangedItems is. */
	replacedItem(o: PyObject): ReplacedItem | null {
		if (this.hintCount === 0) return null;
		const hint = this.hintOf(o);
		return hint < 0 ? null : this.replacedItems[hint]!;
	}

	/**
	 * The item a set took between its others or let go, or the entry a dict let go, as this step's only change to it,
	 * or null. Read as unchangedItems is.
	 */
	itemTakenOrLetGo(o: PyObject): ItemTakenOrLetGo | null {
		if (this.hintCount === 0) return null;
		const hint = this.hintOf(o);
		return hint < 0 ? null : this.itemsTakenOrLetGo[hint]!;
	}

	clearHints(): void {
		for (let i = 0; i < this.hintCount; i++) {
			this.hinted[i] = null;
			this.appendedEntries[i] = null;
			this.replacedItems[i] = null;
			this.itemsTakenOrLetGo[i] = null;
		}
		this.hintCount = 0;
	}

	private hintOf(o: PyObject): number {
		for (let i = 0; i < this.hintCount; i++) if (this.hinted[i] === o) return i;
		return -1;
	}

	/** `o` changed some other way after its hinted change in this step: its record compares every item. */
	private dropHint(o: PyObject): void {
		const hint = this.hintOf(o);
		if (hint < 0) return;
		this.appendedFrom[hint] = 0;
		this.appendedEntries[hint] = null;
		this.replacedItems[hint] = null;
		this.itemsTakenOrLetGo[hint] = null;
	}

	queue(o: PyObject, change: number): void {
		if (o.traceStep !== this.step) {
			// An object made at startup (heap.asStartup) is new to the trace when the program first touches it: a full record.
			if (o.traceStep === -1) change |= CONTENT_CHANGED;
			o.traceStep = this.step;
			o.traceDirty &= ~CHANGE_BITS;
			this.objects[this.objectCount++] = o;
		}
		o.traceDirty |= change;
	}

	queueFrame(frame: Frame): void {
		if (frame.traceStep === this.step) return;
		frame.traceStep = this.step;
		this.frames[this.frameCount++] = frame;
	}

	/** The frame leaves this step's queue (the module frame, written apart as it returns). */
	unqueueFrame(frame: Frame): void {
		const queued = this.frames.indexOf(frame);
		if (queued >= 0 && queued < this.frameCount) {
			this.frames.copyWithin(queued, queued + 1, this.frameCount);
			this.frameCount--;
		}
		frame.traceStep = -1;
	}

	/** The heap's notices so far, queued: before anything is written or freed, everything noticed is queued as if at once. */
	queueNotices(): void {
		if (this.changedContentCount !== 0) this.queueChangedContents();
		if (this.countedCount !== 0) this.queueCounted();
	}

	/** Queue the objects whose contents changed, and note what else their changes touch. */
	private queueChangedContents(): void {
		const mainGlobals = this.mainGlobals;
		const changed = this.changedContents;
		for (let i = 0; i < this.changedContentCount; i++) {
			const o = changed[i]!;
			// The rare kinds are handled apart: this runs at nearly every step, and a short loop is optimized sooner.
			if (o.internalOf || o.shared || o === mainGlobals) this.queueSpecialContents(o);
			else this.queue(o, CONTENT_CHANGED);
			// Changed some other way after a hinted change: its record compares every item.
			if (this.hintCount !== 0) this.dropHint(o);
		}
		this.changedContentCount = 0;
	}

	/** Queue the objects whose count changed; a freed one has nothing more to write. */
	private queueCounted(): void {
		const counted = this.counted;
		for (let i = 0; i < this.countedCount; i++) {
			const o = counted[i]!;
			if (!o.shared && !o.internalOf && o.traceStep !== FREED) this.queue(o, COUNT_CHANGED);
		}
		this.countedCount = 0;
	}
}
