// TextIOWrapper's pending writes (textio.c's pending_bytes): python3 writing to a pipe or a file keeps what
// sys.stdout is given until 8192 bytes are waiting, holding each ASCII str itself (an encoded copy of any other),
// in a list once there are two pieces. So a str just printed has one more reference until the buffer is flushed,
// and the list counts in gc.get_count(). sys.stderr is line-buffered: a piece with a newline flushes it.
// What the BufferedWriter below writes to the OS is handed to the host (RunOptions.onOsWrite) as it goes, so a
// host writing both streams to one pipe interleaves them as python3 does.
import type { PyObject } from "../heap/object";
import type { PyTextStream } from "../heap/text-streams";
import { LIST_FREE_LIST } from "../heap/gc-kinds";
import type { VM } from "../vm/vm";
import { utf8Length } from "../runtime/codepoints";
import { STREAM_BUFFER_HOLDER } from "../trace/types";

/** textio.c's chunk_size: the most bytes the pending list gathers before it is written out. */
const CHUNK_SIZE = 8192;

const HELD = STREAM_BUFFER_HOLDER;

/** The BufferedWriter's buffer_size under each stream: io.open takes the pipe's st_blksize. */
const BUFFER_SIZE = 4096;

/**
 * What a stream has not written out yet: each piece's str when the buffer holds it, else null, and the bytes;
 * `buffered` is what the BufferedWriter below it holds. `text` and `bufferedText` are the same writes' text not
 * yet handed to the OS (sendWaitingText may hand it over early, leaving the counts as they are).
 */
export interface PendingWrites {
	pieces: (PyObject | null)[];
	bytes: number;
	text: string;
	buffered: number;
	bufferedText: string;
}

function pendingOf(vm: VM, stream: PyTextStream): PendingWrites {
	let pending = vm.pendingWrites.get(stream);
	if (!pending) vm.pendingWrites.set(stream, (pending = { pieces: [], bytes: 0, text: "", buffered: 0, bufferedText: "" }));
	return pending;
}

/**
 * _bufferedwriter_raw_write: `text` goes to the OS (the host is told) through a memoryview over its bytes (a
 * managed buffer and the view, two GC objects freed once written), so a write can start an automatic collection.
 */
function rawWrite(vm: VM, stream: PyTextStream, text: string): void {
	vm.handToOs(stream.outputStream, text);
	vm.heap.countUnbuiltAllocation();
	vm.heap.countUnbuiltAllocation();
	vm.heap.countUnbuiltFree();
	vm.heap.countUnbuiltFree();
}

/** bufferedwriter_write of `bytes`: kept when they fit, else the buffer is written out, then anything larger than it. */
function writeToBuffer(vm: VM, stream: PyTextStream, pending: PendingWrites, bytes: number, text: string): void {
	if (pending.buffered + bytes <= BUFFER_SIZE) {
		pending.buffered += bytes;
		pending.bufferedText += text;
		return;
	}
	if (pending.buffered > 0) rawWrite(vm, stream, pending.bufferedText);
	pending.buffered = bytes;
	pending.bufferedText = text;
	if (bytes > BUFFER_SIZE) {
		rawWrite(vm, stream, text);
		pending.buffered = 0;
		pending.bufferedText = "";
	}
}

/**
 * textiowrapper_write's buffering of one piece: `str` is the str object written (held when it is ASCII, as the
 * encoder's fast path keeps it), or null when it is one pymem does not build.
 */
export function bufferWrite(vm: VM, stream: PyTextStream, text: string, str: PyObject | null): void {
	const pending = pendingOf(vm, stream);
	const bytes = utf8Length(text);
	if (pending.bytes + bytes > CHUNK_SIZE) flushPending(vm, stream, false);
	// The second piece turns the pending str into a list of both (PyList_New(2)); later ones are appended.
	if (pending.pieces.length === 1) vm.heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
	const held = str !== null && bytes === text.length ? str : null;
	if (held) vm.heap.hold(held, HELD);
	pending.pieces.push(held);
	pending.bytes += bytes;
	pending.text += text;
	const lineBuffered = stream.streamName === "<stderr>" && /[\n\r]/.test(text);
	if (pending.bytes >= CHUNK_SIZE || lineBuffered) flushPending(vm, stream, lineBuffered);
}

/**
 * _textiowrapper_writeflush: the pieces are joined and given to the BufferedWriter, their list (if any) freed
 * first; `flushBuffer` (flush(), or a line-buffered stream's newline) then has the buffer written out.
 */
export function flushPending(vm: VM, stream: PyTextStream, flushBuffer = true): void {
	const pending = vm.pendingWrites.get(stream);
	if (!pending) return;
	const { pieces, bytes, text } = pending;
	if (pieces.length > 0) {
		pending.pieces = [];
		pending.bytes = 0;
		pending.text = "";
		for (const piece of pieces) if (piece) vm.heap.release(piece, HELD);
		if (pieces.length > 1) vm.heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
		writeToBuffer(vm, stream, pending, bytes, text);
	}
	if (flushBuffer && pending.buffered > 0) {
		rawWrite(vm, stream, pending.bufferedText);
		pending.buffered = 0;
		pending.bufferedText = "";
	}
}

/**
 * Hands what `stream` holds to the OS where python3 writes it out and the model does not flush: flush_io and
 * flush_std_files flushing pymem's own streams, and the reports pymem writes to stderr itself, which python3
 * writes through line-buffered sys.stderr. The pieces stay held and counted, as the model's buffer is not
 * flushed at exit (no program can see it); only their text goes, so it is not handed over twice.
 */
export function sendWaitingText(vm: VM, stream: PyTextStream): void {
	const pending = vm.pendingWrites.get(stream);
	if (!pending) return;
	vm.handToOs(stream.outputStream, pending.bufferedText + pending.text);
	pending.bufferedText = "";
	pending.text = "";
}
