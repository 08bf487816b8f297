// CPython 3.11's str and bytes hash (Python/pyhash.c): SipHash-1-3 over the object's bytes, keyed by
// _Py_HashSecret. With PYTHONHASHSEED=0 (how pymem's runs are compared with python3) that key is all zeros,
// so the hashes, and the order a set of strs iterates in, are python3's. 64-bit words are kept as two
// unsigned 32-bit halves (hi, lo) so no BigInt arithmetic runs per round.

type Word = [hi: number, lo: number];

function add(a: Word, b: Word): void {
	const lo = (a[1] + b[1]) >>> 0;
	a[0] = (a[0] + b[0] + (lo < a[1] ? 1 : 0)) >>> 0;
	a[1] = lo;
}

function rotl(a: Word, s: number): void {
	if (s === 32) {
		const hi = a[0];
		a[0] = a[1];
		a[1] = hi;
		return;
	}
	const [hi, lo] = s > 32 ? [a[1], a[0]] : [a[0], a[1]];
	const r = s % 32;
	a[0] = ((hi << r) | (lo >>> (32 - r))) >>> 0;
	a[1] = ((lo << r) | (hi >>> (32 - r))) >>> 0;
}

function xor(a: Word, b: Word): void {
	a[0] = (a[0] ^ b[0]) >>> 0;
	a[1] = (a[1] ^ b[1]) >>> 0;
}

/** HALF_ROUND(a, b, c, d, s, t). */
function halfRound(a: Word, b: Word, c: Word, d: Word, s: number, t: number): void {
	add(a, b);
	add(c, d);
	rotl(b, s);
	xor(b, a);
	rotl(d, t);
	xor(d, c);
	rotl(a, 32);
}

function singleRound(v: Word[]): void {
	halfRound(v[0]!, v[1]!, v[2]!, v[3]!, 13, 16);
	halfRound(v[2]!, v[1]!, v[0]!, v[3]!, 17, 21);
}

/** Little-endian 64-bit word of bytes[at..at+8) (missing bytes read 0). */
function wordAt(bytes: Uint8Array, at: number, count: number): Word {
	let lo = 0;
	let hi = 0;
	for (let i = 0; i < count; i++) {
		const byte = bytes[at + i]!;
		if (i < 4) lo |= byte << (8 * i);
		else hi |= byte << (8 * (i - 4));
	}
	return [hi >>> 0, lo >>> 0];
}

/** siphash13 with k0 = k1 = 0, as a signed 64-bit value. */
export function siphash13(bytes: Uint8Array): bigint {
	// v0..v3 start as k ^ "somepseudorandomlygeneratedbytes".
	const v: Word[] = [
		[0x736f6d65, 0x70736575],
		[0x646f7261, 0x6e646f6d],
		[0x6c796765, 0x6e657261],
		[0x74656462, 0x79746573],
	];
	const size = bytes.length;
	let at = 0;
	for (; size - at >= 8; at += 8) {
		const m = wordAt(bytes, at, 8);
		xor(v[3]!, m);
		singleRound(v);
		xor(v[0]!, m);
	}
	const b = wordAt(bytes, at, size - at);
	// b = (size << 56) | the last bytes.
	b[0] = (b[0] | ((size & 0xff) << 24)) >>> 0;
	xor(v[3]!, b);
	singleRound(v);
	xor(v[0]!, b);
	v[2]![1] = (v[2]![1] ^ 0xff) >>> 0;
	singleRound(v);
	singleRound(v);
	singleRound(v);
	const hi = (v[0]![0] ^ v[1]![0] ^ v[2]![0] ^ v[3]![0]) >>> 0;
	const lo = (v[0]![1] ^ v[1]![1] ^ v[2]![1] ^ v[3]![1]) >>> 0;
	return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}

/**
 * _Py_HashBytes of a str's canonical representation (PEP 393: one byte per character up to U+00FF, two up to
 * U+FFFF, else four, little-endian): 0 for an empty one, never -1.
 */
export function strHash(text: string): bigint {
	if (text.length === 0) return 0n;
	const codes: number[] = [];
	let max = 0;
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		codes.push(code);
		if (code > max) max = code;
	}
	const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
	const bytes = new Uint8Array(codes.length * width);
	codes.forEach((code, i) => {
		for (let k = 0; k < width; k++) bytes[i * width + k] = (code >>> (8 * k)) & 0xff;
	});
	const h = siphash13(bytes);
	return h === -1n ? -2n : h;
}
