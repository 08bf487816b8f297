/** `pymem graph VAULT_DIR [--json] [--from A --to B]`: the concept graph of a folder of notes. */
import { statSync } from "node:fs";
import { readMarkdownFiles } from "./vault-files";
import type { CliIo } from "./cli";
import { ConceptGraph, findHierarchy, shortestPath, unresolvedConcepts, type GraphEdge, type PathStep } from "../graph";

export const GRAPH_USAGE = `Usage: pymem graph VAULT_DIR [--json] [--from A --to B]

  VAULT_DIR       folder of Markdown notes (dot-folders such as .obsidian are skipped)
  --json          print nodes and edges as JSON
  --from A --to B print the shortest path between two concepts with the relation of each link
`;

interface GraphOptions {
	vault: string;
	json: boolean;
	from?: string;
	to?: string;
}

export async function graphCommand(args: string[], io: CliIo): Promise<number> {
	const options = readOptions(args, io);
	if (typeof options === "number") return options;
	const files = readVaultFiles(options.vault, io);
	if (!files) return 2;
	const graph = ConceptGraph.fromFiles(files);
	if (options.from !== undefined || options.to !== undefined) return printPath(graph, options, io);
	if (options.json) io.stdout(JSON.stringify(graphJson(graph), null, 2) + "\n");
	else io.stdout(summary(graph));
	return 0;
}

function readOptions(args: string[], io: CliIo): GraphOptions | number {
	const options: Partial<GraphOptions> = { json: false };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === "-h" || arg === "--help") {
			io.stdout(GRAPH_USAGE);
			return 0;
		} else if (arg === "--json") options.json = true;
		else if (arg === "--from" || arg === "--to") {
			const value = args[++i];
			if (value === undefined) return usageError(io, `${arg} needs a concept name`);
			options[arg === "--from" ? "from" : "to"] = value;
		} else if (arg.startsWith("-")) return usageError(io, `unknown option '${arg}'`);
		else if (options.vault === undefined) options.vault = arg;
		else return usageError(io, `unexpected argument '${arg}'`);
	}
	if (options.vault === undefined) return usageError(io, "missing VAULT_DIR");
	if ((options.from === undefined) !== (options.to === undefined)) return usageError(io, "--from and --to go together");
	return options as GraphOptions;
}

function usageError(io: CliIo, message: string): number {
	io.stderr(`pymem graph: ${message}\n\n${GRAPH_USAGE}`);
	return 2;
}

function readVaultFiles(vault: string, io: CliIo): { path: string; text: string }[] | null {
	let stats;
	try {
		stats = statSync(vault);
	} catch {
		io.stderr(`pymem graph: no such directory: ${vault}\n`);
		return null;
	}
	if (!stats.isDirectory()) {
		io.stderr(`pymem graph: not a directory: ${vault}\n`);
		return null;
	}
	try {
		return readMarkdownFiles(vault, (file, reason) => io.stderr(`pymem graph: skipped ${file}: cannot read it (${reason})\n`));
	} catch (error) {
		io.stderr(`pymem graph: cannot read ${vault}: ${(error as Error).message}\n`);
		return null;
	}
}

function summary(graph: ConceptGraph): string {
	const nodes = graph.nodes();
	const hubs = findHierarchy(graph).hubs;
	const warnings = graph.warnings();
	const lines = [
		`Notes: ${nodes.filter((node) => node.resolved).length}`,
		`Links: ${graph.edges().length}`,
		`Unresolved concepts: ${unresolvedConcepts(graph).length}`,
		`Hubs: ${hubs.length}${hubs.length ? ` (${hubs.map((hub) => `${hub.id}: ${hub.children.length} children`).join(", ")})` : ""}`,
		`Warnings: ${warnings.length}`,
		...warnings.map((warning) => `  ${warning.file}:${warning.line}: ${warning.message}`),
	];
	return lines.join("\n") + "\n";
}

export function graphJson(graph: ConceptGraph) {
	const hierarchy = findHierarchy(graph);
	return {
		nodes: graph.nodes().map((node) => ({
			id: node.id,
			resolved: node.resolved,
			label: node.label,
			...(node.path ? { path: node.path } : {}),
			aliases: node.aliases,
			pymemBlocks: node.pymemBlocks,
			parents: hierarchy.parentsOf.get(node.id) ?? [],
		})),
		edges: graph.edges().map(edgeJson),
		hubs: hierarchy.hubs.map((hub) => ({ id: hub.id, children: hub.children })),
		warnings: graph.warnings(),
	};
}

function edgeJson(edge: GraphEdge) {
	const { source, target, relation, kind, file, line, heading, viaAlias, embed } = edge;
	return { source, target, relation, kind, file, line, heading, viaAlias, embed };
}

function printPath(graph: ConceptGraph, options: GraphOptions, io: CliIo): number {
	const from = graph.findNode(options.from!);
	const to = graph.findNode(options.to!);
	for (const [name, node] of [[options.from!, from], [options.to!, to]] as const) {
		if (!node) {
			io.stderr(`pymem graph: no note or concept named '${name}'\n`);
			return 2;
		}
	}
	const path = shortestPath(graph, from!.id, to!.id);
	if (options.json) {
		io.stdout(JSON.stringify({ from: from!.id, to: to!.id, path: path?.map(stepJson) ?? null }, null, 2) + "\n");
		return path ? 0 : 1;
	}
	if (!path) {
		io.stdout(`No path between ${from!.id} and ${to!.id}.\n`);
		return 1;
	}
	const lines = [`${from!.id} to ${to!.id}: ${path.length} ${path.length === 1 ? "link" : "links"}`];
	for (const step of path) {
		// The walk goes from `from` to `to`; a link it follows backwards is named by the note it is written in.
		const against = step.forward ? "" : `  (by ${step.to}'s link to ${step.from})`;
		const relation = step.edge.relation || (step.edge.heading ? `listed under "${step.edge.heading}"` : "listed without a description");
		lines.push(`  ${step.from} -> ${step.to}${against}`, `      ${relation}  (${step.edge.file}:${step.edge.line}, ${step.edge.kind})`);
	}
	io.stdout(lines.join("\n") + "\n");
	return 0;
}

function stepJson(step: PathStep) {
	return { from: step.from, to: step.to, forward: step.forward, edge: edgeJson(step.edge) };
}
