// Concept names are placed, and the map fitted, by the room they take on screen. A browser measures them in
// the font the canvas draws them with; without one (jsdom) they are estimated, a third wider than most names.
import { estimatedNodeLabelWidth } from "./label-placement";

/** .pymem-graph-node-label's size in styles.css. */
const NAME_FONT_SIZE = "11px";
/** The halo stroke around a name (3px wide, half of it outside the glyphs) and a pixel for italic ghosts. */
const NAME_INK_MARGIN = 4;

/** How wide each name is drawn in `element`'s font, measured once per name; estimated before it exists. */
export function nameWidths(element: Element | undefined): (name: string) => number {
	const context = element && typeof OffscreenCanvas !== "undefined" ? new OffscreenCanvas(1, 1).getContext("2d") : null;
	if (!element || !context) return estimatedNodeLabelWidth;
	const style = getComputedStyle(element);
	context.font = `${style.fontWeight} ${NAME_FONT_SIZE} ${style.fontFamily}`;
	const widths = new Map<string, number>();
	return (name) => {
		let width = widths.get(name);
		if (width === undefined) {
			width = Math.ceil(context.measureText(name).width) + NAME_INK_MARGIN;
			widths.set(name, width);
		}
		return width;
	};
}
