// Scrolling a block's pane, never the note: scrollIntoView would scroll every scrolling ancestor too.

/**
 * Scrolls `pane` the least that shows `row` with a row of context on each side, and `next` as well when both
 * fit (the source's next line): the rows are the pane's descendants, measured now.
 */
export function keepInPane(pane: HTMLElement, row: HTMLElement, next: HTMLElement | null = null): void {
	if (pane.scrollHeight <= pane.clientHeight) return;
	const paneTop = pane.getBoundingClientRect().top - pane.scrollTop;
	const context = row.offsetHeight;
	const rowTop = row.getBoundingClientRect().top - paneTop;
	let top = rowTop;
	let bottom = rowTop + context;
	if (3 * context > pane.clientHeight) {
		// A row too tall to show with its context (a step with many events in a narrow log): show where it
		// starts, its step and first events, rather than its end with the start scrolled out.
		pane.scrollTop = Math.max(0, top - Math.max(0, (pane.clientHeight - context) / 2));
		return;
	}
	if (next) {
		const nextTop = next.getBoundingClientRect().top - paneTop;
		// Both rows with their context, unless they are too far apart: then `row` alone.
		if (Math.max(bottom, nextTop + context) - Math.min(top, nextTop) + 2 * context <= pane.clientHeight) {
			top = Math.min(top, nextTop);
			bottom = Math.max(bottom, nextTop + context);
		}
	}
	if (top - context < pane.scrollTop) pane.scrollTop = Math.max(0, top - context);
	else if (bottom + context > pane.scrollTop + pane.clientHeight) pane.scrollTop = bottom + context - pane.clientHeight;
}
