// Pan and zoom of the graph picture: the view transform, fitting it to the laid-out nodes, and the wheel and
// key gestures that move it. ForceGraph owns the layout and the pointer gestures that drag nodes or the view.

export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * The least zoom a fit may choose, as a share of the zoom that fits the nodes alone: in a narrow canvas,
 * making room for every long name would shrink the map to a dot. Names that then do not fit are placed
 * inward or wait for hover (label-placement.ts keeps them inside the canvas).
 */
const NAMES_MAY_SHRINK_TO = 0.7;

/** The translation (from the canvas centre) and scale that the picture's nodes are drawn with. */
export interface View {
	x: number;
	y: number;
	k: number;
}

export interface ViewportSource {
	width(): number;
	height(): number;
	/** Each laid-out node's box, in layout units. */
	nodes(): Iterable<Box>;
	/**
	 * The boxes of the names drawn at zoom `scale`: names keep their size on screen, so these depend on it.
	 * With a `frame` (layout units), names are placed inside it, as the canvas draws them.
	 */
	names(scale: number, frame?: Box): Iterable<Box>;
}

export class GraphViewport {
	view: View = $state({ x: 0, y: 0, k: 1 });
	/** Once the reader pans or zooms, the view stops fitting itself to the layout. */
	userMoved = false;

	constructor(private readonly source: ViewportSource) {}

	/**
	 * Fits the nodes and their names into the canvas with a 30 px margin, at most 1.5x. Names do not zoom,
	 * so the room they take in layout units depends on the zoom being chosen: a few rounds settle it.
	 */
	fit(): void {
		const nodes = bounds(this.source.nodes());
		if (!nodes) return;
		const nodesOnly = this.scaleFor(nodes);
		let k = nodesOnly;
		let drawn = nodes;
		for (let round = 0; round < 6; round++) {
			drawn = union(nodes, bounds(this.source.names(k)));
			const next = this.scaleFor(drawn);
			const settled = Math.abs(next - k) < 1e-3;
			k = next;
			if (settled) break;
		}
		// When names would shrink the map too far, centre the nodes and let the names find room inside: those
		// beside the map go under, over or beside their concept, inward. That room is there at more than the
		// least zoom allowed, which left a narrow canvas wide margins: take the largest zoom (a few halvings
		// between the least and the nodes' own fit) that names every concept the least zoom names.
		if (k < nodesOnly * NAMES_MAY_SHRINK_TO) {
			drawn = nodes;
			const namedAt = (scale: number) => count(this.source.names(scale, this.frameOf(centredOn(nodes, scale))));
			let low = nodesOnly * NAMES_MAY_SHRINK_TO;
			let high = nodesOnly;
			const wanted = namedAt(low);
			if (namedAt(high) >= wanted) low = high;
			else {
				for (let round = 0; round < 4; round++) {
					const middle = (low + high) / 2;
					if (namedAt(middle) >= wanted) low = middle;
					else high = middle;
				}
			}
			k = low;
		}
		this.view = centredOn(drawn, k);
	}

	/** What `view` shows of the layout, 4 px in from the canvas's edges, where names are kept. */
	private frameOf(view: View): Box {
		const halfWidth = this.source.width() / 2 - 4;
		const halfHeight = this.source.height() / 2 - 4;
		return { left: (-halfWidth - view.x) / view.k, right: (halfWidth - view.x) / view.k, top: (-halfHeight - view.y) / view.k, bottom: (halfHeight - view.y) / view.k };
	}

	/** The zoom that fits `box` with the margin, within 0.1x and 1.5x. */
	private scaleFor(box: Box): number {
		const fitX = (this.source.width() - 60) / Math.max(1, box.right - box.left);
		const fitY = (this.source.height() - 60) / Math.max(1, box.bottom - box.top);
		return Math.max(0.1, Math.min(1.5, fitX, fitY));
	}

