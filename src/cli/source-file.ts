/**
 * A program file's bytes as python3's tokenizer decodes them: a UTF-8 BOM skipped, a PEP 263 coding declaration on
 * its first or second line obeyed, UTF-8 otherwise. What python3 refuses before running anything (undecodable bytes,
 * an unknown encoding, a null byte) is its SyntaxError report, which `pymem run` prints as python3 does.
 */
export type DecodedSource = { source: string } | { refused: string };

const BOM = [0xef, 0xbb, 0xbf];
const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT = /^[ \t\f]*(?:#.*)?$/;

export function decodeSourceFile(bytes: Uint8Array, path: string): DecodedSource {
	const hasBom = BOM.every((b, i) => bytes[i] === b);
	const body = hasBom ? bytes.subarray(3) : bytes;
	const encoding = declaredEncoding(body);
	let source: string;
	if (encoding === null || isUtf8(encoding)) {
		try {
			source = new TextDecoder("utf-8", { fatal: true }).decode(body);
		} catch {
			return { refused: nonUtf8Report(body, path) };
		}
	} else if (isLatin1(encoding)) {
		source = Array.from(body, (b) => String.fromCharCode(b)).join("");
	} else {
		try {
			source = new TextDecoder(encoding, { fatal: true }).decode(body);
		} catch {
			return { refused: `SyntaxError: encoding problem: ${encoding}\n` };
		}
	}
	const nul = source.indexOf("\0");
	if (nul >= 0) return { refused: nullByteReport(source, nul, path) };
	return { source };
}

/** The encoding a coding declaration names on line 1, or on line 2 after a blank or comment line 1. */
function declaredEncoding(bytes: Uint8Array): string | null {
	const head = Array.from(bytes.subarray(0, 400), (b) => String.fromCharCode(b)).join("");
	const [first = "", second = ""] = head.split(/\r?\n|\r/, 2);
	const found = COOKIE.exec(first) ?? (BLANK_OR_COMMENT.test(first) ? COOKIE.exec(second) : null);
	return found ? found[1]! : null;
}

function normalized(encoding: string): string {
	return encoding.toLowerCase().replace(/_/g, "-");
}

function isUtf8(encoding: string): boolean {
	const name = normalized(encoding);
	return name === "utf-8" || name === "utf8" || name.startsWith("utf-8-");
}

function isLatin1(encoding: string): boolean {
	return ["latin-1", "latin1", "iso-8859-1", "iso8859-1", "iso-latin-1", "l1"].some((name) => normalized(encoding) === name || normalized(encoding).startsWith(`${name}-`));
}

/** The tokenizer's report of the first byte that is not UTF-8, on its line. */
function nonUtf8Report(bytes: Uint8Array, path: string): string {
	let line = 1;
	for (let i = 0; i < bytes.length; i++) {
		const width = utf8SequenceLength(bytes, i);
		if (width === 0) {
			const hex = bytes[i]!.toString(16).padStart(2, "0");
			return `SyntaxError: Non-UTF-8 code starting with '\\x${hex}' in file ${path} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`;
		}
		if (bytes[i] === 0x0a) line++;
		i += width - 1;
	}
	return `SyntaxError: Non-UTF-8 code in file ${path}\n`;
}

/** How many bytes the well-formed UTF-8 sequence at `i` takes, or 0 when it is not one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
	const lead = bytes[i]!;
	const width = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
	if (width <= 1) return width;
	try {
		new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i, i + width));
		return width;
	} catch {
		return 0;
	}
}

/** "source code cannot contain null bytes", under the line holding it (shown up to the null byte). */
function nullByteReport(source: string, at: number, path: string): string {
	const before = source.slice(0, at);
	const line = before.split("\n").length;
	const text = before.slice(before.lastIndexOf("\n") + 1).trim();
	return `  File "${path}", line ${line}\n    ${text}\nSyntaxError: source code cannot contain null bytes\n`;
}
