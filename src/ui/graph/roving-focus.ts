/**
 * Keyboard moves inside a widget that is one tab stop (a "roving tabindex", as WAI-ARIA's listbox and tree
 * patterns do): Tab enters and leaves it, the arrow keys move between its items. A list moves in order; the
 * concept map moves to the nearest concept in the arrow's direction, as the map has no order to follow.
 */
import type { Point } from "./edge-geometry";

/** The index a key moves to in a list of `count` items from `index`, or null when the key is not a move. */
export function listTarget(key: string, index: number, count: number): number | null {
	if (count === 0) return null;
	switch (key) {
		case "ArrowDown":
		case "ArrowRight":
			return Math.min(count - 1, index + 1);
		case "ArrowUp":
		case "ArrowLeft":
			return Math.max(0, index - 1);
		case "Home":
			return 0;
		case "End":
			return count - 1;
		default:
			return null;
	}
}

const DIRECTIONS: Record<string, Point> = { ArrowRight: { x: 1, y: 0 }, ArrowLeft: { x: -1, y: 0 }, ArrowDown: { x: 0, y: 1 }, ArrowUp: { x: 0, y: -1 } };

export const isArrowKey = (key: string): boolean => key in DIRECTIONS;

/**
 * The item an arrow key moves to from `from`: the nearest one ahead in that direction, where a step off the
 * axis counts double, so Right picks the concept to the right rather than one far below and a little right.
 * Items within the 45° cone of the arrow come first; without any, the nearest one merely ahead. Null for
 * another key or when nothing lies that way.
 */
export function spatialTarget<Item extends { at: Point }>(key: string, from: Point, items: readonly Item[]): Item | null {
	const direction = DIRECTIONS[key];
	if (!direction) return null;
	let best: Item | null = null;
	let bestScore = Infinity;
	for (const item of items) {
		const dx = item.at.x - from.x;
		const dy = item.at.y - from.y;
		const ahead = dx * direction.x + dy * direction.y;
		if (ahead <= 0) continue;
		const aside = Math.abs(dx * direction.y - dy * direction.x);
		// Outside the cone, an item only wins when nothing inside it is ahead at all.
		const score = ahead + 2 * aside + (aside > ahead ? 1e6 : 0);
		if (score < bestScore) {
			bestScore = score;
			best = item;
		}
	}
	return best;
}
