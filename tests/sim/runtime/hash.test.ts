import { describe, expect, it } from "vitest";
import { hashFloat, hashInt, hashTuple } from "../../../src/sim/runtime/numericHash";
import { floatFromHex, loadFixture } from "./fixtures";

type Item = { i: string } | { f: string } | Item[];

interface HashFixture {
	ints: { n: string; hash: string }[];
	floats: { x: string; hash: string }[];
	tuples: { items: Item[]; hash: string }[];
}

const fixture = loadFixture<HashFixture>("hash.json");

function hashItem(item: Item): bigint {
	if (Array.isArray(item)) return hashTuple(item.map(hashItem));
	return "i" in item ? hashInt(BigInt(item.i)) : hashFloat(floatFromHex(item.f));
}

describe("hash() of numbers and tuples (pyhash.c, long_hash, tuplehash)", () => {
	it.each(fixture.ints)("hash($n) == $hash", ({ n, hash }) => {
		expect(hashInt(BigInt(n)).toString()).toBe(hash);
	});
	it.each(fixture.floats)("hash of float $x == $hash", ({ x, hash }) => {
		expect(hashFloat(floatFromHex(x)).toString()).toBe(hash);
	});
	it.each(fixture.tuples)("hash of tuple #%# == $hash", ({ items, hash }) => {
		expect(hashItem(items).toString()).toBe(hash);
	});
});
