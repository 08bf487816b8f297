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
/** A slot's numbers: [hash, entry + 1 (or EMPTY, or REMOVED), where its name starts in chars, its length]. */
const SLOT = 4;

export class NameTable<T> {
	/**
	 * Open addressing, linear probing. A slot holds what a lookup reads before the name's characters, so
	 * that one cache line answers for most slots it visits.
	 */
	private slots = new Int32Array(16 * SLOT);
	/** Slots that are not EMPTY, removed ones included: what makes probing long. */
	private occupied = 0;
	/** Every entry's name, one after the other. */
	private chars = new Uint16Array(1024);
	private charCount = 0;
	/** A removed entry's value is dropped; its characters stay until the table is rebuilt. */
	private readonly values: (T | undefined)[] = [];
	private size = 0;
	/** lookupEach's slot per name, reused from call to call. */
	private probes = new Int32Array(64);

	/** The value of the name text[start, end), whose nameHash is `hash`. */
	lookup(text: string, start: number, end: number, hash: number): T | undefined {
		const slot = this.find(text, start, end, hash);
		return slot < 0 ? undefined : this.values[this.slots[slot + 1]! - 1];
	}

	/**
	 * lookup() of `count` names at once, each value into `into` at the name's index: name i is text[starts[i],
	 * ends[i]) of `names[i] ?? text`, with nameHash `hashes[i]`. A lookup reads the slot, then the name's
	 * characters, then the value, each a cache miss in a large table that waits for the one before; taking
	 * each step for every name before the next step, the misses of different names overlap instead. `into`
	 * may be an array the caller also writes marks of its own to (of type U).
	 */
	lookupEach<U>(
		text: string,
		names: readonly (string | null)[],
		starts: readonly number[],
		ends: readonly number[],
		hashes: readonly number[],
		count: number,
		into: (T | U | undefined)[],
	): void {
		if (this.probes.length < count) this.probes = new Int32Array(Math.max(count, this.probes.length * 2));
		const probes = this.probes;
		const slots = this.slots;
		const mask = slots.length - 1;
		// The first slot of each name's hash (or the empty slot that ends its probe).
		for (let i = 0; i < count; i++) {
			const hash = hashes[i]!;
			let slot = (hash * SLOT) & mask;
			for (let entry = slots[slot + 1]!; entry !== EMPTY && (entry === REMOVED || slots[slot] !== hash); entry = slots[slot + 1]!) {
				slot = (slot + SLOT) & mask;
			}
			probes[i] = slot;
		}
		// Its length and first character, then the rest of its characters, in the cache by then. A rare name
		// that shares its hash with another is looked up in full.
		const chars = this.chars;
		for (let i = 0; i < count; i++) {
			const slot = probes[i]!;
			const name = names[i] ?? text;
			const start = starts[i]!;
			if (slots[slot + 1] === EMPTY) probes[i] = -1;
			else if (slots[slot + 3] !== ends[i]! - start || chars[slots[slot + 2]!] !== name.charCodeAt(start)) probes[i] = this.find(name, start, ends[i]!, hashes[i]!);
		}
		for (let i = 0; i < count; i++) {
			const slot = probes[i]!;
			const name = names[i] ?? text;
			if (slot >= 0 && !this.charsAre(slots[slot + 2]!, name, starts[i]!, ends[i]!)) probes[i] = this.find(name, starts[i]!, ends[i]!, hashes[i]!);
		}
		for (let i = 0; i < count; i++) {
			const slot = probes[i]!;
			into[i] = slot < 0 ? undefined : this.values[slots[slot + 1]! - 1];
		}
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
		if ((this.occupied + 1) * 2 * SLOT > this.slots.length) this.rebuild(1);
		this.values.push(value);
		this.place(hash, this.values.length - 1, this.addChars(name), name.length);
		this.size++;
	}

	delete(name: string): void {
		const slot = this.find(name, 0, name.length, nameHash(name));
		if (slot < 0) return;
		this.values[this.slots[slot + 1]! - 1] = undefined;
		this.slots[slot + 1] = REMOVED;
		this.size--;
	}

	/** Makes room for `count` more names at once, rather than growing the table step by step as they come. */
	reserve(count: number): void {
		if ((this.occupied + count) * 2 * SLOT > this.slots.length) this.rebuild(count);
	}

	/** The index in `slots` of the name's slot, or -1. */
	private find(text: string, start: number, end: number, hash: number): number {
		const slots = this.slots;
		const mask = slots.length - 1;
		for (let slot = (hash * SLOT) & mask; ; slot = (slot + SLOT) & mask) {
			const entry = slots[slot + 1]!;
			if (entry === EMPTY) return -1;
			if (entry !== REMOVED && slots[slot] === hash && slots[slot + 3] === end - start && this.charsAre(slots[slot + 2]!, text, start, end)) return slot;
		}
	}

	private charsAre(from: number, text: string, start: number, end: number): boolean {
		const chars = this.chars;
		for (let i = start; i < end; i++) if (chars[from + i - start] !== text.charCodeAt(i)) return false;
		return true;
	}

	private place(hash: number, entry: number, charsStart: number, length: number): void {
		const slots = this.slots;
		const mask = slots.length - 1;
		let slot = (hash * SLOT) & mask;
		while (slots[slot + 1] !== EMPTY) slot = (slot + SLOT) & mask;
		slots[slot] = hash;
		slots[slot + 1] = entry + 1;
		slots[slot + 2] = charsStart;
		slots[slot + 3] = length;
		this.occupied++;
	}

	/** Appends the name to chars; answers where it starts. */
	private addChars(name: string): number {
		const start = this.charCount;
		if (start + name.length > this.chars.length) {
			const grown = new Uint16Array(Math.max(this.chars.length * 2, start + name.length));
			grown.set(this.chars.subarray(0, start));
			this.chars = grown;
		}
		for (let i = 0; i < name.length; i++) this.chars[start + i] = name.charCodeAt(i);
		this.charCount = start + name.length;
		return start;
	}

	/** Drops removed entries and sizes the table for the live ones and `room` more to fill at most half of it. */
	private rebuild(room: number): void {
		const old = this.slots;
		const oldChars = this.chars;
		const oldValues = this.values.slice();
		let length = 16;
		while (length < (this.size + room) * 2) length *= 2;
		this.slots = new Int32Array(length * SLOT);
		this.occupied = 0;
		this.chars = new Uint16Array(Math.max(1024, this.charCount));
		this.charCount = 0;
		this.values.length = 0;
		for (let slot = 0; slot < old.length; slot += SLOT) {
			const entry = old[slot + 1]!;
			if (entry <= 0) continue;
			const from = old[slot + 2]!;
			const nameLength = old[slot + 3]!;
			const charsStart = this.charCount;
			for (let i = 0; i < nameLength; i++) this.chars[charsStart + i] = oldChars[from + i]!;
			this.charCount += nameLength;
			this.values.push(oldValues[entry - 1]);
			this.place(old[slot]!, this.values.length - 1, charsStart, nameLength);
		}
	}
}
