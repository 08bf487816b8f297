// The block's test contract (issue 4), checked against the DOM: shared by the jsdom and browser tests.

export interface ContractReport {
	step: number;
	/** Object ids with cards, in DOM order. */
	objects: number[];
	refcounts: Map<number, number>;
	problems: string[];
}

/** Checks one block root: every counted card has as many data-pymem-ref-to elements as its refcount. */
export function checkContract(root: Element): ContractReport {
	const problems: string[] = [];
	const stepText = root.getAttribute("data-step");
	if (root.getAttribute("data-pymem-block") === null) problems.push("the root lacks data-pymem-block");
	if (stepText === null || !/^\d+$/.test(stepText)) problems.push(`data-step is ${JSON.stringify(stepText)}`);
	const refsTo = new Map<string, number>();
	for (const element of root.querySelectorAll("[data-pymem-ref-to]")) {
		const target = element.getAttribute("data-pymem-ref-to") ?? "";
		refsTo.set(target, (refsTo.get(target) ?? 0) + 1);
	}
	const objects: number[] = [];
	const refcounts = new Map<number, number>();
	const seen = new Set<string>();
	for (const card of root.querySelectorAll("[data-pymem-object]")) {
		const id = card.getAttribute("data-pymem-object") ?? "";
		if (seen.has(id)) problems.push(`object ${id} has two cards`);
		seen.add(id);
		objects.push(Number(id));
		const count = card.getAttribute("data-refcount");
		if (count === null) continue;
		refcounts.set(Number(id), Number(count));
		const pointing = refsTo.get(id) ?? 0;
		if (pointing !== Number(count)) problems.push(`object ${id}: data-refcount ${count} but ${pointing} elements point at it`);
	}
	for (const target of refsTo.keys()) {
		if (!seen.has(target)) problems.push(`${refsTo.get(target)} elements point at ${target}, which has no card`);
	}
	return { step: Number(stepText), objects, refcounts, problems };
}
