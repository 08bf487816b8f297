import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

/** The objects the last step with a frame shows, and a finder by the name a module-level variable has. */
function lastState(source: string) {
	const trace = runProgram(source, { record: true }).trace!;
	let step = trace.stepCount - 1;
	while (trace.state(step).frames.length === 0) step--;
	const state = trace.state(step);
	const byId = (id: number | null | undefined) => state.objects.find((o) => o.id === id);
	const named = (name: string) => byId(state.frames[0]!.locals.find((local) => local.name === name)?.target);
	return { byId, named };
}

describe("a memoryview in the trace", () => {
	it("says what it views, and holds the managed buffer that holds the exporter", () => {
		const { byId, named } = lastState("data = bytearray(b'hello world')\nview = memoryview(data)\npart = view[2:5]\nx = 0\n");
		const data = named("data")!;
		const part = named("part")!;
		expect(part.type).toBe("memoryview");
		expect(part.preview).toBe(`<memory of bytearray#${data.id} [2:5]>`);
		const buffer = byId(part.slots.find((s) => s.label === "managed buffer")!.target)!;
		expect(buffer.type).toBe("managedbuffer");
		expect(buffer.preview).toBe(`<managed buffer of bytearray#${data.id}>`);
		expect(buffer.slots.map((s) => [s.label, s.target])).toEqual([["obj", data.id]]);
		expect(named("view")!.slots.find((s) => s.label === "managed buffer")!.target).toBe(buffer.id);
	});

	it("names the format of a cast, and shows a released view and buffer as released", () => {
		const source = "import array\nnumbers = array.array('i', [1, 2])\nview = memoryview(numbers)\nraw = view.cast('B')\nview.release()\nraw.release()\nx = 0\n";
		const { byId, named } = lastState(source);
		expect(named("raw")!.preview).toBe("<released memory>");
		const buffer = byId(named("raw")!.slots[0]!.target)!;
		expect(buffer.preview).toBe("<released managed buffer>");
		expect(buffer.slots).toEqual([]);
		const open = lastState(source.replace("view.release()\nraw.release()\n", ""));
		expect(open.named("raw")!.preview).toBe(`<memory of array.array#${open.named("numbers")!.id} [0:8]>`);
		expect(open.named("view")!.preview).toBe(`<memory 'i' of array.array#${open.named("numbers")!.id} [0:8]>`);
	});
});
