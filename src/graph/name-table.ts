/**
 * A map from names to values that is looked up by a name's offsets in a longer text: a link is found in its
 * note by a name it never needs as a string of its own. Made for the commonest question of the full build,
 * which note a bare link name spells (Resolver.resolveExactName), asked once per link of the vault: a Map
 * of strings reached, per lookup, into its buckets, its entries and the key string, each somewhere else
 * in the heap, and those cache misses were a fifth of the build. Here the hash table and the names'
 * characters are typed arrays that stay small and dense.
 */

/**
 * The hash of text[start, end) that lookups take: FNV-1a over UTF-16 code units, 30 bits (a small integer
 * on every V8 build, Obsidian's too). In parts, for a reader that hashes a name as it reads it.
 */
export function nameHash(text: string, start = 0, end = text.length): number {
	let hash = NAME_HASH_SEED;
	for (let at = start; at < end; at++) hash = nameHashStep(hash, text.charCodeAt(at));
	return nameHashEnd(hash);
}

export const NAME_HASH_SEED = 0x811c9dc5 | 0;

export function nameHashStep(hash: number, char: number): number {
	return Math.imul(hash ^ char, 16777619);
}

export function nameHashEnd(hash: number): number {
	return hash & 0x3fffffff;
}

const EMPTY = 0;
const REMOVED = -1;

export class NameTable<T> {
	/** Pairs of [hash, entry + 1], or [_, EMPTY], or [_, REMOVED]: open addressing, linear probing. */
	private slots = new Int32Array(64);
	/** Slots that are not EMPTY, removed ones included: what makes probing long. */
	private occupied = 0;
	/** Every entry's name, one after the other. */
	private chars = new Uint16Array(1024);
	private charCount = 0;
	private readonly nameStarts: number[] = [];
	private readonly nameLengths: number[] = [];
	private readonly nameHashes: number[] = [];
	/** A removed entry's value is dropped; its characters stay until the table is rebuilt. */
	private readonly values: (T | undefined)[] = [];
	private size = 0;

	/** The value of the name text[start, end), whose nameHash is `hash`. */
	lookup(text: string, start: number, end: number, hash: number): T | undefined {
		const slot = this.find(text, start, end, hash);
		return slot < 0 ? undefined : this.values[this.slots[slot + 1]! - 1];
	}

	get(name: string): T | undefined {
		return this.lookup(name, 0, name.length, nameHash(name));
	}

	set(name: string, value: T): void {
		const hash = nameHash(name);
		const slot = this.find(name, 0, name.length, hash);
		if (slot >= 0) {
			this.values[this.slots[slot + 1]! - 1] = value;
			return;
		}
		if ((this.occupied + 1) * 2 > this.slots.length / 2) this.rebuild();
		this.place(hash, this.addEntry(name, hash, value));
		this.size++;
	}

	delete(name: string): void {
		const slot = this.find(name, 0, name.length, nameHash(name));
		if (slot < 0) return;
		this.values[this.slots[slot + 1]! - 1] = undefined;
		this.slots[slot + 1] = REMOVED;
		this.size--;
	}

	/** The index in `slots` of the name's pair, or -1. */
	private find(text: string, start: number, end: number, hash: number): number {
		const slots = this.slots;
		const mask = slots.length - 2;
		for (let slot = (hash * 2) & mask; ; slot = (slot + 2) & mask) {
			const entry = slots[slot + 1]!;
			if (entry === EMPTY) return -1;
			if (entry !== REMOVED && slots[slot] === hash && this.nameIs(entry - 1, text, start, end)) return slot;
		}
	}

	private nameIs(entry: number, text: string, start: number, end: number): boolean {
		const length = end - start;
		if (this.nameLengths[entry] !== length) return false;
		const chars = this.chars;
		const from = this.nameStarts[entry]!;
		for (let i = 0; i < length; i++) if (chars[from + i] !== text.charCodeAt(start + i)) return false;
		return true;
	}

	private place(hash: number, entry: number): void {
		const slots = this.slots;
		const mask = slots.length - 2;
		let slot = (hash * 2) & mask;
		while (slots[slot + 1] !== EMPTY) slot = (slot + 2) & mask;
		slots[slot] = hash;
		slots[slot + 1] = entry + 1;
		this.occupied++;
	}

	private addEntry(name: string, hash: number, value: T): number {
		if (this.charCount + name.length > this.chars.length) {
			const grown = new Uint16Array(Math.max(this.chars.length * 2, this.charCount + name.length));
			grown.set(this.chars.subarray(0, this.charCount));
			this.chars = grown;
		}
		for (let i = 0; i < name.length; i++) this.chars[this.charCount + i] = name.charCodeAt(i);
		this.nameStarts.push(this.charCount);
		this.nameLengths.push(name.length);
		this.nameHashes.push(hash);
		this.values.push(value);
		this.charCount += name.length;
		return this.values.length - 1;
	}

	/** Drops removed entries and sizes the table for the live ones to fill at most a quarter of it. */
	private rebuild(): void {
		const live: number[] = [];
		for (let slot = 0; slot < this.slots.length; slot += 2) if (this.slots[slot + 1]! > 0) live.push(this.slots[slot + 1]! - 1);
		// In order, entries move only towards the start: none is overwritten before it is moved.
		live.sort((a, b) => a - b);
		this.size = live.length;
		let length = 64;
		while (length < (this.size + 1) * 8) length *= 2;
		this.slots = new Int32Array(length);
		this.occupied = 0;
		const chars = new Uint16Array(Math.max(1024, this.charCount));
		let charCount = 0;
		for (let kept = 0; kept < live.length; kept++) {
			const entry = live[kept]!;
			const from = this.nameStarts[entry]!;
			const nameLength = this.nameLengths[entry]!;
			chars.set(this.chars.subarray(from, from + nameLength), charCount);
			this.nameStarts[kept] = charCount;
			this.nameLengths[kept] = nameLength;
			this.nameHashes[kept] = this.nameHashes[entry]!;
			this.values[kept] = this.values[entry];
			this.place(this.nameHashes[kept]!, kept);
			charCount += nameLength;
		}
		this.chars = chars;
		this.charCount = charCount;
		this.nameStarts.length = this.nameLengths.length = this.nameHashes.length = this.values.length = live.length;
	}
}
