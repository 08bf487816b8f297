// A step's notices become one queue entry per object, holding every kind of change the step made to it, and the
// count last written stays in the same field above the change bits.
import { describe, expect, it } from "vitest";
import { PyDict, PyList } from "../../../src/sim/heap/containers";
import type { PyObject } from "../../../src/sim/heap/object";
import { StepChanges, COUNT_CHANGED, CONTENT_CHANGED, CHANGE_BITS, FREED } from "../../../src/sim/trace/step-changes";

function queued(changes: StepChanges): PyObject[] {
	return changes.objects.slice(0, changes.objectCount);
}

describe("StepChanges", () => {
	it("queues an object once a step, with every change it was told of", () => {
		const special: PyObject[] = [];
		const changes = new StepChanges(new PyDict(), (o) => special.push(o));
		const list = new PyList([]);
		// Written in an earlier step.
		list.traceStep = 0;
		changes.step = 1;
		changes.countChanged(list);
		changes.countChanged(list);
		changes.contentChanged(list);
		changes.queueNotices();
		expect(queued(changes)).toEqual([list]);
		expect(list.traceDirty & CHANGE_BITS).toBe(COUNT_CHANGED | CONTENT_CHANGED);
		expect(special).toEqual([]);
	});

	it("keeps the count above the change bits and clears the bits when a new step queues the object", () => {
		const changes = new StepChanges(new PyDict(), () => {});
		const list = new PyList([]);
		list.traceStep = 0;
		list.traceDirty = (5 << 3) | CONTENT_CHANGED;
		changes.step = 1;
		changes.queue(list, COUNT_CHANGED);
		expect(list.traceDirty).toBe((5 << 3) | COUNT_CHANGED);
	});

	it("writes an object made at startup whole the first time the program touches it", () => {
		const changes = new StepChanges(new PyDict(), () => {});
		const list = new PyList([]);
		changes.countChanged(list);
		changes.queueNotices();
		expect(list.traceDirty & CHANGE_BITS).toBe(COUNT_CHANGED | CONTENT_CHANGED);
	});

	it("ignores count notices of a freed object and hands the module's globals to the recorder", () => {
		const globals = new PyDict();
		const special: PyObject[] = [];
		const changes = new StepChanges(globals, (o) => special.push(o));
		const freed = new PyList([]);
		freed.traceStep = FREED;
		changes.countChanged(freed);
		changes.contentChanged(globals);
		changes.queueNotices();
		expect(queued(changes)).toEqual([]);
		expect(special).toEqual([globals]);
	});

	it("sorts out notices inside a long step before they pile up", () => {
		const changes = new StepChanges(new PyDict(), () => {});
		const lists = Array.from({ length: 5000 }, () => new PyList([]));
		for (const list of lists) changes.countChanged(list);
		expect(changes.objectCount).toBe(4096);
		changes.queueNotices();
		expect(changes.objectCount).toBe(5000);
	});

	it("knows which items of a list that only grew are as its last record has them", () => {
		const changes = new StepChanges(new PyDict(), () => {});
		const list = new PyList([]);
		list.traceStep = 0;
		changes.step = 1;
		changes.itemsAppended(list, 3);
		changes.itemsAppended(list, 4);
		expect(queued(changes)).toEqual([list]);
		expect(list.traceDirty & CHANGE_BITS).toBe(CONTENT_CHANGED);
		expect(changes.unchangedItems(list)).toBe(3);
		changes.clearHints();
		expect(changes.unchangedItems(list)).toBe(0);
	});

	it("compares every item of a list changed some other way in the same step, before or after it grew", () => {
		const changes = new StepChanges(new PyDict(), () => {});
		const before = new PyList([]);
		const after = new PyList([]);
		before.traceStep = after.traceStep = 0;
		changes.step = 1;
		changes.contentChanged(before);
		changes.itemsAppended(before, 2);
		changes.itemsAppended(after, 2);
		changes.contentChanged(after);
		changes.queueNotices();
		expect(changes.unchangedItems(before)).toBe(0);
		expect(changes.unchangedItems(after)).toBe(0);
	});
});
