// TextIOWrapper's pending writes (textio.c's pending_bytes): python3 writing to a pipe or a file keeps what
// sys.stdout is given until 8192 bytes are waiting, holding each ASCII str itself (an encoded copy of any other),
// in a list once there are two pieces. So a str just printed has one more reference until the buffer is flushed,
// and the list counts in gc.get_count(). sys.stderr is line-buffered: a piece with a newline flushes it.
import type { PyObject } from "../heap/object";
import type { PyTextStream } from "../heap/text-streams";
import { LIST_FREE_LIST } from "../heap/gc-kinds";
import type { VM } from "../vm/vm";
import { utf8Length } from "../runtime/codepoints";

/** textio.c's chunk_size: the most bytes the pending list gathers before it is written out. */
const CHUNK_SIZE = 8192;

const HELD = "text waiting in the stream's write buffer";

/** What a stream has not written out yet: each piece's str when the buffer holds it, else null, and the bytes. */
export interface PendingWrites {
	pieces: (PyObject | null)[];
	bytes: number;
}

function pendingOf(vm: VM, stream: PyTextStream): PendingWrites {
	let pending = vm.pendingWrites.get(stream);
	if (!pending) vm.pendingWrites.set(stream, (pending = { pieces: [], bytes: 0 }));
	return pending;
}

/**
 * textiowrapper_write's buffering of one piece: `str` is the str object written (held when it is ASCII, as the
 * encoder's fast path keeps it), or null when it is one pymem does not build.
 */
export function bufferWrite(vm: VM, stream: PyTextStream, text: string, str: PyObject | null): void {
	const pending = pendingOf(vm, stream);
	const bytes = utf8Length(text);
	if (pending.bytes + bytes > CHUNK_SIZE) flushPending(vm, stream);
	// The second piece turns the pending str into a list of both (PyList_New(2)); later ones are appended.
	if (pending.pieces.length === 1) vm.heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
	const held = str !== null && bytes === text.length ? str : null;
	if (held) vm.heap.hold(held, HELD);
	pending.pieces.push(held);
	pending.bytes += bytes;
	const lineBuffered = stream.streamName === "<stderr>" && /[\n\r]/.test(text);
	if (pending.bytes >= CHUNK_SIZE || lineBuffered) flushPending(vm, stream);
}

/** _textiowrapper_writeflush: the pieces are joined and written, their list (if any) freed with them. */
export function flushPending(vm: VM, stream: PyTextStream): void {
	const pending = vm.pendingWrites.get(stream);
	if (!pending || pending.pieces.length === 0) return;
	const { pieces } = pending;
	pending.pieces = [];
	pending.bytes = 0;
	for (const piece of pieces) if (piece) vm.heap.release(piece, HELD);
	if (pieces.length > 1) vm.heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
}
