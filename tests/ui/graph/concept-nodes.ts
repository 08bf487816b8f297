// Nodes for the graph picture's tests: a resolved note of that name, with no blocks, hub, centre or path.
import type { GraphViewNode } from "../../../src/graph/view-data";

export function conceptNode(name: string, overrides: Partial<GraphViewNode> = {}): GraphViewNode {
	return { id: name, label: name, resolved: true, pymem: 0, hub: false, centre: false, onPath: false, distance: 0, ...overrides };
}
