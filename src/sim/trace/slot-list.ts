// An object's slots as its last record left them, which the next record changes in place.
import { replaceRange } from "../arrays";

/**
 * [label, target] pairs, flattened: `numbers` from `head` on. The numbers before `head` are room that slots cut
 * from the front left: a cut moves whichever side of it is shorter, so a dict emptied by `del` from its oldest
 * key, or a set or list changed at either end, costs a step nothing for the slots it did not change.
 */
export class SlotList {
	constructor(
		/** Read from `head` on; `numbers.length - head` is the list's length. */
		readonly numbers: number[] = [],
		public head = 0,
	) {}

	get length(): number {
		return this.numbers.length - this.head;
	}

	at(i: number): number {
		return this.numbers[this.head + i]!;
	}

	set(i: number, value: number): void {
		this.numbers[this.head + i] = value;
	}

	/** An independent copy with no room at its front (the model's checkpoints). */
	copy(): SlotList {
		return new SlotList(this.numbers.slice(this.head));
	}

	/** The numbers from `from` to the end as a new array. */
	slice(from = 0): number[] {
		return this.numbers.slice(this.head + from);
	}

	/** Replace `[start, end)` with `source[from, to)`, the slots after it following them. */
	replace(start: number, end: number, source: readonly number[], from: number, to: number): void {
		const removed = end - start;
		const added = to - from;
		const frontIsShorter = start < this.length - end;
		// The front moves when it is the shorter side and, to grow, has the room to move into.
		if (added === removed || !frontIsShorter || this.head < added - removed) {
			replaceRange(this.numbers, this.head + start, this.head + end, source, from, to);
			return;
		}
		this.moveFront(start, removed - added);
		const numbers = this.numbers;
		for (let i = 0; i < added; i++) numbers[this.head + start + i] = source[from + i]!;
		// Room larger than the slots is given back: the copy costs less than the cuts that made the room.
		if (this.head > this.length) {
			numbers.splice(0, this.head);
			this.head = 0;
		}
	}

	/** Give the slots from `from` on the labels of their positions (`[i]`, by string id in `indexLabels`). */
	renumber(from: number, indexLabels: readonly number[]): void {
		const numbers = this.numbers;
		const head = this.head;
		for (let i = from; i < numbers.length - head; i += 2) numbers[head + i] = indexLabels[i >> 1]!;
	}

	/** Move the first `count` numbers `by` places towards the end (down, into the room, when negative). */
	private moveFront(count: number, by: number): void {
		const numbers = this.numbers;
		const head = this.head;
		if (by > 0) for (let i = count - 1; i >= 0; i--) numbers[head + by + i] = numbers[head + i]!;
		else for (let i = 0; i < count; i++) numbers[head + by + i] = numbers[head + i]!;
		this.head = head + by;
	}
}
