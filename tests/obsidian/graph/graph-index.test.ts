import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Events, type EventRef } from "../../../preview/src/obsidian/component";

vi.mock("obsidian", async (importOriginal) => ({
	...(await importOriginal<object>()),
	// The shared stub has no TFile; the index only needs `instanceof` to work.
	TFile: class TFile {
		constructor(
			public path: string,
			public extension = "md",
		) {}
	},
}));

const { TFile } = (await import("obsidian")) as unknown as { TFile: new (path: string, extension?: string) => { path: string; extension: string } };
const { GraphIndex } = await import("../../../src/obsidian/graph/graph-index");

type Handler = (...args: unknown[]) => void;

/** Just the App surface the index uses: vault reads and events, metadataCache events, onLayoutReady. */
function fakeApp(files: Record<string, string>) {
	// Counts the handlers still on: unloading the index must take off every one it put on.
	const events = new (class extends Events {
		listening = 0;
		override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
			this.listening++;
			return super.on(name, callback, ctx);
		}
		override offref(ref: EventRef): void {
			this.listening--;
			super.offref(ref);
		}
	})();
	const on = (name: string, handler: Handler) => events.on(name, handler);
	let layoutReady: (() => void) | null = null;
	const reads: string[] = [];
	const app = {
		workspace: { onLayoutReady: (callback: () => void) => (layoutReady = callback) },
		vault: {
			getMarkdownFiles: () => Object.keys(files).map((path) => new TFile(path)),
			cachedRead: async (file: { path: string }) => {
				reads.push(file.path);
				return files[file.path] ?? "";
			},
			getAbstractFileByPath: (path: string) => (path in files ? new TFile(path) : null),
			on: (name: string, handler: Handler) => on(`vault:${name}`, handler),
		},
		metadataCache: {
			getCache: () => null,
			on: (name: string, handler: Handler) => on(`cache:${name}`, handler),
		},
	};
	const emit = (name: string, ...args: unknown[]) => events.trigger(name, ...args);
	return { app, emit, reads, events, layoutReady: () => layoutReady?.() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("GraphIndex", () => {
	// A clock that stands still: a small vault's first build fits one slice however loaded the machine is (a
	// slice that ran out would wait for a timer, and one macrotask would not see the build finished).
	beforeEach(() => {
		vi.spyOn(performance, "now").mockReturnValue(0);
	});
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it("does nothing in onload but wait for the layout, then reads every note once", async () => {
		const fake = fakeApp({ "A.md": "- [[B]]: why", "B.md": "back to [[A]]." });
		const index = new GraphIndex(fake.app as never);
		index.load();
		expect(fake.reads).toEqual([]);
		expect(index.ready).toBe(false);
		const changes = vi.fn();
		index.subscribe(changes);
		fake.layoutReady();
		await settle();
		expect(index.ready).toBe(true);
		expect(fake.reads.sort()).toEqual(["A.md", "B.md"]);
		expect(index.graph.edges().map((edge) => [edge.source, edge.target, edge.relation])).toEqual([
			["A", "B", "why"],
			["B", "A", "back to A."],
		]);
		expect(changes).toHaveBeenCalledTimes(1);
	});

	it("updates on metadata changes, renames and deletes, and bumps the revision each time", async () => {
		const fake = fakeApp({ "A.md": "[[B]]", "B.md": "text" });
		const index = new GraphIndex(fake.app as never);
		index.load();
		fake.layoutReady();
		await settle();
		let revision = index.revision;
		fake.emit("cache:changed", new TFile("A.md"), "[[C]]: new target", { frontmatter: { aliases: ["Alpha"] } });
		expect(index.graph.outgoingEdges("A").map((edge) => edge.target)).toEqual(["C"]);
		expect(index.graph.findNode("alpha")?.id).toBe("A");
		expect(index.revision).toBeGreaterThan(revision);
		revision = index.revision;
		fake.emit("vault:rename", new TFile("Folder/B.md"), "B.md");
		await settle();
		expect(index.graph.node("Folder/B")?.resolved).toBe(true);
		expect(index.revision).toBeGreaterThan(revision);
		fake.emit("vault:delete", new TFile("A.md"));
		expect(index.graph.node("A")).toBeUndefined();
		fake.emit("vault:delete", new TFile("image.png", "png"));
		expect(index.graph.nodes().map((node) => node.id)).toEqual(["Folder/B"]);
	});

	it("keeps changes that arrive during the first build and drops its handlers on unload", async () => {
		const fake = fakeApp({ "A.md": "[[B]]" });
		const index = new GraphIndex(fake.app as never);
		index.load();
		fake.layoutReady();
		fake.emit("cache:changed", new TFile("A.md"), "[[Changed]]", {});
		await settle();
		expect(index.graph.outgoingEdges("A").map((edge) => edge.target)).toEqual(["Changed"]);
		expect(fake.events.listening).toBeGreaterThan(0);
		index.unload();
		expect(fake.events.listening).toBe(0);
	});

	describe("a build longer than a slice", () => {
		/** A clock that moves 5 ms at each look, so that every slice of the build ends after a note or two. */
		function slowClock() {
			let now = 0;
			vi.spyOn(performance, "now").mockImplementation(() => (now += 5));
			vi.stubGlobal("window", globalThis);
		}
		const vault = () => Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`N${i}.md`, `- [[N${(i + 1) % 30}]]: next`]));

		/** An index of 30 notes whose first build has run its first slice under the slow clock. */
		async function buildingIndex() {
			slowClock();
			const fake = fakeApp(vault());
			const index = new GraphIndex(fake.app as never);
			index.load();
			const changes = vi.fn();
			index.subscribe(changes);
			fake.layoutReady();
			await settle();
			return { index, changes };
		}

		afterEach(() => {
			vi.restoreAllMocks();
			vi.unstubAllGlobals();
		});

		it("runs in slices, with the page's other tasks between them, and ends with the same graph", async () => {
			const { index, changes } = await buildingIndex();
			expect(index.ready).toBe(false);
			let tasks = 1;
			while (!index.ready && tasks < 100) {
				await settle();
				tasks++;
			}
			expect(index.ready).toBe(true);
			expect(tasks).toBeGreaterThan(5);
			expect(changes).toHaveBeenCalledTimes(1);
			expect(index.graph.edges().length).toBe(30);
			expect(index.graph.outgoingTargets("N29")).toEqual(["N0"]);
		});

		it("stops between slices once the plugin unloads", async () => {
			const { index, changes } = await buildingIndex();
			index.unload();
			for (let i = 0; i < 50; i++) await settle();
			expect(index.ready).toBe(false);
			expect(changes).not.toHaveBeenCalled();
		});
	});
});
