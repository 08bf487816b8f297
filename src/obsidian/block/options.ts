// The options header of a pymem block: `#| key: value` lines at the top. They are Python comments, so the
// block's source runs unchanged. A bad option becomes a problem naming its line; the block still renders.
import type { PythonProfile } from "../../sim/trace/types";
import { groupThousands } from "../../sim/runtime/thousands";
import { MAX_STEP_LIMIT, PYTHON_PROFILES } from "../../settings";
import { ALL_PANELS, type BlockLayout, type OptionProblem, type PanelName } from "../../ui/block/types";

export interface BlockOptions {
	title?: string;
	python?: PythonProfile;
	maxSteps?: number;
	start?: number | "end";
	autoplay?: boolean;
	panels?: PanelName[];
	layout?: BlockLayout;
	/** What the program reads as its standard input (input(), sys.stdin). */
	stdin?: string;
}

export interface ParsedHeader {
	options: BlockOptions;
	problems: OptionProblem[];
	/** Lines the header takes, so the source pane can dim them. */
	headerLines: number;
}

const PROFILES = Object.keys(PYTHON_PROFILES) as PythonProfile[];

type Setter = (value: string, options: BlockOptions) => string | null;

function parseBoolean(value: string): boolean | null {
	if (/^(true|yes|on)$/i.test(value)) return true;
	if (/^(false|no|off)$/i.test(value)) return false;
	return null;
}

/** Each setter stores the value or returns what is wrong with it. */
const SETTERS: Record<string, Setter> = {
	title(value, options) {
		if (!value) return "title needs some text";
		options.title = value;
		return null;
	},
	python(value, options) {
		const profile = PROFILES.find((known) => known === value);
		if (!profile) return `python must be one of ${PROFILES.join(", ")} (got "${value}")`;
		options.python = profile;
		return null;
	},
	"max-steps"(value, options) {
		if (!/^\d[\d_]*$/.test(value)) return `max-steps must be a whole number (got "${value}")`;
		const steps = Number(value.replace(/_/g, ""));
		if (steps < 1 || steps > MAX_STEP_LIMIT) return `max-steps must be between 1 and ${groupThousands(MAX_STEP_LIMIT)}`;
		options.maxSteps = steps;
		return null;
	},
	start(value, options) {
		if (value === "end") options.start = "end";
		else if (/^\d+$/.test(value)) options.start = Number(value);
		else return `start must be a step number or "end" (got "${value}")`;
		return null;
	},
	autoplay(value, options) {
		const flag = parseBoolean(value);
		if (flag === null) return `autoplay must be true or false (got "${value}")`;
		options.autoplay = flag;
		return null;
	},
	panels(value, options) {
		const names = value.split(/[,\s]+/).filter((name) => name !== "");
		const unknown = names.filter((name) => !(ALL_PANELS as readonly string[]).includes(name));
		if (unknown.length > 0) return `unknown panel ${unknown.map((name) => `"${name}"`).join(", ")}; panels are ${ALL_PANELS.join(", ")}`;
		if (names.length === 0) return `panels needs at least one of ${ALL_PANELS.join(", ")}`;
		options.panels = [...new Set(names as PanelName[])];
		return null;
	},
	layout(value, options) {
		if (value !== "horizontal" && value !== "vertical") return `layout must be horizontal or vertical (got "${value}")`;
		options.layout = value;
		return null;
	},
	stdin(value, options) {
		options.stdin = decodeStdinOption(value);
		return null;
	},
};

/** The stdin option's text: one header line, with `\n` for each line break (`\t` a tab, `\\` a backslash). */
export function decodeStdinOption(value: string): string {
	return value.replace(/\\([nt\\])/g, (_, escaped: string) => (escaped === "n" ? "\n" : escaped === "t" ? "\t" : "\\"));
}

export const OPTION_NAMES = Object.keys(SETTERS);

export function parseBlockHeader(source: string): ParsedHeader {
	const options: BlockOptions = {};
	const problems: OptionProblem[] = [];
	const seen = new Set<string>();
	const lines = source.split("\n");
	let headerLines = 0;
	for (const [index, raw] of lines.entries()) {
		const trimmed = raw.trim();
		if (!trimmed.startsWith("#|")) break;
		headerLines = index + 1;
		const line = index + 1;
		const body = trimmed.slice(2).trim();
		if (body === "") continue;
		const colon = body.indexOf(":");
		if (colon < 0) {
			problems.push({ line, message: `Line ${line}: expected "#| name: value", got "${trimmed}"` });
			continue;
		}
		const key = body.slice(0, colon).trim().toLowerCase();
		const value = body.slice(colon + 1).trim();
		const setter = SETTERS[key];
		if (!setter) {
			problems.push({ line, message: `Line ${line}: unknown option "${key}"; options are ${OPTION_NAMES.join(", ")}` });
			continue;
		}
		if (seen.has(key)) {
			problems.push({ line, message: `Line ${line}: ${key} is set twice; the first value is kept` });
			continue;
		}
		const problem = setter(value, options);
		// An invalid value counts as unset, so a later valid line for the same option still applies.
		if (problem) problems.push({ line, message: `Line ${line}: ${problem}` });
		else seen.add(key);
	}
	return { options, problems, headerLines };
}
