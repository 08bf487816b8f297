/**
 * SHA-512 (FIPS 180-4) over bytes, synchronous and dependency-free, for `random.seed(str)`
 * (Lib/random.py version 2 seeds with `a + sha512(a).digest()`). BigInt keeps it short; seeds are tiny.
 */
const MASK = (1n << 64n) - 1n;

/** Computed on first use, not when the plugin loads: few programs seed random with a string. */
let constants: { rounds: bigint[]; initialHash: bigint[] } | null = null;

function sha512Constants(): { rounds: bigint[]; initialHash: bigint[] } {
	if (constants) return constants;
	// First 64 bits of the fractional parts of the cube roots of the first 80 primes.
	const primes: number[] = [];
	for (let candidate = 2; primes.length < 80; candidate++) {
		if (primes.every((p) => candidate % p !== 0)) primes.push(candidate);
	}
	const rounds = primes.map((p) => fractionalRootBits(BigInt(p), 3n));
	const initialHash = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n].map((p) => fractionalRootBits(p, 2n));
	return (constants = { rounds, initialHash });
}

/** floor(frac(p ** (1/degree)) * 2**64), by integer root of p * 2**(64*degree). */
function fractionalRootBits(p: bigint, degree: bigint): bigint {
	const target = p << (64n * degree);
	let low = 0n;
	let high = 1n << 80n;
	while (low < high) {
		const mid = (low + high + 1n) >> 1n;
		if (mid ** degree <= target) low = mid;
		else high = mid - 1n;
	}
	return low & MASK;
}

const rotr = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK;

export function sha512(message: Uint8Array): Uint8Array {
	const bitLength = BigInt(message.length) * 8n;
	const paddedLength = Math.ceil((message.length + 17) / 128) * 128;
	const data = new Uint8Array(paddedLength);
	data.set(message);
	data[message.length] = 0x80;
	for (let i = 0; i < 16; i++) data[paddedLength - 1 - i] = Number((bitLength >> BigInt(8 * i)) & 0xffn);
	const { rounds, initialHash } = sha512Constants();
	const hash = [...initialHash];
	const w: bigint[] = new Array<bigint>(80).fill(0n);
	for (let offset = 0; offset < paddedLength; offset += 128) {
		for (let t = 0; t < 16; t++) {
			let word = 0n;
			for (let b = 0; b < 8; b++) word = (word << 8n) | BigInt(data[offset + t * 8 + b] ?? 0);
			w[t] = word;
		}
		for (let t = 16; t < 80; t++) {
			const w15 = w[t - 15] ?? 0n;
			const w2 = w[t - 2] ?? 0n;
			const s0 = rotr(w15, 1n) ^ rotr(w15, 8n) ^ (w15 >> 7n);
			const s1 = rotr(w2, 19n) ^ rotr(w2, 61n) ^ (w2 >> 6n);
			w[t] = ((w[t - 16] ?? 0n) + s0 + (w[t - 7] ?? 0n) + s1) & MASK;
		}
		let [a, b, c, d, e, f, g, h] = hash as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
		for (let t = 0; t < 80; t++) {
			const s1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
			const choose = (e & f) ^ (~e & MASK & g);
			const temp1 = (h + s1 + choose + (rounds[t] ?? 0n) + (w[t] ?? 0n)) & MASK;
			const s0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
			const majority = (a & b) ^ (a & c) ^ (b & c);
			const temp2 = (s0 + majority) & MASK;
			[h, g, f, e, d, c, b, a] = [g, f, e, (d + temp1) & MASK, c, b, a, (temp1 + temp2) & MASK];
		}
		[a, b, c, d, e, f, g, h].forEach((value, i) => (hash[i] = ((hash[i] ?? 0n) + value) & MASK));
	}
	const out = new Uint8Array(64);
	hash.forEach((word, i) => {
		for (let b = 0; b < 8; b++) out[i * 8 + b] = Number((word >> BigInt(56 - 8 * b)) & 0xffn);
	});
	return out;
}
