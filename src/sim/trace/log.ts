// The trace's storage: an append-only byte log of zigzag LEB128 varints (most values fit one byte) and a
// string table, so a million steps cost tens of bytes each instead of a copied state per step.

export class VarintLog {
	private bytes = new Uint8Array(1 << 10);
	/**
	 * bytes.length, kept in a field: a typed array's length is a getter, which code the JIT has not optimized yet
	 * calls at every push (the first run of a program is mostly such code).
	 */
	private capacity = 1 << 10;
	length = 0;
	/** How many records (each a change a step made) were started with record(); step markers are not counted. */
	records = 0;

	/** Start a record of `kind`; its values follow with push(). */
	record(kind: Rec): void {
		this.records++;
		this.push(kind);
	}

	push(value: number): void {
		let length = this.length;
		const bytes = this.bytes;
		if (value >= 0 && value < 64 && length < this.capacity) {
			// Most values (record kinds, small ids and counts) take this path: one byte, no loop.
			bytes[length] = value * 2;
			this.length = length + 1;
			return;
		}
		if (length + 10 > this.capacity) return this.pushAfterGrowing(value);
		let v = value >= 0 ? value * 2 : -value * 2 - 1; // zigzag, exact for |value| < 2^52
		if (v < 0x80000000) {
			// Bit operations while the value fits 32 bits: `%` and Math.floor cost calls until the JIT optimizes.
			while (v >= 128) {
				bytes[length++] = (v & 127) | 128;
				v >>>= 7;
			}
		} else {
			while (v >= 128) {
				bytes[length++] = (v % 128) | 128;
				v = Math.floor(v / 128);
			}
		}
		bytes[length++] = v;
		this.length = length;
	}

	private pushAfterGrowing(value: number): void {
		this.grow();
		this.push(value);
	}

	private grow(): void {
		const next = new Uint8Array(this.capacity * 2);
		next.set(this.bytes);
		this.bytes = next;
		this.capacity = next.length;
	}

	reader(offset: number): LogReader {
		return new LogReader(this.bytes, offset);
	}

	get byteSize(): number {
		return this.length;
	}
}

export class LogReader {
	constructor(
		private readonly bytes: Uint8Array,
		public offset: number,
	) {}

	next(): number {
		let v = 0;
		let scale = 1;
		for (;;) {
			const b = this.bytes[this.offset++]!;
			v += (b & 127) * scale;
			if (b < 128) break;
			scale *= 128;
		}
		return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
	}

	/** A reader at the same place, which moves on its own. */
	copy(): LogReader {
		return new LogReader(this.bytes, this.offset);
	}

	/** The next value, without moving past it. */
	peek(): number {
		const at = this.offset;
		const value = this.next();
		this.offset = at;
		return value;
	}
}

export class StringTable {
	private readonly index = new Map<string, number>();
	readonly strings: string[] = [];
	private chars = 0;

	id(s: string): number {
		let i = this.index.get(s);
		if (i === undefined) {
			i = this.strings.push(s) - 1;
			this.index.set(s, i);
			this.chars += s.length;
		}
		return i;
	}

	/** The id of `s` if the table has it; it is not added. */
	find(s: string): number | undefined {
		return this.index.get(s);
	}

	get byteSize(): number {
		return this.chars * 2 + this.strings.length * 16;
	}
}

/** Record kinds in the log. */
export const enum Rec {
	/**
	 * End of a step: lineExecuted, nextLine (-1 at the end), the frame that runs nextLine (-1 when no line event
	 * ended the step), whose line is nextLine from here on: its Frame or FrameUpdate record may leave that out.
	 */
	Step = 1,
	/** A full object view: id, type, refcount, size, flags, preview, keptSlots, newSlots, [label, target]*. */
	Object = 2,
	/** Only the reference count changed: id, refcount. */
	Refcount = 3,
	Free = 4,
	/** A frame's view: id, name, line, func (0 for none), nLocals, [name, target]*, nStack, [target]*. */
	Frame = 5,
	/**
	 * The frame stack as a change to the previous one (frames come and go at the top): kept (how many of
	 * the previous frames stay, bottom first), n, the n ids pushed above them.
	 */
	Frames = 6,
	Stdout = 7,
	Stderr = 8,
	/**
	 * Collector phase (ends its own step): generation, phase, [the cause, only in a merge phase: kind, then
	 * for an automatic collection count0..2, threshold0..2, long-lived pending, long-lived total], n, [id, gcRefs]*.
	 */
	GcPhase = 9,
	/** enabled, count0..2, threshold0..2 */
	GcState = 10,
	/** Interpreter-held references: n, [id, label]*. */
	Internal = 11,
	/** Uncaught exception: type, message, line. */
	Exception = 12,
	/**
	 * What changed in a frame since its last Frame or FrameUpdate record: id, line, nChanged,
	 * [local index, target]*, kept (how many value-stack entries stay, bottom first), n, the n ids pushed.
	 */
	FrameUpdate = 13,
	/**
	 * The module frame's names changed (a global bound for the first time, or deleted): id, kept (how many of its
	 * [name, target] pairs stay, first ones first), n, the n [name, target] pairs that follow them.
	 */
	FrameNames = 14,
}

export const FLAG_TRACKED = 1;
export const FLAG_FINALIZED = 2;
export const FLAG_SHARED = 4;
/** Generation is stored in bits 3-4. */
export const GEN_SHIFT = 3;
/**
 * In an Object record's flags only (not kept in a state's flags): a weak reference's referent id follows the
 * preview. A weak reference holds no reference, so its referent is no slot.
 */
export const FLAG_WEAK_TARGET = 32;
