// Arrows that would pass under the cards of a column between their ends are routed through the empty
// space of the grid instead: the gap beside their start, the gap between two rows, the gap beside their
// target. An arrow drawn under a card seems to come from that card.

/** A card's place, as much of it as routing needs. */
export interface CardArea {
	x: number;
	y: number;
	height: number;
}

export interface Grid {
	cardWidth: number;
	/** Width of the gap between two columns (and between the frames and the heap). */
	columnGap: number;
	/** The middle of each gap between two rows of cards, and of the space under the last row, top first. */
	channels: readonly number[];
	cards: readonly CardArea[];
}

/**
 * Whether a curve from (fromX, sy) to (toX, ty), whose control points keep it between sy and ty, passes under
 * a card that stands wholly between fromX and toX.
 */
export function crossesCards(grid: Grid, fromX: number, sy: number, toX: number, ty: number): boolean {
	const [left, right] = fromX < toX ? [fromX, toX] : [toX, fromX];
	const top = Math.min(sy, ty);
	const bottom = Math.max(sy, ty);
	return grid.cards.some((card) => card.x >= left && card.x + grid.cardWidth <= right && card.y <= bottom && card.y + card.height >= top);
}

/** How far apart routed arrows to different targets run, so that two sharing a gap can be told apart. */
const LANE = 5;

/**
 * A path from (fromX, sy) to (toX, ty) that leaves horizontally, runs down or up the gap beside its start,
 * along the channel between rows nearest to its target's row, and down or up the gap beside its target,
 * which it enters horizontally. `direction` is 1 for a target to the right, -1 to the left. Arrows to one
 * target share a lane (`target`, its id, picks one of three), so they meet before they reach it.
 */
export function detour(grid: Grid, fromX: number, sy: number, toX: number, ty: number, direction: 1 | -1, target: number): string {
	const lane = ((target % 3) - 1) * LANE;
	const startGap = fromX + (direction * grid.columnGap) / 2 + lane;
	const endGap = toX - (direction * grid.columnGap) / 2 + lane;
	const channel = nearestChannel(grid.channels, sy, ty) + lane;
	const points: [number, number][] = [
		[fromX, sy],
		[startGap, sy],
		[startGap, channel],
		[endGap, channel],
		[endGap, ty],
		[toX, ty],
	];
	return roundedPath(points, Math.min(8, grid.columnGap / 4));
}

/** The channel that makes the shortest run, the one nearest the target's row among equals. */
function nearestChannel(channels: readonly number[], sy: number, ty: number): number {
	let best = channels[0] ?? ty;
	let bestCost = Number.POSITIVE_INFINITY;
	for (const channel of channels) {
		const cost = Math.abs(channel - sy) + Math.abs(ty - channel) + Math.abs(ty - channel) / 1000;
		if (cost < bestCost) {
			best = channel;
			bestCost = cost;
		}
	}
	return best;
}

/** Straight runs between the points, each corner rounded with a radius of at most `radius`. */
function roundedPath(points: readonly [number, number][], radius: number): string {
	const [first, ...rest] = points;
	let d = `M${first![0]},${first![1]}`;
	for (let index = 0; index < rest.length - 1; index++) {
		const [px, py] = index === 0 ? first! : rest[index - 1]!;
		const [cx, cy] = rest[index]!;
		const [nx, ny] = rest[index + 1]!;
		const r = Math.min(radius, Math.hypot(cx - px, cy - py) / 2, Math.hypot(nx - cx, ny - cy) / 2);
		const inX = cx - Math.sign(cx - px) * r;
		const inY = cy - Math.sign(cy - py) * r;
		const outX = cx + Math.sign(nx - cx) * r;
		const outY = cy + Math.sign(ny - cy) * r;
		d += ` L${inX},${inY} Q${cx},${cy} ${outX},${outY}`;
	}
	const last = rest[rest.length - 1]!;
	return `${d} L${last[0]},${last[1]}`;
}
