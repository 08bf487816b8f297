/** Link paths and note paths as resolution reads them: extension, folder, file name, lowercased forms. */

export function stripExtension(path: string): string {
	const length = path.length;
	if (length < 3 || path.charCodeAt(length - 3) !== 46 /* . */) return path;
	const ext = path.slice(length - 2).toLowerCase();
	return ext === "md" ? path.slice(0, length - 3) : path;
}

/** Whether text[start, end) ends with `.md` in any case, as stripExtension reads it. */
export function endsWithMd(text: string, start: number, end: number): boolean {
	// `| 32` lowercases an ASCII letter; no other character lowercases to `m` or `d`.
	return end - start >= 3 && text.charCodeAt(end - 3) === 46 /* . */ && (text.charCodeAt(end - 2) | 32) === 109 /* m */ && (text.charCodeAt(end - 1) | 32) === 100; /* d */
}

export function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

export function basenameOf(linkpath: string): string {
	return linkpath.slice(linkpath.lastIndexOf("/") + 1);
}

/** basenameOf(stripExtension(path)), made as one slice: the resolver asks it of every note it adds. */
export function fileNameOf(path: string): string {
	const end = endsWithMd(path, 0, path.length) ? path.length - 3 : path.length;
	return path.slice(path.lastIndexOf("/", end - 1) + 1, end);
}

/** A link path as resolution compares it: lowercased, without `.md`. */
export function lowerStem(linkpath: string): string {
	return stripExtension(linkpath).toLowerCase();
}

/** The key under which a link path or alias is indexed: its last segment, lowercased. */
export function resolutionKey(linkpath: string): string {
	return basenameOf(stripExtension(linkpath)).toLowerCase();
}

export function segmentCount(path: string): number {
	let count = 1;
	for (let slash = path.indexOf("/"); slash >= 0; slash = path.indexOf("/", slash + 1)) count++;
	return count;
}

/** Collapses `.` and `..` segments; null when `..` climbs above the vault root. */
export function normalizePath(path: string): string | null {
	const parts: string[] = [];
	for (const part of path.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else parts.push(part);
	}
	return stripExtension(parts.join("/"));
}

/**
 * `(...)` after a markdown link's text: a destination may hold balanced parentheses (`Closures (Python).md`), one
 * level deep as notes write them. The other modules that read past a link use it too.
 */
export const LINK_DESTINATION = String.raw`\((?:[^()\n]|\([^()\n]*\))*\)`;
