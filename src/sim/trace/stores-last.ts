// Where a step's stores into names go among its events (step-events.ts gathers them object by object).
import type { ReferenceHolder, TraceEvent } from "./types";

/** The new reference of a store into a name (STORE_NAME, STORE_FAST...). */
type Store = Extract<TraceEvent, { kind: "incref" }> & { holder: Extract<ReferenceHolder, { kind: "name" }> };

function isStore(event: TraceEvent): event is Store {
	return event.kind === "incref" && event.holder.kind === "name";
}

/** A drop of the value `store`'s name held before. */
function releases(event: TraceEvent, store: Store): boolean {
	return event.kind === "decref" && event.holder.kind === "name" && event.holder.frame === store.holder.frame && event.holder.name === store.holder.name;
}

/**
 * A store into a name comes after the work that made its value: `big = list(range(1000))` fills the list before
 * `big` takes it, and a class statement builds the class (its `__mro__`...) before storing it. STORE_NAME then
 * drops the name's old value. Events are gathered object by object, so each store is moved, in place, to just
 * before that drop when the drop comes later (its death, and what the death let go, follow it), or else to the
 * end of the part, with a drop told earlier moved after it.
 */
export function storesLast(part: TraceEvent[]): void {
	const stores = part.filter(isStore);
	if (stores.length === 0 || stores.length === part.length) return;
	const rest = part.filter((event) => !isStore(event));
	for (const store of stores) {
		const release = rest.findIndex((event) => releases(event, store));
		if (release >= 0 && part.indexOf(rest[release]!) > part.indexOf(store)) rest.splice(release, 0, store);
		else if (release >= 0) rest.push(store, ...rest.splice(release, 1));
		else rest.push(store);
	}
	// Copied back one by one: a big step's part (a list of a million items filled) is too long to spread into push.
	for (let i = 0; i < rest.length; i++) part[i] = rest[i]!;
}
