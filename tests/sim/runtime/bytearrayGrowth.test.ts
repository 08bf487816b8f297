import { describe, expect, it } from "vitest";
import {
	EMPTY_BYTEARRAY_BUFFER,
	byteArrayAfterAppends,
	byteArrayFromSequence,
	byteArrayReplace,
	byteArrayResize,
	sizeofByteArray,
	type ByteArrayBuffer,
} from "../../../src/sim/runtime/bytearrayGrowth";
import { loadFixture } from "./fixtures";

interface Step {
	op: string;
	arg: (number | string)[];
	size: number;
	sizeof: number;
}

const runs = loadFixture<Step[][]>("bytearray-growth.json");

/** What each operation of the fixture program does to the buffer, as bytearrayobject.c resizes it. */
function apply(b: ByteArrayBuffer, { op, arg }: Step): ByteArrayBuffer {
	const n = (i: number) => arg[i] as number;
	switch (op) {
		case "append":
		case "insert":
			return byteArrayResize(b, b.size + 1);
		case "pop":
		case "pop0":
		case "remove":
			return byteArrayResize(b, b.size - 1);
		case "extend":
		case "extend_ints":
			return byteArrayReplace(b, b.size, b.size, n(0));
		case "iadd":
			return byteArrayResize(b, b.size + n(0));
		case "imul":
			return byteArrayResize(b, b.size * n(0));
		case "del_front":
			return byteArrayReplace(b, 0, n(0), 0);
		case "del_middle":
			return byteArrayReplace(b, n(0), n(1), 0);
		case "del_end":
			return byteArrayReplace(b, n(0), b.size, 0);
		case "del_step":
			return byteArrayResize(b, b.size - n(0));
		case "assign":
			return byteArrayReplace(b, n(0), n(1), n(2));
		case "clear":
			return byteArrayResize(b, 0);
		case "make": {
			const count = n(1);
			if (arg[0] === "range") return byteArrayAfterAppends(EMPTY_BYTEARRAY_BUFFER, count);
			return byteArrayFromSequence(count, arg[0] !== "mixed");
		}
		default:
			throw new Error(op);
	}
}

describe("bytearray buffer growth (PyByteArray_Resize, bytearray_setslice_linear)", () => {
	it.each(runs.map((steps, i) => [i, steps] as const))("run %i", (_i, steps) => {
		let b = EMPTY_BYTEARRAY_BUFFER;
		const seen = steps.map((step) => {
			b = apply(b, step);
			return { op: step.op, arg: step.arg, size: b.size, sizeof: sizeofByteArray(b) };
		});
		expect(seen).toEqual(steps);
	});
});
