// What a step's events say of why: the cause of a count's change (whose reference it was) and the reason an
// object was freed.
import { classQualname, slotName } from "./names";
import type { GcPhase, HeapObjectView, ReferenceHolder } from "./types";

export function holderCause(h: ReferenceHolder, added: boolean, owners: ReadonlyMap<number, HeapObjectView>): string {
	switch (h.kind) {
		case "name":
			return added ? `new name ${h.name}` : `name ${h.name} released`;
		case "slot": {
			const owner = owners.get(h.owner);
			// What a class holds reads as Python spells it (`Node.__init__`), not as `type#461 .__init__`.
			const qualname = owner ? classQualname(owner) : null;
			if (qualname !== null) return slotName(qualname, h.label);
			return `${owner ? owner.label : `#${h.owner}`} ${h.label}`;
		}
		case "stack":
			return "value stack";
		default:
			return h.label;
	}
}

/**
 * Why an object is gone: its count reached 0, and inside a collection the phase says who dropped the last
 * reference (the clear phase's tp_clear of unreachable objects, or a finalizer or weakref callback it ran).
 */
export function freeReason(phase: GcPhase | null): string {
	if (phase === "clear") return "collected by the cyclic collector";
	if (phase === "finalize") return "refcount reached 0 while finalizers ran";
	if (phase === "handle-weakrefs") return "refcount reached 0 in weakref callbacks";
	return "refcount reached 0";
}

const SYS_ATTRIBUTE = /^module attribute (sys\.\w+)$/;

/**
 * The sys attributes that were an object's only holders (the program replaced sys.stdout, or shutdown's
 * finalize_modules set sys.last_value to None), each once; null when anything else held it too.
 */
export function sysHoldersOnly(holders: readonly ReferenceHolder[] | undefined): string[] | null {
	const names = (holders ?? []).map((h) => (h.kind === "internal" ? SYS_ATTRIBUTE.exec(h.label)?.[1] : undefined));
	if (names.length === 0 || names.some((name) => name === undefined)) return null;
	return [...new Set(names as string[])];
}
