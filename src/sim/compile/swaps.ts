// CPython 3.11's peephole treatment of SWAP (flowgraph's swaptimize and apply_static_swaps), applied to the SWAPs a
// match statement emits. It decides the order captured names are stored in (`case [a, b]` stores a then b with no
// SWAP left; a SWAP before STORE_FAST/POP_TOP becomes a reordering of those instructions), so the moment each old
// value of a name is released, and with it any __del__, follows CPython. Instructions only change places or turn
// into NOPs, so every jump target stays valid.
import { Op } from "./code";
import type { CodeUnit } from "./unit";

const JUMPS = new Set<number>([
	Op.JUMP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE,
	Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER, Op.SETUP_FINALLY, Op.SETUP_CLEANUP, Op.SETUP_WITH,
	Op.WITH_EXCEPT,
]);

/** Only these may be reordered: no control flow, no arbitrary code (finalizers aside), and they pop the top. */
function swappable(op: Op): boolean {
	return op === Op.STORE_FAST || op === Op.POP_TOP;
}

function opAt(u: CodeUnit, i: number): Op {
	return u.ops[i] as Op;
}

export function optimizeSwaps(u: CodeUnit, from: number, swaps: readonly number[]): void {
	if (swaps.length === 0) return;
	// A jump target starts a basic block; the optimizer never looks across one.
	const blockStarts = new Set<number>();
	for (let i = 0; i < u.ops.length; i++) if (JUMPS.has(u.ops[i]!)) blockStarts.add(u.args[i]!);
	const endsBlock = (i: number) => i >= u.ops.length || blockStarts.has(i);
	let done = from;
	for (const at of swaps) {
		if (at < done || opAt(u, at) !== Op.SWAP) continue;
		const last = swaptimize(u, at, endsBlock);
		applyStaticSwaps(u, last, endsBlock, blockStarts);
		done = last + 1;
	}
}

/** Rewrite a run of SWAPs (and NOPs) as the fewest SWAPs with the same effect; returns the run's last index. */
function swaptimize(u: CodeUnit, start: number, endsBlock: (i: number) => boolean): number {
	let depth = u.args[start]!;
	let len = 1;
	let more = false;
	for (; !endsBlock(start + len); len++) {
		const op = opAt(u, start + len);
		if (op === Op.SWAP) {
			depth = Math.max(depth, u.args[start + len]!);
			more = true;
		} else if (op !== Op.NOP) break;
	}
	if (!more) return start;
	const VISITED = -1;
	const stack = Array.from({ length: depth }, (_, i) => i);
	for (let i = 0; i < len; i++) {
		if (opAt(u, start + i) !== Op.SWAP) continue;
		const arg = u.args[start + i]!;
		const top = stack[0]!;
		stack[0] = stack[arg - 1]!;
		stack[arg - 1] = top;
	}
	// Shuffle by walking each cycle of the permutation, writing the SWAPs from the end of the run.
	let current = len - 1;
	for (let i = 0; i < depth; i++) {
		if (stack[i] === VISITED || stack[i] === i) continue;
		let j = i;
		for (;;) {
			if (j) {
				u.ops[start + current] = Op.SWAP;
				u.args[start + current--] = j + 1;
			}
			if (stack[j] === VISITED) break;
			const next = stack[j]!;
			stack[j] = VISITED;
			j = next;
		}
	}
	while (current >= 0) u.ops[start + current--] = Op.NOP;
	return start + len - 1;
}

function nextSwappable(u: CodeUnit, i: number, line: number, endsBlock: (i: number) => boolean): number {
	while (!endsBlock(++i)) {
		// Reordering across a line would change which names are bound when a line event is seen.
		if (line >= 0 && u.lines[i] !== line) return -1;
		if (opAt(u, i) === Op.NOP) continue;
		return swappable(opAt(u, i)) ? i : -1;
	}
	return -1;
}

/** Apply SWAPs by exchanging the instructions that consume the items instead (SWAP 2; POP_TOP; STORE_FAST x). */
function applyStaticSwaps(u: CodeUnit, i: number, endsBlock: (i: number) => boolean, blockStarts: Set<number>): void {
	for (; i >= 0; i--) {
		const op = opAt(u, i);
		if (op !== Op.SWAP) {
			if (op !== Op.NOP && !swappable(op)) return;
			if (blockStarts.has(i)) return;
			continue;
		}
		const j = nextSwappable(u, i, -1, endsBlock);
		if (j < 0) return;
		let k = j;
		for (let count = u.args[i]! - 1; count > 0; count--) {
			k = nextSwappable(u, k, u.lines[j]!, endsBlock);
			if (k < 0) return;
		}
		u.ops[i] = Op.NOP;
		exchange(u, j, k);
		if (blockStarts.has(i)) return;
	}
}

function exchange(u: CodeUnit, j: number, k: number): void {
	for (const column of [u.ops, u.args, u.lines, u.locations] as unknown[][]) {
		const t = column[j];
		column[j] = column[k];
		column[k] = t;
	}
}