	/** What the canvas shows, in layout units, `inset` screen pixels in from its edges. */
	visibleBox(inset = 0): Box {
		const { x, y, k } = this.view;
		const halfWidth = this.source.width() / 2 - inset;
		const halfHeight = this.source.height() / 2 - inset;
		return { left: (-halfWidth - x) / k, right: (halfWidth - x) / k, top: (-halfHeight - y) / k, bottom: (halfHeight - y) / k };
	}

	/**
	 * Pans the least distance that brings `at` (layout units) `margin` screen pixels inside the canvas: a
	 * concept reached with the arrow keys may lie outside the part of the map on screen.
	 */
	reveal(at: { x: number; y: number }, margin = 40): void {
		const inset = Math.min(margin, this.source.width() / 4, this.source.height() / 4);
		const box = this.visibleBox(inset);
		const dx = at.x < box.left ? box.left - at.x : at.x > box.right ? box.right - at.x : 0;
		const dy = at.y < box.top ? box.top - at.y : at.y > box.bottom ? box.bottom - at.y : 0;
		if (dx !== 0 || dy !== 0) this.panTo(this.view.x + dx * this.view.k, this.view.y + dy * this.view.k);
	}

	zoomBy(factor: number, cx = this.source.width() / 2, cy = this.source.height() / 2): void {
		const width = this.source.width();
		const height = this.source.height();
		const view = this.view;
		this.userMoved = true;
		const k = Math.min(4, Math.max(0.1, view.k * factor));
		const scale = k / view.k;
		// Keep the point under the cursor still.
		const ox = cx - width / 2;
		const oy = cy - height / 2;
		this.view = { k, x: ox - (ox - view.x) * scale, y: oy - (oy - view.y) * scale };
	}

	panTo(x: number, y: number): void {
		this.userMoved = true;
		this.view = { ...this.view, x, y };
	}

	/** Where a pointer at (clientX, clientY) over a canvas at `box` is in layout coordinates. */
	toLayout(clientX: number, clientY: number, box: DOMRect): { x: number; y: number } {
		const view = this.view;
		return {
			x: (clientX - box.left - this.source.width() / 2 - view.x) / view.k,
			y: (clientY - box.top - this.source.height() / 2 - view.y) / view.k,
		};
	}

	/** Zoom with the wheel over `element`; returns the cleanup. Not passive: the page must not scroll meanwhile. */
	listenToWheel(element: SVGSVGElement): () => void {
		const onWheel = (event: WheelEvent) => {
			event.preventDefault();
			const box = element.getBoundingClientRect();
			this.zoomBy(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
		};
		element.addEventListener("wheel", onWheel, { passive: false });
		return () => element.removeEventListener("wheel", onWheel);
	}

	/**
	 * The canvas's keys: arrows pan when `pan` (the canvas itself has focus, or Shift is held: on a concept the
	 * arrows move between concepts), + and - zoom, 0 fits the view again. Returns whether the key was one of them.
	 */
	handleKey(key: string, pan: boolean): boolean {
		const step = 40;
		const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
		const move = moves[key];
		if (move && pan) this.panTo(this.view.x + move[0], this.view.y + move[1]);
		else if (key === "+" || key === "=") this.zoomBy(1.25);
		else if (key === "-") this.zoomBy(0.8);
		else if (key === "0") {
			this.userMoved = false;
			this.fit();
		} else return false;
		return true;
	}
}

/** The view that shows `box` centred at zoom `k`. */
function centredOn(box: Box, k: number): View {
	return { k, x: (-(box.left + box.right) / 2) * k, y: (-(box.top + box.bottom) / 2) * k };
}

function count(items: Iterable<unknown>): number {
	return [...items].length;
}

function bounds(boxes: Iterable<Box>): Box | null {
	let left = Infinity;
	let top = Infinity;
	let right = -Infinity;
	let bottom = -Infinity;
	for (const box of boxes) {
		left = Math.min(left, box.left);
		top = Math.min(top, box.top);
		right = Math.max(right, box.right);
		bottom = Math.max(bottom, box.bottom);
	}
	return Number.isFinite(left) ? { left, top, right, bottom } : null;
}

function union(a: Box, b: Box | null): Box {
	if (!b) return a;
	return { left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) };
}
