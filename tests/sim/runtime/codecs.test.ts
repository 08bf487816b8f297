import { describe, expect, it } from "vitest";
import { codecNamed, decodeBytes, encodeText } from "../../../src/sim/runtime/codecs";
import { capture, loadFixture, type Outcome } from "./fixtures";

interface CodecFixture {
	encode: { text: number[]; encoding: string; errors: string; result: Outcome<number[]> }[];
	decode: { bytes: number[]; encoding: string; errors: string; result: Outcome<number[]> }[];
	names: { name: string; result: Outcome<string> }[];
}

const fixture = loadFixture<CodecFixture>("codecs.json");
const text = (codes: number[]) => codes.map((c) => String.fromCodePoint(c)).join("");

describe("str.encode and bytes.decode (Objects/unicodeobject.c, Objects/stringlib/codecs.h)", () => {
	it.each(fixture.encode)("encode %j", ({ text: codes, encoding, errors, result }) => {
		expect(capture(() => Array.from(encodeText(text(codes), codecNamed(encoding, "encode"), errors)))).toEqual(result);
	});
	it.each(fixture.decode)("decode %j", ({ bytes, encoding, errors, result }) => {
		const decoded = capture(() => Array.from(decodeBytes(Uint8Array.from(bytes), codecNamed(encoding, "decode"), errors), (c) => c.codePointAt(0)!));
		expect(decoded).toEqual(result);
	});
	it.each(fixture.names)("codec name $name", ({ name, result }) => {
		expect(capture(() => (codecNamed(name, "encode"), name))).toEqual(result);
	});
});
