/**
 * The `random` module's core: Mersenne Twister MT19937 as in Modules/_randommodule.c
 * (init_genrand, init_by_array, genrand_uint32, random_seed for ints, random_random,
 * _random_Random_getrandbits_impl) and the Lib/random.py 3.11 methods built on it
 * (seed for str, _randbelow_with_getrandbits, randrange, randint, choice, shuffle, sample, uniform).
 * Seeding from None (OS entropy) is not reproducible and is left to the caller.
 */
import { PyIndexError, PyMemoryError, PyTypeError, PyValueError } from "./errors";
import { bitLength, MAX_INT_BITS } from "./intMath";
import { sha512 } from "./sha512";
import { encodeText } from "./codecs";

const N = 624;
const M = 397;

export class MersenneTwister {
	private readonly state = new Uint32Array(N);
	private index = N + 1;

	/** random_seed(int): init_by_array over the 32-bit words of abs(seed), least significant first. */
	seedInt(seed: bigint): void {
		// The words from the hex digits, eight a word from the end: shifting a huge seed 32 bits at a time is quadratic.
		const hex = (seed < 0n ? -seed : seed).toString(16);
		const key: number[] = [];
		for (let end = hex.length; end > 0; end -= 8) key.push(parseInt(hex.slice(Math.max(0, end - 8), end), 16));
		this.initByArray(key);
	}

	/** Lib/random.py seed(version=2) for str: int.from_bytes(a.encode() + sha512(a.encode()).digest()). */
	seedStr(seed: string): void {
		// a.encode(): a lone surrogate is UTF-8's UnicodeEncodeError, before the generator changes.
		this.seedBytes(encodeText(seed, "utf-8", "strict"));
	}

	/** Lib/random.py seed(version=2) for bytes and bytearray: int.from_bytes(a + sha512(a).digest()). */
	seedBytes(seed: Uint8Array): void {
		const bytes = [...seed, ...sha512(seed)];
		let value = 0n;
		for (const byte of bytes) value = (value << 8n) | BigInt(byte);
		this.seedInt(value);
	}

	/**
	 * Lib/random.py seed(version=1) for str and bytes (bytes decoded as Latin-1: `codes` are the characters'
	 * code points), the hash Python 2 used: a 64-bit FNV-like fold of the characters, then the length.
	 */
	seedVersion1(codes: readonly number[]): void {
		const mask = 0xffffffffffffffffn;
		let x = codes.length > 0 ? BigInt(codes[0]!) << 7n : 0n;
		for (const c of codes) x = ((1000003n * x) ^ BigInt(c)) & mask;
		x ^= BigInt(codes.length);
		this.seedInt(x);
	}

