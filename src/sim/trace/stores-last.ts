// Where a step's stores into names go among its events (step-events.ts gathers them object by object).
import type { TraceEvent } from "./types";

/** The new reference of a store into a name (STORE_NAME, STORE_FAST...). */
function isStore(event: TraceEvent): event is TraceEvent & { kind: "incref"; holder: { kind: "name" } } {
	return event.kind === "incref" && event.holder.kind === "name";
}

/**
 * A store into a name comes after the work that made its value: `big = list(range(1000))` fills the list before
 * `big` takes it, and a class statement builds the class (its `__mro__`...) before storing it. Events are
 * gathered object by object, so each store is moved, in place, to just before the name lets its old value go
 * (STORE_NAME stores the new value, then drops the old one), or else to the end of the part.
 */
export function storesLast(part: TraceEvent[]): void {
	const stores = part.filter(isStore);
	if (stores.length === 0 || stores.length === part.length) return;
	const rest = part.filter((event) => !isStore(event));
	for (const store of stores) {
		const { frame, name } = store.holder;
		const release = rest.findIndex((event) => event.kind === "decref" && event.holder.kind === "name" && event.holder.frame === frame && event.holder.name === name);
		if (release >= 0) rest.splice(release, 0, store);
		else rest.push(store);
	}
	// Copied back one by one: a big step's part (a list of a million items filled) is too long to spread into push.
	for (let i = 0; i < rest.length; i++) part[i] = rest[i]!;
}
