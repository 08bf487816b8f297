/**
 * CPython's hash() of numbers and tuples (Python/pyhash.c, Objects/longobject.c long_hash,
 * Objects/tupleobject.c tuplehash). Numbers hash as their value modulo the Mersenne prime 2**61 - 1,
 * so equal ints, floats and bools hash alike; -1 is reserved for errors in C and becomes -2.
 */
import { binaryParts } from "./exactPow";

const MODULUS = (1n << 61n) - 1n;
const MODULUS_BITS = 61;
/** _PyHASH_INF: hash(float('inf')); hash(-inf) is its negation. */
const INF_HASH = 314159n;

function reserveMinusOne(h: bigint): bigint {
	return h === -1n ? -2n : h;
}

export function hashInt(v: bigint): bigint {
	const magnitude = (v < 0n ? -v : v) % MODULUS;
	return reserveMinusOne(v < 0n ? -magnitude : magnitude);
}

/** hash(x) for a float that is not NaN (NaN hashes by identity since 3.10; the caller supplies that). */
export function hashFloat(x: number): bigint {
	if (x === Infinity) return INF_HASH;
	if (x === -Infinity) return -INF_HASH;
	const { mantissa, exponent } = binaryParts(x);
	// 2**61 == 1 (mod 2**61 - 1), so multiplying by 2**e is a rotation by e mod 61 bits.
	const shift = BigInt(((exponent % MODULUS_BITS) + MODULUS_BITS) % MODULUS_BITS);
	const magnitude = ((mantissa % MODULUS) << shift) % MODULUS;
	return reserveMinusOne(x < 0 ? -magnitude : magnitude);
}

const MASK64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** tuplehash: xxHash's round over the items' hashes, as a signed 64-bit Py_hash_t. */
export function hashTuple(itemHashes: readonly bigint[]): bigint {
	let acc = XXPRIME_5;
	for (const itemHash of itemHashes) {
		acc = (acc + (itemHash & MASK64) * XXPRIME_2) & MASK64;
		acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
		acc = (acc * XXPRIME_1) & MASK64;
	}
	acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
	if (acc === MASK64) return 1546275796n;
	return BigInt.asIntN(64, acc);
}

/** setobject.c's _shuffle_bits: spreads an item's hash before frozenset_hash xors it in. */
function shuffleBits(h: bigint): bigint {
	const u = BigInt.asUintN(64, h);
	return (((u ^ 89869747n) ^ ((u << 16n) & MASK64)) * 3644798167n) & MASK64;
}

/** frozenset_hash: the xor of the items' shuffled hashes (unused and deleted slots cancel out), then mixed. */
export function hashFrozenset(itemHashes: readonly bigint[]): bigint {
	let hash = 0n;
	for (const itemHash of itemHashes) hash ^= shuffleBits(itemHash);
	hash ^= ((BigInt(itemHashes.length) + 1n) * 1927868237n) & MASK64;
	hash ^= (hash >> 11n) ^ (hash >> 25n);
	hash = (hash * 69069n + 907133923n) & MASK64;
	if (hash === MASK64) return 590923713n;
	return BigInt.asIntN(64, hash);
}
