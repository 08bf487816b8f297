import { describe, expect, it } from "vitest";
import { strHash } from "../../../src/sim/runtime/siphash";

// hash(s) printed by python3 3.11 run with PYTHONHASHSEED=0 (latin-1, BMP and astral texts, each block size).
const CASES: [string, string][] = [["the", "-30821151497585103"], ["fox", "-4686603382810564887"], ["", "0"], ["a", "4644417185603328019"], ["é", "6047309291227476195"], ["€", "-5529981157763016009"], ["😀", "-3536540696076613844"], ["hello world!", "839851713330019024"], ["abcdefgh", "4574395652268504554"], ["abcdefghijklmnop", "-7712962755478248686"], ["ÿÿ", "2147057924765956750"], ["a€😀xa€😀xa€😀xa€😀xa€😀x", "3356003190833291216"]];

describe("str hash (siphash13 with the key PYTHONHASHSEED=0 gives)", () => {
	it.each(CASES)("hash(%j) == %s", (text, hash) => {
		expect(strHash(text)).toBe(BigInt(hash));
	});
});
