import { describe, expect, it } from "vitest";
import { Heap } from "../../../src/sim/heap/heap";
import { PyList } from "../../../src/sim/heap/containers";
import type { PyObject } from "../../../src/sim/heap/object";

function newList(heap: Heap, items: PyObject[] = []): PyList {
	return heap.register(new PyList(items));
}

describe("the interpreter's own references (HeldReferences)", () => {
	it("are counted but not written down while no trace records them", () => {
		const heap = new Heap();
		const list = newList(heap);
		heap.hold(list, "held");
		expect(list.refcnt).toBe(2);
		expect(heap.internal.size).toBe(0);
		heap.release(list, "held");
		expect(list.refcnt).toBe(1);
	});

	it("keep one label per reference once recorded, and drop the latest of a label first", () => {
		const heap = new Heap();
		heap.recordInternalHolders();
		const list = newList(heap);
		heap.hold(list, "a");
		heap.adopt(list, "b");
		heap.hold(list, "a");
		expect(heap.internal.get(list)).toEqual(["a", "b", "a"]);
		expect(list.refcnt).toBe(3);
		heap.disown(list, "a");
		heap.release(list, "b");
		expect(heap.internal.get(list)).toEqual(["a"]);
		expect(list.refcnt).toBe(2);
		heap.disown(list, "a");
		expect(heap.internal.has(list)).toBe(false);
	});

	it("release a new object whose filling failed, and hand on one that was filled", () => {
		const heap = new Heap();
		heap.recordInternalHolders();
		const filled = heap.build(newList(heap), "building", (o) => expect(heap.internal.get(o)).toEqual(["building"]));
		expect(filled.refcnt).toBe(1);
		expect(heap.internal.has(filled)).toBe(false);
		const failing = newList(heap);
		expect(() =>
			heap.build(failing, "building", () => {
				throw new Error("fill failed");
			}),
		).toThrow("fill failed");
		expect(failing.refcnt).toBe(0);
		expect(heap.liveCount).toBe(1);
	});

	it("show the references a release has not reached yet as still held, in order", () => {
		const heap = new Heap();
		heap.recordInternalHolders();
		const first = newList(heap);
		const second = newList(heap);
		const pendingWhenFirstDied: number[] = [];
		heap.observer = {
			alloc: () => {},
			refChanged: () => {},
			contentChanged: () => {},
			itemsAppended: () => {},
			itemReplaced: () => {},
			itemInserted: () => {},
			itemRemoved: () => {},
			entryRemoved: () => {},
			free: (o) => {
				if (o !== first) return;
				const pending = heap.releasing[heap.releasing.length - 1]!;
				pendingWhenFirstDied.push(...pending.refs.slice(pending.next).map((r) => r.id));
			},
		};
		heap.releaseAll(null, "references of freed", [first, second]);
		expect(pendingWhenFirstDied).toEqual([second.id]);
		expect(heap.releasing).toEqual([]);
		expect(heap.liveCount).toBe(0);
	});
});
