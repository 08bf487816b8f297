// Which concept a map's info bar (its Create note or Open note button) is about, as focus and the pointer
// move over the map.
import type { GraphViewNode } from "../../graph/view-data";

/**
 * The concept under focus or the pointer, and the one focused last: Tab from a concept takes focus out of
 * the map on to the info bar's button, and the bar must not go with the concept's focus. It stays until
 * focus goes anywhere but the bar.
 */
export class ConceptFocus {
	current: GraphViewNode | null = $state(null);
	private last: GraphViewNode | null = $state(null);
	/** The info bar; bound by the component that draws it. */
	bar: HTMLElement | undefined = $state();

	/** The concept the info bar is about, if any. */
	get shown(): GraphViewNode | null {
		return this.current ?? this.last;
	}

	/** ForceGraph's onFocusNode: a concept gained focus or the pointer (null: it lost focus). */
	readonly focus = (node: GraphViewNode | null): void => {
		this.current = node;
		if (node) this.last = node;
	};

	/** The map's `focusout`: focus going anywhere but the info bar forgets the concept focused last. */
	readonly leave = (event: FocusEvent): void => {
		const to = event.relatedTarget;
		if (!(to instanceof Node && this.bar?.contains(to))) this.last = null;
	};
}
