// When two states' holders of an object are the same holder: what a step's events are the difference of.
import type { ReferenceHolder } from "./types";

export const NO_HOLDERS: readonly ReferenceHolder[] = [];

export function sameHolder(a: ReferenceHolder, b: ReferenceHolder): boolean {
	// A holder an unchanged object makes is the same object in every state the reader builds (ShownObject).
	if (a === b) return true;
	switch (a.kind) {
		case "name":
			return b.kind === "name" && a.frame === b.frame && a.name === b.name;
		case "slot":
			return b.kind === "slot" && a.owner === b.owner && a.label === b.label;
		case "stack":
			return b.kind === "stack" && a.frame === b.frame && a.depth === b.depth;
		default:
			return b.kind === "internal" && a.label === b.label;
	}
}

export function sameHolders(a: readonly ReferenceHolder[], b: readonly ReferenceHolder[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (!sameHolder(a[i]!, b[i]!)) return false;
	return true;
}

/** How the trace labels __main__'s globals once no module frame shows them as names (InternalHolderWriter). */
export const CLOSED_MODULE_GLOBAL = /^global (.+) of __main__$/;

/**
 * How the trace labels what a release in progress has not let go of yet (InternalHolderWriter.addReleasing): an
 * object's dealloc, the collector's tp_clear or a removal from a container, with the owner's id, or a frame
 * being cleared, with its function's qualified name.
 */
export const OBJECT_RELEASING = /^(references of freed|references of cleared|removed from) \S+#(\d+)$/;
export const FRAME_RELEASING = /^frame of (.+) being cleared$/;

/**
 * The holders of `list` from index `from` by key, a key's second and later holders numbered (a dict that holds
 * one object as two entries' values holds it twice under the label "value"): each of them is a reference.
 */
export function keyedHolders(list: readonly ReferenceHolder[], from = 0): Map<string, ReferenceHolder> {
	const keyed = new Map<string, ReferenceHolder>();
	const seen = new Map<string, number>();
	for (let i = from; i < list.length; i++) {
		const h = list[i]!;
		const key = holderKey(h);
		const n = (seen.get(key) ?? 0) + 1;
		seen.set(key, n);
		// No label holds a NUL.
		keyed.set(n === 1 ? key : `${key}\u0000${n}`, h);
	}
	return keyed;
}

/**
 * How many holders two lists of an object's holders begin with alike. Their keys (keyedHolders) past those number
 * each holder's repeats alike in both lists, so comparing the rest finds the same differences. Slots come first
 * in a list, in their owners' order, then the frames' holders, bottom frame first: over an object many others
 * hold (a class each instance holds, a function a deep recursion runs in every frame) a step's difference is past them.
 */
export function commonHolderPrefix(a: readonly ReferenceHolder[], b: readonly ReferenceHolder[]): number {
	let n = 0;
	while (n < a.length && n < b.length && sameHolder(a[n]!, b[n]!)) n++;
	return n;
}

/** A holder as a key, equal for the same holder in two states. */
export function holderKey(h: ReferenceHolder): string {
	switch (h.kind) {
		case "name":
			return `n${h.frame}:${h.name}`;
		case "slot":
			return `s${h.owner}:${h.label}`;
		case "stack":
			return `k${h.frame}:${h.depth}`;
		default:
			return `i${h.label}`;
	}
}
