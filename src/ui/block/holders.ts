// Plain-words names for the references an object's count is made of ("x in <module>", "list#2[1]").
import type { FrameId, ObjectId, ReferenceHolder, StepState, TraceEvent } from "../../sim/trace/types";

export interface NameLookup {
	frameName(frame: FrameId): string;
	objectLabel(object: ObjectId): string;
	/** The preview of a shared value shown in place (HeapObjectView.inline), or null. */
	inlineValue(object: ObjectId): string | null;
}

/**
 * Names from steps' states, first state first; an object born and freed within the step is named from its
 * alloc event, a frame that came and went or returned from its call or return event. Anything else is named by its id.
 */
export function lookupFor(states: readonly (StepState | null | undefined)[], events: readonly TraceEvent[] = []): NameLookup {
	const frames = new Map<FrameId, string>();
	const objects = new Map<ObjectId, string>();
	const values = new Map<ObjectId, string>();
	for (const state of states) {
		if (!state) continue;
		for (const frame of state.frames) if (!frames.has(frame.id)) frames.set(frame.id, frame.name);
		for (const object of state.objects) {
			if (!objects.has(object.id)) objects.set(object.id, object.label);
			if (object.inline) values.set(object.id, object.preview);
		}
	}
	for (const event of events) {
		if (event.kind === "alloc" && !objects.has(event.object)) objects.set(event.object, `${event.type}#${event.object}`);
		// A frame that returned in the step is in no state of it, but the references it dropped name it.
		if ((event.kind === "call" || event.kind === "return") && !frames.has(event.frame)) frames.set(event.frame, event.name);
	}
	return {
		frameName: (frame) => frames.get(frame) ?? (frame === 0 ? "<module>" : `frame ${frame}`),
		objectLabel: (object) => objects.get(object) ?? `object#${object}`,
		inlineValue: (object) => values.get(object) ?? null,
	};
}

/** "list#2[1]", "C#3.x", "cell contents of cell#4". */
export function slotName(ownerLabel: string, label: string): string {
	return label.startsWith("[") || label.startsWith(".") ? `${ownerLabel}${label}` : `${label} of ${ownerLabel}`;
}

export function describeHolder(holder: ReferenceHolder, names: NameLookup): string {
	switch (holder.kind) {
		case "name":
			return `${holder.name} in ${names.frameName(holder.frame)}`;
		case "slot":
			return slotName(names.objectLabel(holder.owner), holder.label);
		case "stack":
			return `value stack of ${names.frameName(holder.frame)}`;
		case "internal":
			return holder.label;
	}
}
