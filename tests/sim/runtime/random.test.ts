import { describe, expect, it } from "vitest";
import { MersenneTwister } from "../../../src/sim/runtime/random";
import { sha512 } from "../../../src/sim/runtime/sha512";
import { capture, floatToHex, loadFixture, type Outcome } from "./fixtures";

interface RandomCase {
	seed: string | { int: string };
	random: string[];
	getrandbits: { k: number; value: string }[];
	randrange: { args: (string | null)[]; result: Outcome<string> }[];
	randint: string[];
	choice: number[];
	shuffle: number[];
	sampleSmall: number[];
	sampleLarge: number[];
	sampleAll: number[];
	uniform: string[];
	after: string;
}

const cases = loadFixture<RandomCase[]>("random.json");
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe("random.Random(seed) reproduces CPython's sequences", () => {
	it.each(cases)("seed $seed", (c) => {
		const rng = new MersenneTwister();
		if (typeof c.seed === "string") rng.seedStr(c.seed);
		else rng.seedInt(BigInt(c.seed.int));
		expect(range(8).map(() => floatToHex(rng.random()))).toEqual(c.random);
		expect(c.getrandbits.map(({ k }) => ({ k, value: rng.getrandbits(k).toString() }))).toEqual(c.getrandbits);
		const randrange = c.randrange.map(({ args }) => {
			const [start, stop, step] = args;
			const result = capture(() => rng.randrange(BigInt(start ?? 0), stop === undefined || stop === null ? null : BigInt(stop), step === undefined || step === null ? 1n : BigInt(step)).toString());
			return { args, result };
		});
		expect(randrange).toEqual(c.randrange);
		expect(range(10).map(() => rng.randint(1n, 6n).toString())).toEqual(c.randint);
		expect(range(5).map(() => rng.choiceIndex(1000))).toEqual(c.choice);
		const items = range(20);
		rng.shuffle(items);
		expect(items).toEqual(c.shuffle);
		// The positions picked in range(n) are the items sampled.
		expect(rng.samplePositions(10n, 5).positions.map(Number)).toEqual(c.sampleSmall);
		expect(rng.samplePositions(1000n, 12).positions.map(Number)).toEqual(c.sampleLarge);
		expect(rng.samplePositions(30n, 30).positions.map(Number)).toEqual(c.sampleAll);
		expect(range(3).map(() => floatToHex(rng.uniform(-2.5, 10)))).toEqual(c.uniform);
		expect(floatToHex(rng.random())).toBe(c.after);
	});
});

describe("sha512 (hashlib.sha512 of UTF-8 text)", () => {
	it.each(loadFixture<{ text: string; hex: string }[]>("sha512.json"))("sha512($text)", ({ text, hex }) => {
		const digest = Array.from(sha512(new TextEncoder().encode(text)), (b) => b.toString(16).padStart(2, "0")).join("");
		expect(digest).toBe(hex);
	});
});
