// setIcon for the preview: a handful of Lucide-style icons drawn with SVG elements (never markup strings).
// Any other icon id falls back to a text label, so a missing icon is visible rather than silently blank.

type Shape = [tag: string, attrs: Record<string, string>];

const ICONS: Record<string, Shape[]> = {
	play: [["polygon", { points: "6 3 20 12 6 21 6 3" }]],
	pause: [
		["rect", { x: "14", y: "4", width: "4", height: "16", rx: "1" }],
		["rect", { x: "6", y: "4", width: "4", height: "16", rx: "1" }],
	],
	"skip-forward": [
		["polygon", { points: "5 4 15 12 5 20 5 4" }],
		["line", { x1: "19", x2: "19", y1: "5", y2: "19" }],
	],
	"skip-back": [
		["polygon", { points: "19 20 9 12 19 4 19 20" }],
		["line", { x1: "5", x2: "5", y1: "19", y2: "5" }],
	],
	"chevron-right": [["path", { d: "m9 18 6-6-6-6" }]],
	"chevron-left": [["path", { d: "m15 18-6-6 6-6" }]],
	"rotate-ccw": [
		["path", { d: "M3 12a9 9 0 1 0 9-9 9.75 9.75 0 0 0-6.74 2.74L3 8" }],
		["path", { d: "M3 3v5h5" }],
	],
	x: [
		["path", { d: "M18 6 6 18" }],
		["path", { d: "m6 6 12 12" }],
	],
	search: [
		["circle", { cx: "11", cy: "11", r: "8" }],
		["path", { d: "m21 21-4.3-4.3" }],
	],
	sun: [
		["circle", { cx: "12", cy: "12", r: "4" }],
		["path", { d: "M12 2v2M12 20v2M4.93 4.93l1.41 1.41M17.66 17.66l1.41 1.41M2 12h2M20 12h2M6.34 17.66l-1.41 1.41M19.07 4.93l-1.41 1.41" }],
	],
	moon: [["path", { d: "M12 3a6 6 0 0 0 9 9 9 9 0 1 1-9-9Z" }]],
	terminal: [
		["polyline", { points: "4 17 10 11 4 5" }],
		["line", { x1: "12", x2: "20", y1: "19", y2: "19" }],
	],
	"file-text": [
		["path", { d: "M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z" }],
		["path", { d: "M14 2v4a2 2 0 0 0 2 2h4M10 9H8M16 13H8M16 17H8" }],
	],
	"git-fork": [
		["circle", { cx: "12", cy: "18", r: "3" }],
		["circle", { cx: "6", cy: "6", r: "3" }],
		["circle", { cx: "18", cy: "6", r: "3" }],
		["path", { d: "M18 9v2c0 .6-.4 1-1 1H7c-.6 0-1-.4-1-1V9M12 12v3" }],
	],
	cpu: [
		["rect", { x: "4", y: "4", width: "16", height: "16", rx: "2" }],
		["rect", { x: "9", y: "9", width: "6", height: "6" }],
		["path", { d: "M15 2v2M15 20v2M2 15h2M2 9h2M20 15h2M20 9h2M9 2v2M9 20v2" }],
	],
	settings: [
		["circle", { cx: "12", cy: "12", r: "3" }],
		["path", { d: "M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1" }],
	],
	"panel-right": [
		["rect", { x: "3", y: "3", width: "18", height: "18", rx: "2" }],
		["path", { d: "M15 3v18" }],
	],
};

const SVG_NS = "http://www.w3.org/2000/svg";

export function getIconIds(): string[] {
	return Object.keys(ICONS);
}

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.replaceChildren();
	const shapes = ICONS[iconId];
	if (!shapes) {
		parent.createSpan({ cls: "preview-icon-fallback", text: iconId });
		return;
	}
	const svg = document.createElementNS(SVG_NS, "svg");
	const attrs: Record<string, string> = {
		xmlns: SVG_NS,
		width: "24",
		height: "24",
		viewBox: "0 0 24 24",
		fill: "none",
		stroke: "currentColor",
		"stroke-width": "2",
		"stroke-linecap": "round",
		"stroke-linejoin": "round",
		class: `svg-icon lucide-${iconId}`,
		"aria-hidden": "true",
	};
	for (const [name, value] of Object.entries(attrs)) svg.setAttribute(name, value);
	for (const [tag, shapeAttrs] of shapes) {
		const shape = document.createElementNS(SVG_NS, tag);
		for (const [name, value] of Object.entries(shapeAttrs)) shape.setAttribute(name, value);
		svg.appendChild(shape);
	}
	parent.appendChild(svg);
}
