// A read-only map that shares a base with the maps it was derived from. A step's state looks objects and holders
// up by id; over a heap of 100,000 objects, copying those maps at every step cost more than the 16 ms a step may
// take, though a step changes a handful of entries. Each state keeps its own layer of changes over a base it
// shares with its neighbours, and the layer is folded into a new base once it has grown past a bound, so a copy
// costs at most that bound and a fold a whole map, once per bound's worth of changes.

/** An entry the layer removed from the base. */
const GONE: unique symbol = Symbol("gone");

/** The smallest layer that is folded: below it a copy of the layer costs little whatever the base's size. */
const MIN_FOLD = 256;

export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
	private constructor(
		private readonly base: ReadonlyMap<K, V>,
		private readonly layer: ReadonlyMap<K, V | typeof GONE>,
		readonly size: number,
	) {}

	/** A map over `base`, which the caller must not change from now on. */
	static over<K, V>(base: Map<K, V>): LayeredMap<K, V> {
		return new LayeredMap<K, V>(base, new Map<K, V | typeof GONE>(), base.size);
	}

	/** This map with `changes` made, an undefined value removing its key. This map is left as it was. */
	with(changes: ReadonlyMap<K, V | undefined>): LayeredMap<K, V> {
		if (changes.size === 0) return this;
		const layer = new Map(this.layer);
		let size = this.size;
		for (const [key, value] of changes) {
			const had = this.has(key);
			if (value === undefined) {
				if (!had) continue;
				size--;
				if (this.base.has(key)) layer.set(key, GONE);
				else layer.delete(key);
			} else {
				if (!had) size++;
				layer.set(key, value);
			}
		}
		const folded = layer.size > Math.max(MIN_FOLD, Math.sqrt(this.base.size) * 8);
		return folded ? LayeredMap.over(new Map(new LayeredMap(this.base, layer, size))) : new LayeredMap(this.base, layer, size);
	}

	/** A map to whoever inspects it (Object.prototype.toString, test matchers, which then compare it as a map). */
	get [Symbol.toStringTag](): string {
		return "Map";
	}

	get(key: K): V | undefined {
		const value = this.layer.get(key);
		if (value === GONE) return undefined;
		return value !== undefined ? value : this.base.get(key);
	}

	has(key: K): boolean {
		const value = this.layer.get(key);
		if (value === GONE) return false;
		return value !== undefined || this.base.has(key);
	}

	/** The base's entries in its order (with the layer's values), then the keys the layer added, in its order. */
	*entries(): MapIterator<[K, V]> {
		for (const [key, value] of this.base) {
			const changed = this.layer.get(key);
			if (changed === undefined) yield [key, value];
			else if (changed !== GONE) yield [key, changed];
		}
		for (const [key, value] of this.layer) if (value !== GONE && !this.base.has(key)) yield [key, value];
	}

	*keys(): MapIterator<K> {
		for (const [key] of this.entries()) yield key;
	}

	*values(): MapIterator<V> {
		for (const [, value] of this.entries()) yield value;
	}

	[Symbol.iterator](): MapIterator<[K, V]> {
		return this.entries();
	}

	forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
		for (const [key, value] of this.entries()) callback(value, key, this);
	}
}
