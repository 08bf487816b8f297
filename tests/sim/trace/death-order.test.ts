// The order of a step's deaths: each freed object's last drop, then what its dealloc let go of, then its free.
import { describe, expect, it } from "vitest";
import { inDeathOrder } from "../../../src/sim/trace/death-order";
import type { ReferenceHolder, TraceEvent } from "../../../src/sim/trace/types";

const drop = (object: number, holder: ReferenceHolder): TraceEvent => ({ kind: "decref", object, refcount: 0, holder, cause: "" });
const slot = (owner: number, label: string): ReferenceHolder => ({ kind: "slot", owner, label });
const name = (id: string): ReferenceHolder => ({ kind: "name", frame: 0, name: id });
const free = (object: number): TraceEvent => ({ kind: "free", object, reason: "refcount reached 0" });

/** Each event as a short word: `x<-y` for a drop of x by y's holder, `free x`. */
function told(events: readonly TraceEvent[]): string[] {
	return events.map((event) => {
		if (event.kind === "free") return `free ${event.object}`;
		if (event.kind !== "decref") return event.kind;
		const h = event.holder;
		return `${event.object}<-${h.kind === "slot" ? `${h.owner}${h.label}` : h.kind === "name" ? h.name : h.kind}`;
	});
}

describe("inDeathOrder", () => {
	it("tells what a dying object held after its death, inner deaths inside it, and the frees innermost first", () => {
		// `del y` where y = [x] and x = [z]: as the step first lists them, by object.
		const events = [drop(1, slot(2, "[0]")), drop(2, name("y")), drop(3, slot(1, "[0]")), free(1), free(2), free(3)];
		expect(told(inDeathOrder(events, new Set([1, 2, 3])))).toEqual(["2<-y", "1<-2[0]", "3<-1[0]", "free 3", "free 1", "free 2"]);
	});

	it("lets an instance's class go after what the instance held, just before its free", () => {
		const events = [drop(9, slot(4, "__class__")), drop(4, name("box")), drop(5, slot(4, ".items")), free(4), free(5)];
		expect(told(inDeathOrder(events, new Set([4, 5])))).toEqual(["4<-box", "5<-4.items", "free 5", "9<-4__class__", "free 4"]);
	});

	it("lets an object already at 0 (its dealloc under way) go where its free was", () => {
		const events = [drop(9, slot(4, "__class__")), { kind: "stdout", text: "x" } as TraceEvent, drop(5, slot(4, ".items")), free(4), free(5)];
		expect(told(inDeathOrder(events, new Set([4, 5])))).toEqual(["stdout", "5<-4.items", "free 5", "9<-4__class__", "free 4"]);
	});

	it("breaks a cycle where the collector clears its first object: what that held dies first, and it is freed last", () => {
		// delete_garbage clears 6 (holding it meanwhile): 6 lets 7 go, 7's dealloc lets 6 go, 7 is freed, then 6.
		const events = [drop(9, slot(6, "__class__")), drop(9, slot(7, "__class__")), drop(6, slot(7, ".friend")), drop(7, slot(6, ".friend")), free(6), free(7)];
		expect(told(inDeathOrder(events, new Set([6, 7])))).toEqual(["7<-6.friend", "6<-7.friend", "9<-7__class__", "free 7", "9<-6__class__", "free 6"]);
	});

	it("frees an object of a cleared cycle after its last drop, even when the death told first was another", () => {
		// Object 1 is held by both objects of the cycle 6 <-> 7; its drop by 7 comes first in the step's list.
		const events = [drop(1, slot(6, ".a")), drop(1, slot(7, ".b")), drop(6, slot(7, ".f")), drop(7, slot(6, ".f")), free(1), free(6), free(7)];
		const order = told(inDeathOrder(events, new Set([1, 6, 7])));
		expect(order.indexOf("free 1")).toBeGreaterThan(order.indexOf("1<-6.a"));
		expect(order.indexOf("free 1")).toBeGreaterThan(order.indexOf("1<-7.b"));
		expect(order.filter((word) => word.startsWith("free"))).toHaveLength(3);
		expect(order).toHaveLength(events.length);
	});

	it("leaves a step without deaths as it is", () => {
		const events = [drop(1, name("x")), free(2)];
		expect(inDeathOrder(events, new Set())).toEqual(events);
	});
});
