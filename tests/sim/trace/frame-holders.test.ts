// A frame keeps its view while no record changes it, so a state derived from the step before rebuilds only the
// frames the step changed: in a deep recursion, a step at the top shares every frame below it with the state before.
// Whatever a step does to the frames (calls, returns, a generator leaving the stack and coming back above other
// frames), the holders frames make are those a whole build gives.
import { describe, expect, it } from "vitest";
import { runProgram, type Trace } from "../../../src/sim/index";
import { emptyModel } from "../../../src/sim/trace/model";
import { framesShown, framesShownAfter } from "../../../src/sim/trace/frame-holders";

const record = (source: string): Trace => runProgram(source, { record: true }).trace!;

describe("frames shown", () => {
	it("share the views of the frames a step did not change with the state before", () => {
		const trace = record(["def down(n):", "    if n == 0:", "        return 0", "    return down(n - 1) + 1", "print(down(200))"].join("\n"));
		let deepest = 0;
		for (let step = 1; step < trace.stepCount; step++) {
			const before = trace.state(step - 1).frames;
			const now = trace.state(step).frames;
			if (before.length !== now.length) continue;
			deepest = Math.max(deepest, now.length);
			// The top frame moves to its next line; every frame under it is the same view.
			expect(now.slice(0, -1).every((frame, i) => frame === before[i])).toBe(true);
		}
		expect(deepest).toBeGreaterThan(200);
	});

	it("give each target the holders a whole build gives, as frames come, go and a generator moves above others", () => {
		const str = (i: number) => ["f", "g", "x", "running"][i] ?? "";
		const frame = (name: number, locals: number[], stack: number[], func = 0) => ({ name, line: 1, func, classBody: false, generator: false, locals, stack });
		const model = emptyModel();
		model.frames.set(1, frame(0, [2, 100, 2, 101], [100]));
		model.frames.set(2, frame(1, [2, 100], [101], 300));
		model.frameOrder = [1, 2];
		model.internal = [100, 3];
		const first = framesShown(model, str);
		// The generator's frame (2) leaves, another call comes, and the generator comes back above it.
		model.frames.set(3, frame(0, [2, 101], [], 300));
		model.frameOrder = [1, 3, 2];
		model.internal = [101, 3];
		const { shown, changed } = framesShownAfter(first, model, str);
		const whole = framesShown(model, str);
		expect([...shown.tail].sort((a, b) => a[0] - b[0])).toEqual([...whole.tail].sort((a, b) => a[0] - b[0]));
		expect(shown.shown.map((f) => f.view)).toEqual(whole.shown.map((f) => f.view));
		expect([...changed].sort()).toEqual([100, 101, 300]);
		// The frame at the bottom kept its place and its content: the same view.
		expect(shown.shown[0]).toBe(first.shown[0]);
	});
});
