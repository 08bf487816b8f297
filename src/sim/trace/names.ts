// What readers of a trace call its frames and objects (`<module>`, `list#2`, `Node.__init__`): one lookup for
// the block's narration and cards and for `pymem trace`, so they name the same thing alike.
import type { FrameId, HeapObjectView, ObjectId, StepState, TraceEvent } from "./types";

export interface NameLookup {
	frameName(frame: FrameId): string;
	objectLabel(object: ObjectId): string;
	/** How a reference held by `object` is named from its side: a class by its qualname, else its label. */
	ownerName(object: ObjectId): string;
	/** The preview of a shared value shown in place (HeapObjectView.inline), or null. */
	inlineValue(object: ObjectId): string | null;
	/** What a live weak reference points at (HeapObjectView.weakTarget). */
	weakTarget(object: ObjectId): ObjectId | undefined;
}

const CLASS_PREVIEW = /^<class '(.+)'>$/;

/**
 * A class's qualname, read from the `<class 'qualname'>` preview the trace stores for every class (whatever
 * its metaclass); null for anything else. What a class holds reads as Python spells it, `Node.__init__`,
 * where its label would give `type#461.__init__`.
 */
export function classQualname(object: Pick<HeapObjectView, "preview">): string | null {
	return CLASS_PREVIEW.exec(object.preview)?.[1] ?? null;
}

/** The name of `object` as the owner of the references it holds (see NameLookup.ownerName). */
export function ownerName(object: Pick<HeapObjectView, "label" | "preview">): string {
	return classQualname(object) ?? object.label;
}

/**
 * Names from steps' states, first state first; an object born and freed within the step is named from its
 * alloc event, a frame that came and went or returned from its call or return event. Anything else is named by its id.
 */
export function lookupFor(states: readonly (StepState | null | undefined)[], events: readonly TraceEvent[] = []): NameLookup {
	const frames = new Map<FrameId, string>();
	// The states' own indexes, read only when a name is asked for: the CLI looks names up at every step of a
	// long run, and the block at every step of a heap of 100,000 objects.
	const indexes: ReadonlyMap<ObjectId, HeapObjectView>[] = [];
	for (const state of states) {
		if (!state) continue;
		for (const frame of state.frames) if (!frames.has(frame.id)) frames.set(frame.id, frame.name);
		indexes.push(objectsById(state));
	}
	const viewOf = (object: ObjectId): HeapObjectView | undefined => {
		for (const index of indexes) {
			const view = index.get(object);
			if (view) return view;
		}
		return undefined;
	};
	const allocated = new Map<ObjectId, string>();
	for (const event of events) {
		if (event.kind === "alloc" && !viewOf(event.object)) allocated.set(event.object, `${event.type}#${event.object}`);
		// A frame that returned in the step is in no state of it, but the references it dropped name it.
		if ((event.kind === "call" || event.kind === "return") && !frames.has(event.frame)) frames.set(event.frame, event.name);
	}
	const objectLabel = (object: ObjectId): string => viewOf(object)?.label ?? allocated.get(object) ?? `object#${object}`;
	return {
		frameName: (frame) => frames.get(frame) ?? (frame === 0 ? "<module>" : `frame ${frame}`),
		objectLabel,
		ownerName: (object) => {
			const view = viewOf(object);
			return view ? ownerName(view) : objectLabel(object);
		},
		inlineValue: (object) => {
			for (const index of indexes) {
				const view = index.get(object);
				if (view?.inline) return view.preview;
			}
			return null;
		},
		weakTarget: (object) => viewOf(object)?.weakTarget,
	};
}

const objectIndexes = new WeakMap<StepState, ReadonlyMap<ObjectId, HeapObjectView>>();

/** Gives `state` the index its builder made along with it (state-builder.ts), which objectsById hands out. */
export function rememberObjectIndex(state: StepState, index: ReadonlyMap<ObjectId, HeapObjectView>): void {
	objectIndexes.set(state, index);
}

/** A state's objects by id, built once per state: a walk forward reads each state as the current one, then as the one before. */
export function objectsById(state: StepState): ReadonlyMap<ObjectId, HeapObjectView> {
	let index = objectIndexes.get(state);
	if (index) return index;
	// A loop, not new Map(objects.map(...)): a pair array per object costs as much as the map itself.
	const built = new Map<ObjectId, HeapObjectView>();
	for (const o of state.objects) built.set(o.id, o);
	objectIndexes.set(state, built);
	return built;
}

/** "list#2[1]", "C#3.x", "Node.__init__", "cell contents of cell#4". */
export function slotName(ownerName: string, label: string): string {
	return label.startsWith("[") || label.startsWith(".") ? `${ownerName}${label}` : `${label} of ${ownerName}`;
}
