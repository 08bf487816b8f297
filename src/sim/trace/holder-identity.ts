// When two states' holders of an object are the same holder: what a step's events are the difference of.
import type { ReferenceHolder } from "./types";

export const NO_HOLDERS: readonly ReferenceHolder[] = [];

function sameHolder(a: ReferenceHolder, b: ReferenceHolder): boolean {
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
