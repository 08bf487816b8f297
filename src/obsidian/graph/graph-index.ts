/**
 * The vault's concept graph, kept current. Added to the plugin with addChild, so its event handlers go
 * when the plugin unloads. Nothing happens in onload beyond asking to be called when the layout is ready;
 * then every note is read once (cachedRead) and afterwards only the notes that change.
 */
import { Component, TFile, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { ConceptGraph, type NoteText } from "../../graph";

interface MarkdownFileLike {
	path: string;
	extension: string;
}

function isMarkdown(file: TAbstractFile): file is TAbstractFile & MarkdownFileLike {
	return "extension" in file && (file as MarkdownFileLike).extension === "md";
}

/** Obsidian's own reading of `aliases` wins over ours when its cache has the note. */
function aliasesFromCache(cache: CachedMetadata | null | undefined): string[] | null {
	const value: unknown = cache?.frontmatter?.aliases ?? cache?.frontmatter?.alias;
	if (value === undefined || value === null) return null;
	const list: unknown[] = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
	return list.filter((alias): alias is string => typeof alias === "string").map((alias) => alias.trim()).filter((alias) => alias !== "");
}

/** Milliseconds the first build runs before it lets the page handle input and paint. */
const BUILD_SLICE_MS = 12;

export class GraphIndex extends Component {
	readonly graph = new ConceptGraph();
	ready = false;
	private readonly listeners = new Set<() => void>();
	/** Changes seen while the first build runs: path -> new text, or null for a deletion. */
	private pending: Map<string, string | null> | null = null;
	private unloaded = false;

	constructor(private readonly app: App) {
		super();
	}

	override onload(): void {
		this.app.workspace.onLayoutReady(() => void this.build());
	}

	override onunload(): void {
		this.unloaded = true;
		this.listeners.clear();
	}

	get revision(): number {
		return this.graph.revision;
	}

	/** Calls `listener` after every change; returns the function that stops it. */
	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private async build(): Promise<void> {
		this.pending = new Map();
		this.registerEvent(this.app.metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)));
		this.registerEvent(this.app.vault.on("delete", (file) => this.onDeleted(file)));
		this.registerEvent(this.app.vault.on("rename", (file, oldPath) => void this.onRenamed(file, oldPath)));
		const files = this.app.vault.getMarkdownFiles();
		const texts = await Promise.all(
			files.map(async (file): Promise<NoteText | null> => {
				try {
					return this.noteText(file, await this.app.vault.cachedRead(file));
				} catch (error) {
					console.warn(`Pymem: could not read ${file.path} for the concept graph`, error);
					return null;
				}
			}),
		);
		if (this.unloaded) return;
		if (!(await this.buildInSlices(texts.filter((note): note is NoteText => note !== null)))) return;
		const pending = this.pending;
		this.pending = null;
		for (const [path, text] of pending) {
			if (text === null) this.graph.removeNote(path);
			else this.graph.setNote(this.noteText({ path, extension: "md" }, text));
		}
		this.ready = true;
		this.notify();
	}

	/**
	 * The first build, a slice of BUILD_SLICE_MS at a time with the page's other work between slices: a vault of
	 * 10,000 notes takes some 300 ms to build. False when the plugin was unloaded meanwhile.
	 */
	private async buildInSlices(texts: readonly NoteText[]): Promise<boolean> {
		const steps = this.graph.setTextsInSteps(texts);
		for (;;) {
			const deadline = performance.now() + BUILD_SLICE_MS;
			let done: boolean | undefined;
			while (!(done = steps.next().done) && performance.now() < deadline);
			if (done) return true;
			await new Promise((resolve) => window.setTimeout(resolve, 0));
			if (this.unloaded) return false;
		}
	}

	private noteText(file: MarkdownFileLike, text: string, cache = this.app.metadataCache.getCache(file.path)): NoteText {
		return { path: file.path, text, aliases: aliasesFromCache(cache) ?? undefined };
	}

	private onChanged(file: TAbstractFile, data: string, cache: CachedMetadata): void {
		if (!isMarkdown(file)) return;
		if (this.pending) {
			this.pending.set(file.path, data);
			return;
		}
		this.graph.setNote(this.noteText(file, data, cache));
		this.notify();
	}

	private onDeleted(file: TAbstractFile): void {
		if (!isMarkdown(file)) return;
		if (this.pending) {
			this.pending.set(file.path, null);
			return;
		}
		this.graph.removeNote(file.path);
		this.notify();
	}

	private async onRenamed(file: TAbstractFile, oldPath: string): Promise<void> {
		if (this.pending) {
			this.pending.set(oldPath, null);
			if (isMarkdown(file)) this.pending.set(file.path, await this.read(file.path));
			return;
		}
		if (this.graph.hasNote(oldPath)) {
			if (isMarkdown(file)) this.graph.renameNote(oldPath, file.path);
			else this.graph.removeNote(oldPath);
		} else if (isMarkdown(file)) {
			this.graph.setNote(this.noteText(file, await this.read(file.path)));
		}
		this.notify();
	}

	private async read(path: string): Promise<string> {
		const file = this.app.vault.getAbstractFileByPath(path);
		return file instanceof TFile ? this.app.vault.cachedRead(file) : "";
	}

	private notify(): void {
		for (const listener of [...this.listeners]) listener();
	}
}
