/**
 * Options of a `concept-map` code block, one `key: value` per line:
 *   center: Memory Management     (default: the note holding the block)
 *   depth: 2                      (1 to 3, default 1)
 *   direction: both               (out, in or both, default both)
 * Lines starting with `#` are comments. Errors name their line.
 */
import type { Direction } from "./queries";

export interface ConceptMapOptions {
	center: string | null;
	depth: number;
	direction: Direction;
}

export type ConceptMapParse = { ok: true; options: ConceptMapOptions } | { ok: false; errors: string[] };

const DIRECTIONS: Record<string, Direction> = { out: "out", outgoing: "out", in: "in", incoming: "in", both: "both" };

export function parseConceptMapOptions(source: string): ConceptMapParse {
	const options: ConceptMapOptions = { center: null, depth: 1, direction: "both" };
	const errors: string[] = [];
	source.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trim();
		if (line === "" || line.startsWith("#")) return;
		const pair = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
		if (!pair) {
			errors.push(`Line ${index + 1}: expected 'option: value', found '${line}'.`);
			return;
		}
		const key = pair[1]!.toLowerCase();
		const value = pair[2]!.trim().replace(/^\[\[(.*)\]\]$/, "$1");
		if (key === "center" || key === "centre") {
			if (value === "") errors.push(`Line ${index + 1}: center needs a note name.`);
			else options.center = value;
		} else if (key === "depth") {
			const depth = Number(value);
			if (!Number.isInteger(depth) || depth < 1 || depth > 3) errors.push(`Line ${index + 1}: depth must be 1, 2 or 3, not '${value}'.`);
			else options.depth = depth;
		} else if (key === "direction") {
			const direction = DIRECTIONS[value.toLowerCase()];
			if (!direction) errors.push(`Line ${index + 1}: direction must be out, in or both, not '${value}'.`);
			else options.direction = direction;
		} else {
			errors.push(`Line ${index + 1}: unknown option '${pair[1]}' (use center, depth or direction).`);
		}
	});
	return errors.length > 0 ? { ok: false, errors } : { ok: true, options };
}