	private initGenrand(s: number): void {
		this.state[0] = s >>> 0;
		for (let i = 1; i < N; i++) {
			const prev = this.state[i - 1] ?? 0;
			this.state[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
		}
		this.index = N;
	}

	private initByArray(key: number[]): void {
		this.initGenrand(19650218);
		const mt = this.state;
		let i = 1;
		let j = 0;
		for (let k = Math.max(N, key.length); k > 0; k--) {
			const prev = mt[i - 1] ?? 0;
			mt[i] = ((mt[i] ?? 0) ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + (key[j] ?? 0) + j;
			i++;
			j++;
			if (i >= N) {
				mt[0] = mt[N - 1] ?? 0;
				i = 1;
			}
			if (j >= key.length) j = 0;
		}
		for (let k = N - 1; k > 0; k--) {
			const prev = mt[i - 1] ?? 0;
			mt[i] = ((mt[i] ?? 0) ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i;
			i++;
			if (i >= N) {
				mt[0] = mt[N - 1] ?? 0;
				i = 1;
			}
		}
		mt[0] = 0x80000000;
		this.index = N;
	}

	genrandUint32(): number {
		const mt = this.state;
		if (this.index >= N) {
			if (this.index === N + 1) this.initGenrand(5489);
			for (let kk = 0; kk < N; kk++) {
				const y = ((mt[kk] ?? 0) & 0x80000000) | ((mt[(kk + 1) % N] ?? 0) & 0x7fffffff);
				mt[kk] = (mt[(kk + M) % N] ?? 0) ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
			}
			this.index = 0;
		}
		let y = mt[this.index++] ?? 0;
		y ^= y >>> 11;
		y ^= (y << 7) & 0x9d2c5680;
		y ^= (y << 15) & 0xefc60000;
		y ^= y >>> 18;
		return y >>> 0;
	}

	/** random_random: 53 random bits from two draws. */
	random(): number {
		const a = this.genrandUint32() >>> 5;
		const b = this.genrandUint32() >>> 6;
		return (a * 67108864 + b) * (1 / 9007199254740992);
	}

	/** getrandbits(k): little-endian 32-bit words; the top word keeps its high bits. */
	getrandbits(k: number): bigint {
		if (k < 0) throw new PyValueError("number of bits must be non-negative");
		if (k === 0) return 0n;
		if (k > MAX_INT_BITS) throw new PyMemoryError();
		if (k <= 32) return BigInt(this.genrandUint32() >>> (32 - k));
		// The words as hex digits, most significant first: one conversion, where OR-ing each word in would copy
		// the growing result every time.
		const words: string[] = [];
		for (let remaining = k; remaining > 0; remaining -= 32) {
			let word = this.genrandUint32();
			if (remaining < 32) word >>>= 32 - remaining;
			words.push(word.toString(16).padStart(8, "0"));
		}
		return BigInt("0x" + words.reverse().join(""));
	}

	/** _randbelow_with_getrandbits: rejection sampling with n.bit_length() bits. */
	randbelow(n: bigint): bigint {
		const k = bitLength(n);
		let r = this.getrandbits(k);
		while (r >= n) r = this.getrandbits(k);
		return r;
	}

	randrange(start: bigint, stop: bigint | null = null, step = 1n): bigint {
		if (stop === null) {
			if (step !== 1n) throw new PyTypeError("Missing a non-None stop argument");
			if (start > 0n) return this.randbelow(start);
			throw new PyValueError("empty range for randrange()");
		}
		const width = stop - start;
		if (step === 1n) {
			if (width > 0n) return start + this.randbelow(width);
			throw new PyValueError(`empty range for randrange() (${start}, ${stop}, ${width})`);
		}
		let n: bigint;
		if (step > 0n) n = floorDiv(width + step - 1n, step);
		else if (step < 0n) n = floorDiv(width + step + 1n, step);
		else throw new PyValueError("zero step for randrange()");
		if (n <= 0n) throw new PyValueError("empty range for randrange()");
		return start + step * this.randbelow(n);
	}

	randint(a: bigint, b: bigint): bigint {
		return this.randrange(a, b + 1n);
	}

	/** choice(seq): the index to pick from a sequence of `length`. */
	choiceIndex(length: number): number {
		if (length === 0) throw new PyIndexError("Cannot choose from an empty sequence");
		return Number(this.randbelow(BigInt(length)));
	}

	shuffle<T>(items: T[]): void {
		for (let i = items.length - 1; i > 0; i--) {
			const j = Number(this.randbelow(BigInt(i + 1)));
			[items[i], items[j]] = [items[j] as T, items[i] as T];
		}
	}

	/**
	 * sample(population, k) of a population of n: the positions picked, by the pool algorithm for a small population
	 * (`pooled`: random.py copies the population to a list first), else by a set of chosen indices, which reads only
	 * the items picked.
	 */
	samplePositions(n: bigint, k: number): { pooled: boolean; positions: bigint[] } {
		if (!(k >= 0 && BigInt(k) <= n)) throw new PyValueError("Sample larger than population or is negative");
		const positions: bigint[] = [];
		let setsize = 21;
		if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
		if (n <= BigInt(setsize)) {
			const size = Number(n);
			const pool = Array.from({ length: size }, (_, i) => BigInt(i));
			for (let i = 0; i < k; i++) {
				const j = Number(this.randbelow(BigInt(size - i)));
				positions.push(pool[j]!);
				pool[j] = pool[size - i - 1]!;
			}
			return { pooled: true, positions };
		}
		const selected = new Set<bigint>();
		for (let i = 0; i < k; i++) {
			let j = this.randbelow(n);
			while (selected.has(j)) j = this.randbelow(n);
			selected.add(j);
			positions.push(j);
		}
		return { pooled: false, positions };
	}

	uniform(a: number, b: number): number {
		return a + (b - a) * this.random();
	}
}

function floorDiv(a: bigint, b: bigint): bigint {
	const q = a / b;
	return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}
