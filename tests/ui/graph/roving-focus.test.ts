import { describe, expect, it } from "vitest";
import { isArrowKey, listTarget, spatialTarget } from "../../../src/ui/graph/roving-focus";

describe("listTarget", () => {
	it("moves one item with the arrows, to the ends with Home and End, and stops at the ends", () => {
		expect(listTarget("ArrowDown", 0, 3)).toBe(1);
		expect(listTarget("ArrowRight", 2, 3)).toBe(2);
		expect(listTarget("ArrowUp", 0, 3)).toBe(0);
		expect(listTarget("ArrowLeft", 2, 3)).toBe(1);
		expect(listTarget("Home", 2, 3)).toBe(0);
		expect(listTarget("End", 0, 3)).toBe(2);
		expect(listTarget("Enter", 0, 3)).toBeNull();
		expect(listTarget("ArrowDown", 0, 0)).toBeNull();
	});
});

describe("spatialTarget", () => {
	const item = (id: string, x: number, y: number) => ({ id, at: { x, y } });
	const from = { x: 0, y: 0 };

	it("picks the nearest item ahead, counting a step off the arrow's axis double", () => {
		const items = [item("far right", 200, 0), item("right, a little down", 80, 30), item("below right", 60, 120), item("left", -50, 0)];
		expect(spatialTarget("ArrowRight", from, items)?.id).toBe("right, a little down");
		expect(spatialTarget("ArrowLeft", from, items)?.id).toBe("left");
		expect(spatialTarget("ArrowDown", from, items)?.id).toBe("below right");
		expect(spatialTarget("ArrowUp", from, items)).toBeNull();
	});

	it("prefers anything inside the arrow's 45° cone, and falls back to what is merely ahead", () => {
		// Close but mostly below, against further but straight right.
		expect(spatialTarget("ArrowRight", from, [item("steep", 10, 40), item("level", 300, 10)])?.id).toBe("level");
		expect(spatialTarget("ArrowRight", from, [item("steep", 10, 40)])?.id).toBe("steep");
		expect(spatialTarget("Enter", from, [item("any", 10, 0)])).toBeNull();
	});

	it("knows the arrow keys", () => {
		expect(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"].every(isArrowKey)).toBe(true);
		expect(isArrowKey("Home")).toBe(false);
	});
});
