// Plain-words names for the references an object's count is made of ("x in <module>", "list#2[1]",
// "Node.__init__"): the block's wording, over the trace's own names (sim/trace/names.ts).
import { slotName, type NameLookup } from "../../sim/trace/names";
import type { ReferenceHolder } from "../../sim/trace/types";

export function describeHolder(holder: ReferenceHolder, names: NameLookup): string {
	switch (holder.kind) {
		case "name":
			return `${holder.name} in ${names.frameName(holder.frame)}`;
		case "slot":
			return slotName(names.ownerName(holder.owner), holder.label);
		case "stack":
			return `value stack of ${names.frameName(holder.frame)}`;
		case "internal":
			return holder.label;
	}
}
