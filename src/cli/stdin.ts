/** The process's standard input for a program `pymem run` or `pymem trace` runs, read as the program asks for it. */
import { readSync } from "node:fs";

const CHUNK_BYTES = 65536;

/**
 * A chunk at a time, as UTF-8 (a character split between two reads comes whole in the second), null at the end.
 * A terminal gives a line per read, so a prompt shows before its answer is typed; bad bytes read as U+FFFD.
 */
export function processStdinChunks(): () => string | null {
	const decoder = new TextDecoder("utf-8");
	const buffer = Buffer.alloc(CHUNK_BYTES);
	let ended = false;
	return () => {
		if (ended) return null;
		const read = readBlocking(buffer);
		if (read > 0) return decoder.decode(buffer.subarray(0, read), { stream: true });
		ended = true;
		const rest = decoder.decode();
		return rest || null;
	};
}

/** Bytes read from fd 0, waiting while a non-blocking pipe has none yet; 0 at the end or when there is no stdin. */
function readBlocking(buffer: Buffer): number {
	for (;;) {
		try {
			return readSync(0, buffer, 0, buffer.length, null);
		} catch (e) {
			const code = (e as { code?: string }).code;
			if (code !== "EAGAIN") return 0;
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
		}
	}
}
