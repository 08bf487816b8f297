// What a step's events need beyond the log: its first return's place among objects and writes, and its raises.
import { describe, expect, it } from "vitest";
import { StepNotesRecorder } from "../../../src/sim/trace/step-notes";
import type { PyObject } from "../../../src/sim/heap/object";

const exception = (id: number, name: string) => ({ id, cls: { name } }) as unknown as PyObject;

describe("StepNotesRecorder", () => {
	it("notes a step's first return only, with the output written before it", () => {
		const notes = new StepNotesRecorder();
		notes.printed();
		notes.printed();
		notes.wroteStderr();
		notes.returned(3, 500);
		notes.printed();
		notes.returned(3, 520);
		notes.stepClosed(3);
		notes.returned(4, 530);
		expect(notes.notesFor(3)).toEqual({ firstAfterReturn: 500, outputAtReturn: 2, stderrAtReturn: 1, raised: undefined });
		// Output from an earlier step is not the next step's.
		expect(notes.notesFor(4)).toEqual({ firstAfterReturn: 530, outputAtReturn: undefined, stderrAtReturn: undefined, raised: undefined });
	});

	it("notes raises with the id their object has when the step closes, and a re-raise of one of them not again", () => {
		const notes = new StepNotesRecorder();
		const unmade = exception(0, "KeyError");
		notes.raised(7, unmade, 2, 1, false);
		notes.returned(7, 600);
		const other = exception(610, "ValueError");
		notes.raised(7, other, 5, 0, false);
		notes.raised(7, other, 6, 0, true);
		(unmade as { id: number }).id = 605;
		notes.stepClosed(7);
		expect(notes.notesFor(7).raised).toEqual([
			{ object: 605, type: "KeyError", line: 2, frame: 1, afterReturn: false, reraised: false },
			{ object: 610, type: "ValueError", line: 5, frame: 0, afterReturn: true, reraised: false },
		]);
		notes.raised(8, other, 9, 0, true);
		notes.stepClosed(8);
		expect(notes.notesFor(8).raised).toEqual([{ object: 610, type: "ValueError", line: 9, frame: 0, afterReturn: false, reraised: true }]);
	});
});
