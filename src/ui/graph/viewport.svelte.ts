// Pan and zoom of the graph picture: the view transform, fitting it to the laid-out nodes, and the wheel and
// key gestures that move it. ForceGraph owns the layout and the pointer gestures that drag nodes or the view.

/** The translation (from the canvas centre) and scale that the picture's nodes are drawn with. */
export interface View {
	x: number;
	y: number;
	k: number;
}

export interface ViewportSource {
	width(): number;
	height(): number;
	/** The laid-out node positions, to fit the view to. */
	points(): Iterable<{ x: number; y: number }>;
}

export class GraphViewport {
	view: View = $state({ x: 0, y: 0, k: 1 });
	/** Once the reader pans or zooms, the view stops fitting itself to the layout. */
	userMoved = false;

	constructor(private readonly source: ViewportSource) {}

	fit(): void {
		const width = this.source.width();
		const height = this.source.height();
		let minX = Infinity;
		let minY = Infinity;
		let maxX = -Infinity;
		let maxY = -Infinity;
		for (const { x, y } of this.source.points()) {
			minX = Math.min(minX, x);
			minY = Math.min(minY, y);
			maxX = Math.max(maxX, x);
			maxY = Math.max(maxY, y);
		}
		if (!Number.isFinite(minX)) return;
		const k = Math.min(1.5, (width - 60) / Math.max(1, maxX - minX), (height - 60) / Math.max(1, maxY - minY));
		this.view = { k: Math.max(0.1, k), x: (-(minX + maxX) / 2) * Math.max(0.1, k), y: (-(minY + maxY) / 2) * Math.max(0.1, k) };
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
	 * The canvas's keys: arrows pan (only while the canvas itself has focus, not a node), + and - zoom, 0 fits
	 * the view again. Returns whether the key was one of them.
	 */
	handleKey(key: string, canvasFocused: boolean): boolean {
		const step = 40;
		const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
		const move = moves[key];
		if (move && canvasFocused) this.panTo(this.view.x + move[0], this.view.y + move[1]);
		else if (key === "+" || key === "=") this.zoomBy(1.25);
		else if (key === "-") this.zoomBy(0.8);
		else if (key === "0") {
			this.userMoved = false;
			this.fit();
		} else return false;
		return true;
	}
}
