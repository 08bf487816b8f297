// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { keepInPane } from "../../../src/ui/block/keep-in-pane";

/** A pane `height` high over `content` px of rows, and a row at `top` (content coordinates) `rowHeight` high. */
function paneWithRow(height: number, content: number, top: number, rowHeight: number, scrollTop = 0): { pane: HTMLElement; row: HTMLElement } {
	const pane = document.createElement("div");
	const row = pane.appendChild(document.createElement("div"));
	Object.defineProperty(pane, "clientHeight", { value: height });
	Object.defineProperty(pane, "scrollHeight", { value: content });
	pane.scrollTop = scrollTop;
	pane.getBoundingClientRect = () => ({ top: 0 }) as DOMRect;
	Object.defineProperty(row, "offsetHeight", { value: rowHeight });
	row.getBoundingClientRect = () => ({ top: top - pane.scrollTop }) as DOMRect;
	return { pane, row };
}

describe("keepInPane", () => {
	it("scrolls the least that shows a row with a row of context below it", () => {
		const { pane, row } = paneWithRow(200, 1000, 400, 20);
		keepInPane(pane, row);
		expect(pane.scrollTop).toBe(400 + 20 + 20 - 200);
	});

	it("shows where a row too tall for its context starts, not its end", () => {
		// A step with many events: 150 px in a 200 px log. Its end with a row's context put its start out of view.
		const { pane, row } = paneWithRow(200, 1000, 400, 150);
		keepInPane(pane, row);
		expect(pane.scrollTop).toBe(400 - 25);
		const taller = paneWithRow(200, 1000, 400, 500);
		keepInPane(taller.pane, taller.row);
		expect(taller.pane.scrollTop).toBe(400);
	});
});
