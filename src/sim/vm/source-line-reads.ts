// What CPython 3.11 allocates to show one line of the program under a traceback entry (traceback.c's
// display_source_line_with_margin). It imports io and opens the file: io.open builds FileIO (its `name` goes in
// a new __dict__) and a BufferedReader, then a TextIOWrapper with its incremental decoders, and reads line after
// line up to the one wanted, 8192 bytes at a time. None of these objects outlives the line, but the tuples of
// their constructors' arguments, the decoder's state tuples, the file's dict and the lists end on free lists:
// so the first report after a full collection (which empties those) raises gc.get_count(), and later ones
// reuse what it left. pymem builds none of them; it counts them as CPython allocates and frees them.
import { DICT_FREE_LIST, LIST_FREE_LIST, tupleFreeList } from "../heap/gc-kinds";
import { utf8Length } from "../runtime/codepoints";
import type { VM } from "./vm";

/** textio.c's chunk_size: how many bytes each read of the file asks for. */
const CHUNK_SIZE = 8192;

/** display_source_line_with_margin reading line `lineno` of the program (lines without their newline). */
export function countSourceLineRead(vm: VM, lines: readonly string[], lineno: number): void {
	const heap = vm.heap;
	const tuple = (length: number) => heap.countUnbuiltTupleAllocation(length);
	const freeTuple = (length: number) => heap.countUnbuiltFreeListFree(tupleFreeList(length));
	// PyImport_ImportModule("io") calls __import__ with a new empty fromlist.
	heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
	heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
	// io.open: FileIO(path, "rb", closefd, opener) through a 4-tuple; its name is set in its new __dict__.
	tuple(4);
	heap.countUnbuiltAllocation();
	heap.countUnbuiltFreeListAllocation(DICT_FREE_LIST);
	freeTuple(4);
	// BufferedReader(raw, buffering).
	tuple(2);
	heap.countUnbuiltAllocation();
	freeTuple(2);
	// PyObject_AsFileDescriptor calls the bound fileno, for the tokenizer to look for a coding cookie.
	heap.countUnbuiltAllocation();
	heap.countUnbuiltFree();
	// TextIOWrapper(binary, encoding), whose __init__ makes utf_8.IncrementalDecoder("strict") and wraps it in
	// an IncrementalNewlineDecoder(decoder, translate) while its own arguments are still held.
	tuple(2);
	heap.countUnbuiltAllocation();
	tuple(1);
	heap.countUnbuiltAllocation();
	freeTuple(1);
	tuple(2);
	freeTuple(2);
	// The bound read1 that __init__ looks up to see that the buffer has one.
	heap.countUnbuiltAllocation();
	heap.countUnbuiltFree();
	freeTuple(2);
	countLineReads(vm, lines, lineno);
	// close() and the release of the wrapper: the decoder, the last snapshot, the reader and the file with its dict.
	heap.countUnbuiltFree();
	freeTuple(2);
	heap.countUnbuiltFree();
	heap.countUnbuiltFree();
	heap.countUnbuiltFreeListFree(DICT_FREE_LIST);
	heap.countUnbuiltFree();
}

/**
 * readline() `lineno` times: a chunk is read when the decoded text runs out (textiowrapper_read_chunk), and a
 * line that a chunk boundary cuts in two is gathered in a list of its parts.
 */
function countLineReads(vm: VM, lines: readonly string[], lineno: number): void {
	let offset = 0;
	let chunksRead = 0;
	for (let i = 0; i < lineno && i < lines.length; i++) {
		const end = offset + utf8Length(lines[i]!) + 1;
		const chunksNeeded = Math.ceil(end / CHUNK_SIZE);
		if (chunksNeeded > chunksRead && offset < chunksRead * CHUNK_SIZE) {
			vm.heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
			while (chunksRead < chunksNeeded) countChunkRead(vm, chunksRead++ > 0);
			vm.heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
		} else while (chunksRead < chunksNeeded) countChunkRead(vm, chunksRead++ > 0);
		offset = end;
	}
}

/**
 * One textiowrapper_read_chunk: the decoders' getstate() tuples (the Python one's, then the newline decoder's),
 * read1's memoryview over the new bytes, utf_8_decode's (text, consumed), and the new snapshot tuple, which
 * replaces the previous one (freed once the new one is stored).
 */
function countChunkRead(vm: VM, replacesSnapshot: boolean): void {
	const heap = vm.heap;
	const two = tupleFreeList(2);
	for (let i = 0; i < 2; i++) {
		heap.countUnbuiltFreeListAllocation(two);
		heap.countUnbuiltFreeListFree(two);
	}
	heap.countUnbuiltAllocation();
	heap.countUnbuiltAllocation();
	heap.countUnbuiltFree();
	heap.countUnbuiltFree();
	heap.countUnbuiltFreeListAllocation(two);
	heap.countUnbuiltFreeListFree(two);
	heap.countUnbuiltFreeListAllocation(two);
	if (replacesSnapshot) heap.countUnbuiltFreeListFree(two);
}

/** extract_anchors_from_line parses the span under the carets in a new arena, which keeps its objects in a list. */
export function countCaretSpanParse(vm: VM): void {
	vm.heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
	vm.heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
}
