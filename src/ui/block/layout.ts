// Where frames, object cards and arrows go, computed from the step's data alone (no DOM measuring), so a
// step renders in one pass and every position is testable. Cards sit in a grid by slot (see slots.ts).
import { CLASS_SLOT, type FrameView, type HeapObjectView, type ObjectId } from "../../sim/trace/types";
import { crossesCards, detour, type Grid } from "./arrow-routes";

export const ROW = 20;
export const CARD_WIDTH = 184;
export const CARD_HEAD = 44;
export const CARD_FOOT = 22;
export const MAX_SLOT_ROWS = 8;
export const FRAME_HEAD = 26;
const COLUMN_GAP = 56;
const ROW_GAP = 22;
const PAD = 8;
const FRAME_WIDTH = 168;
const FRAME_GAP = 12;
/** Below this width the frames sit above the heap instead of beside it. */
export const NARROW_WIDTH = 560;

export interface FrameBox {
	frame: FrameView;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface CardBox {
	object: HeapObjectView;
	x: number;
	y: number;
	height: number;
	/** Slots drawn as rows; the rest are summed up in a "+N more" row. */
	shownSlots: number;
	hiddenSlots: number;
	/** Freed in this step: drawn fading out, outside the refcount contract. */
	freed: boolean;
	/** Slots whose arrow leaves by the card's left edge (to a card in a column to the left), by index. */
	leftSlots: number[];
}

export interface ArrowPath {
	key: string;
	d: string;
	target: ObjectId;
	/**
	 * Where it starts: a name, a stack entry, an object's slot, an instance's `__class__` slot (a type edge:
	 * drawn only for the cards a person looks at, see typeEdgeShown), or a weak reference's value row (to its
	 * referent, which it holds no reference to).
	 */
	from: "name" | "stack" | "slot" | "type" | "weak";
	/** The object whose slot it starts from, or null for a name or a stack entry. */
	source: ObjectId | null;
}


/**
 * Every instance points at its class: with many instances those arrows would hide the rest, so a type edge is
 * drawn only while its instance or its class is hovered or focused (`active`), and in the step that creates
 * the instance, whose new reference is what raised the class's count. The slot names the class meanwhile.
 */
export function typeEdgeShown(arrow: ArrowPath, active: ReadonlySet<ObjectId>, created: ReadonlySet<ObjectId>): boolean {
	if (arrow.from !== "type" || arrow.source === null) return true;
	return active.has(arrow.source) || active.has(arrow.target) || created.has(arrow.source);
}

export interface DiagramLayout {
	width: number;
	height: number;
	narrow: boolean;
	frames: FrameBox[];
	cards: CardBox[];
	arrows: ArrowPath[];
}

export interface LayoutInput {
	/** Null when the frames panel is hidden. */
	frames: readonly FrameView[] | null;
	objects: readonly HeapObjectView[];
	/** Objects freed during this step, drawn where they stood when their slot is still empty. */
	freed: readonly HeapObjectView[];
	slotOf(id: ObjectId): number;
	/** Width available, in pixels. */
	width: number;
}

/** A freed card shows its title, preview and the reason it died. */
const FREED_HEIGHT = CARD_HEAD + 2 * ROW;

export function cardHeight(object: HeapObjectView, freed = false): number {
	if (freed) return FREED_HEIGHT;
	const rows = Math.min(object.slots.length, MAX_SLOT_ROWS) + (object.slots.length > MAX_SLOT_ROWS ? 1 : 0);
	return CARD_HEAD + rows * ROW + CARD_FOOT;
}

export function frameHeight(frame: FrameView): number {
	return FRAME_HEAD + (frame.locals.length + frame.stack.length) * ROW + 6;
}

export function layoutDiagram(input: LayoutInput): DiagramLayout {
	const width = Math.max(input.width, CARD_WIDTH + 2 * PAD);
	const narrow = width < NARROW_WIDTH;
	const frames: FrameBox[] = [];
	let framesBottom = PAD;
	let heapX = PAD;
	let heapY = PAD;
	if (input.frames) {
		// Narrow frames leave room on their right for arrows to bend down into the heap.
		const frameWidth = narrow ? Math.min(width - 2 * PAD - 48, 320) : FRAME_WIDTH;
		let y = PAD;
		for (const frame of input.frames) {
			const height = frameHeight(frame);
			frames.push({ frame, x: PAD, y, width: frameWidth, height });
			y += height + FRAME_GAP;
		}
		framesBottom = y;
		if (narrow) heapY = y + ROW_GAP;
		else heapX = PAD + frameWidth + COLUMN_GAP;
	}
	const columns = Math.max(1, Math.floor((width - heapX - PAD + COLUMN_GAP) / (CARD_WIDTH + COLUMN_GAP)));

	const live = input.objects.map((object) => ({ object, slot: input.slotOf(object.id), freed: false }));
	const taken = new Set(live.map((entry) => entry.slot));
	const ghosts = input.freed
		.map((object) => ({ object, slot: input.slotOf(object.id), freed: true }))
		.filter((entry) => !taken.has(entry.slot));
	const placed = [...live, ...ghosts];

	const rowHeights = new Map<number, number>();
	for (const { object, slot, freed } of placed) {
		const row = Math.floor(slot / columns);
		rowHeights.set(row, Math.max(rowHeights.get(row) ?? 0, cardHeight(object, freed)));
	}
	const rowTop = new Map<number, number>();
	/** The middle of each gap between rows (and under the last), where arrows cross columns. */
	const channels: number[] = [];
	let y = heapY;
	for (const row of [...rowHeights.keys()].sort((a, b) => a - b)) {
		if (y - ROW_GAP / 2 > PAD) channels.push(y - ROW_GAP / 2);
		rowTop.set(row, y);
		y += (rowHeights.get(row) ?? 0) + ROW_GAP;
	}
	channels.push(y - ROW_GAP / 2);
	const cards: CardBox[] = placed.map(({ object, slot, freed }) => ({
		object,
		x: heapX + (slot % columns) * (CARD_WIDTH + COLUMN_GAP),
		y: rowTop.get(Math.floor(slot / columns)) ?? heapY,
		height: cardHeight(object, freed),
		shownSlots: object.slots.length > MAX_SLOT_ROWS ? MAX_SLOT_ROWS : object.slots.length,
		hiddenSlots: Math.max(0, object.slots.length - MAX_SLOT_ROWS),
		freed,
		leftSlots: [],
	}));

	const liveCards = new Map<ObjectId, CardBox>();
	for (const card of cards) if (!card.freed) liveCards.set(card.object.id, card);
	const grid: Grid = { cardWidth: CARD_WIDTH, columnGap: COLUMN_GAP, channels, cards };
	// Stacked above the heap, the frames' arrows bend down the room on their right instead.
	const frameGrid = narrow ? null : grid;
	const arrows: ArrowPath[] = [];
	for (const box of frames) {
		const rowY = (index: number): number => box.y + FRAME_HEAD + index * ROW + ROW / 2;
		box.frame.locals.forEach((local, index) => {
			const target = local.target === null ? undefined : liveCards.get(local.target);
			if (target) arrows.push(arrow(`n${box.frame.id}:${local.name}`, "name", null, box.x + box.width, rowY(index), target, frameGrid));
		});
		box.frame.stack.forEach((id, depth) => {
			const target = liveCards.get(id);
			const row = box.frame.locals.length + depth;
			if (target) arrows.push(arrow(`s${box.frame.id}:${depth}`, "stack", null, box.x + box.width, rowY(row), target, frameGrid));
		});
	}
	for (const card of cards) {
		if (card.freed) continue;
		card.object.slots.forEach((slot, index) => {
			const target = liveCards.get(slot.target);
			if (!target) return;
			const row = Math.min(index, MAX_SLOT_ROWS);
			const sy = card.y + CARD_HEAD + row * ROW + ROW / 2;
			const from = slot.label === CLASS_SLOT ? "type" : "slot";
			if (leavesLeft(card, target)) card.leftSlots.push(index);
			arrows.push(arrow(`o${card.object.id}:${index}`, from, card.object.id, card.x + CARD_WIDTH, sy, target, grid, card));
		});
		const referent = card.object.weakTarget === undefined ? undefined : liveCards.get(card.object.weakTarget);
		if (referent) arrows.push(arrow(`w${card.object.id}`, "weak", card.object.id, card.x + CARD_WIDTH, card.y + CARD_HEAD - ROW / 2, referent, grid, card));
	}

	const heapRight = heapX + columns * (CARD_WIDTH + COLUMN_GAP) - COLUMN_GAP + PAD;
	const framesRight = frames.reduce((right, box) => Math.max(right, box.x + box.width + PAD), 0);
	return {
		width: Math.max(width, heapRight, framesRight),
		height: Math.max(y, framesBottom) + PAD,
		narrow,
		frames,
		cards,
		arrows,
	};
}

/** Whether a card's arrow to `target` leaves by its left edge: the target is in a column to the left. */
function leavesLeft(source: CardBox, target: CardBox): boolean {
	return target.x + CARD_WIDTH <= source.x;
}

/**
 * A cubic curve from a row's right edge into the target card's nearer side, ending at its title; through the
 * grid's gaps instead where the curve would pass under the cards of a column between them.
 */
function arrow(
	key: string,
	from: ArrowPath["from"],
	sourceId: ObjectId | null,
	sx: number,
	sy: number,
	target: CardBox,
	grid: Grid | null,
	source?: CardBox,
): ArrowPath {
	const ty = target.y + 16;
	let d: string;
	if (source && source === target) {
		const x = sx;
		d = `M${x},${sy} C${x + 36},${sy} ${x + 36},${ty - 26} ${x - 12},${ty - 26} L${x - 12},${ty - 8}`;
	} else if (sx <= target.x) {
		const tx = target.x;
		const bend = Math.max(24, (tx - sx) / 2);
		d = grid && crossesCards(grid, sx, sy, tx, ty) ? detour(grid, sx, sy, tx, ty, 1, target.object.id) : `M${sx},${sy} C${sx + bend},${sy} ${tx - bend},${ty} ${tx},${ty}`;
	} else if (source && leavesLeft(source, target)) {
		// A card in a column to the left: leave the row by its left edge, through the gap between the columns.
		// Looping out of the right edge and back ran under the cards of the source's own column, so the
		// arrow seemed to come from one of them.
		const fromX = source.x;
		const tx = target.x + CARD_WIDTH;
		const bend = Math.max(COLUMN_GAP / 2, (fromX - tx) / 2);
		d =
			grid && crossesCards(grid, fromX, sy, tx, ty)
				? detour(grid, fromX, sy, tx, ty, -1, target.object.id)
				: `M${fromX},${sy} C${fromX - bend},${sy} ${tx + bend},${ty} ${tx},${ty}`;
	} else {
		// The target stands in the start's column (or under a frame): come back into its right edge, with a
		// loop that stays in the gap before the next column.
		const tx = target.x + CARD_WIDTH;
		const bend = 28 + Math.min(COLUMN_GAP / 2, Math.abs(sy - ty) / 4);
		d = `M${sx},${sy} C${sx + bend},${sy} ${tx + bend},${ty} ${tx},${ty}`;
	}
	return { key, d, target: target.object.id, from, source: sourceId };
}

/** Estimated sizes of the list of holders a card shows on hover (see .pymem-holders in styles.css). */
const HOLDERS_LINE = 18;
const HOLDERS_CHROME = 14;
const HOLDERS_GAP = 4;
const HOLDERS_MAX_WIDTH = 288;
/** The object's whole label and preview head the list (the card may cut them short). */
const HOLDERS_OBJECT_LINES = 2;

export interface HoldersPlacement {
	/** Open above the card instead of below it. */
	above: boolean;
	/** Align with the card's right edge, so a card near the diagram's right edge keeps it inside. */
	alignRight: boolean;
	/** The room on the chosen side: a longer list scrolls instead of being cut off by the pane. */
	maxHeight: number;
	/** The list is expected not to fit in that room, so it scrolls (and takes focus for the keyboard). */
	scrolls: boolean;
}

/**
 * Where a card's list of holders opens, given the card's place in the `visible` part of the diagram (the
 * pane scrolls and clips the rest): below when it fits, else on the roomier side, scrolling if need be.
 */
export function holdersPlacement(
	box: Pick<CardBox, "x" | "y" | "height">,
	holderCount: number,
	visible: { width: number; height: number },
): HoldersPlacement {
	const wanted = HOLDERS_CHROME + HOLDERS_LINE * (HOLDERS_OBJECT_LINES + 1 + holderCount);
	const below = visible.height - (box.y + box.height) - HOLDERS_GAP;
	const above = box.y - HOLDERS_GAP;
	const openAbove = wanted > below && above > below;
	const maxHeight = Math.max(HOLDERS_LINE * 2, Math.floor(openAbove ? above : below));
	return {
		above: openAbove,
		alignRight: box.x + HOLDERS_MAX_WIDTH > visible.width && box.x + CARD_WIDTH >= HOLDERS_MAX_WIDTH,
		maxHeight,
		scrolls: wanted > maxHeight,
	};
}
