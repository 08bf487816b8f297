// Frontmatter: the YAML block between "---" lines at the top of a note. The preview reads a subset of
// YAML: `key: value` (strings, numbers, booleans, null), `key: [a, b]`, and `key:` followed by `- item` lines.

function parseScalar(raw: string): unknown {
	const value = raw.trim();
	if (/^(['"]).*\1$/.test(value)) return value.slice(1, -1);
	if (value === "true" || value === "false") return value === "true";
	if (value === "" || value === "null" || value === "~") return null;
	if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
	if (value.startsWith("[") && value.endsWith("]")) {
		const inner = value.slice(1, -1).trim();
		return inner === "" ? [] : inner.split(",").map(parseScalar);
	}
	return value;
}

export function parseFrontmatter(lines: string[]): Record<string, unknown> {
	const result: Record<string, unknown> = {};
	let listKey: string | null = null;
	for (const line of lines) {
		const item = /^\s+-\s*(.*)$|^-\s+(.*)$/.exec(line);
		if (item && listKey !== null) {
			const list = (result[listKey] as unknown[] | null) ?? [];
			list.push(parseScalar(item[1] ?? item[2] ?? ""));
			result[listKey] = list;
			continue;
		}
		const pair = /^([^\s:#][^:]*):(?:\s+(.*))?$/.exec(line);
		if (!pair) continue;
		const key = pair[1]!.trim();
		const rest = pair[2] ?? "";
		if (rest.trim() === "") {
			// A list follows, or the key is empty (null) when none does.
			result[key] = null;
			listKey = key;
		} else {
			result[key] = parseScalar(rest);
			listKey = null;
		}
	}
	return result;
}

/** Returns the frontmatter's last line (the closing ---), or -1 when the note has none. */
export function frontmatterEnd(lines: string[]): number {
	if (lines[0]?.trimEnd() !== "---") return -1;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i]!.trimEnd();
		if (line === "---" || line === "...") return i;
	}
	return -1;
}
