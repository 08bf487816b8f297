// Boots the preview: DOM helpers, layout, the vault from the server, the metadata cache, then the built
// main.js, then "layout ready", then the note named by ?note= (or the home note, see home-note.ts).
import { installDomHelpers } from "./dom";
import { buildLayout, showHostError } from "./shell/layout";
import { applyTheme, createThemeToggle, initialTheme } from "./shell/theme";
import { renderNoteList } from "./shell/note-list";
import { addPaletteButtons } from "./shell/palette";
import { Vault, TFile, type ListedFile } from "./obsidian/files";
import { MetadataCache } from "./obsidian/metadata";
import { Workspace } from "./obsidian/workspace";
import { Commands, type App } from "./obsidian/app";
import { NoteView } from "./obsidian/note-view";
import { Notice } from "./obsidian/notice-modal";
import { bindRendererApp } from "./obsidian/markdown";
import { loadPlugin } from "./plugin-loader";
import { noteParamToPath, pickHomeNote } from "./home-note";

interface PreviewHandle {
	app: App;
	openNote(path: string): Promise<void>;
}

declare global {
	interface Window {
		pymemPreview?: PreviewHandle;
	}
}

async function fetchText(path: string): Promise<string> {
	const response = await fetch(`/vault/${path.split("/").map(encodeURIComponent).join("/")}`);
	if (!response.ok) throw new Error(`Could not read ${path} (HTTP ${response.status})`);
	return response.text();
}

async function boot(): Promise<void> {
	installDomHelpers(window);
	const params = new URLSearchParams(window.location.search);
	applyTheme(initialTheme(params));
	const layout = buildLayout(document.body.createDiv());

	const listingResponse = await fetch("/api/vault");
	if (!listingResponse.ok) throw new Error(`The preview server did not list the vault (HTTP ${listingResponse.status})`);
	const listing = (await listingResponse.json()) as { name: string; files: ListedFile[] };
	layout.setVaultName(listing.name);
	document.title = `${listing.name} - Pymem preview`;

	const vault = new Vault(listing.name, listing.files, fetchText, (path) => {
		new Notice(`${path} changed in this tab only: the preview never writes to the folder on disk.`);
	});
	const metadataCache = new MetadataCache(vault);
	// The workspace is attached just below: its leaves need the app, so the two are made in two steps.
	const app = {
		vault,
		metadataCache,
		commands: new Commands(),
		viewRegistry: new Map(),
		markdownProcessors: { codeBlocks: new Map(), post: [] },
		settingTabs: [],
		ribbonEl: layout.ribbonEl,
		statusBarEl: layout.statusBarEl,
		storagePrefix: `pymem-preview:${listing.name}`,
	} as unknown as App;
	app.workspace = new Workspace(app, layout.workspaceEl, layout.centerEl, layout.sideTabsEl, layout.sideLeavesEl, (visible) =>
		layout.setSideVisible(visible),
	);
	app.viewRegistry.set("markdown", (leaf) => new NoteView(leaf));
	bindRendererApp(app);

	addPaletteButtons(layout.headerActionsEl, app);
	createThemeToggle(layout.headerActionsEl, initialTheme(params), () => app.workspace.trigger("css-change"));
	layout.statusBarEl.createDiv({ cls: "status-bar-item", text: "Read-only preview: nothing here writes to the vault folder." });

	await metadataCache.initialize();
	const listNotes = () => renderNoteList(layout.navListEl, vault.getMarkdownFiles(), (file) => void openNote(file.path, true));
	let markCurrent = listNotes();
	vault.on("create", () => {
		markCurrent = listNotes();
		markCurrent(app.workspace.getActiveFile());
	});

	// Every way of opening a note (note list, wiki-link, a plugin's openLinkText, back/forward) ends in
	// "file-open"; the URL follows it there. A new history entry is pushed unless the opener asked to
	// replace the current one (the first note of a page load).
	let replaceHistory = false;
	app.workspace.on("file-open", (file: TFile | null) => {
		markCurrent(file);
		if (!file) return;
		const url = new URL(window.location.href);
		const param = file.path.replace(/\.md$/, "");
		if (url.searchParams.get("note") === param) return;
		url.searchParams.set("note", param);
		if (replaceHistory) window.history.replaceState({ note: file.path }, "", url);
		else window.history.pushState({ note: file.path }, "", url);
	});

	async function openNote(path: string, push: boolean): Promise<void> {
		const file = vault.getFileByPath(path);
		if (!(file instanceof TFile)) {
			new Notice(`No note at ${path}; showing the home note instead.`);
			const home = pickHomeNote(vault.getMarkdownFiles().map((f) => f.path));
			if (home && home !== path) await openNote(home, push);
			return;
		}
		replaceHistory = !push;
		try {
			await app.workspace.centerLeaf.openFile(file);
		} finally {
			replaceHistory = false;
		}
	}
	vault.on("modify", (file: TFile) => {
		const view = app.workspace.centerLeaf.view;
		if (view instanceof NoteView && view.file === file) void view.render();
	});
	window.addEventListener("popstate", () => {
		const note = new URLSearchParams(window.location.search).get("note");
		const path = note ? noteParamToPath(note) : pickHomeNote(vault.getMarkdownFiles().map((f) => f.path));
		if (path) void openNote(path, false);
	});

	// Errors the plugin throws later (in event handlers, timers, promises) show in the page too: this is a
	// test bench, and a silent console is easy to miss.
	window.addEventListener("error", (event) => {
		// Chromium reports a ResizeObserver whose callbacks change layout again in the same frame as an error
		// event; the spec calls it a notification delivered next frame, and Obsidian (Electron) ignores it.
		if (event.message.startsWith("ResizeObserver loop")) return;
		showHostError(layout, `Uncaught error: ${event.message}`);
	});
	window.addEventListener("unhandledrejection", (event: PromiseRejectionEvent) => {
		const reason: unknown = event.reason;
		showHostError(layout, `Unhandled promise rejection: ${reason instanceof Error ? reason.message : String(reason)}`);
	});

	try {
		await loadPlugin(app, "/plugin/main.define.js", "/plugin/manifest.json");
	} catch (error) {
		console.error(error);
		showHostError(layout, `The plugin failed to load: ${error instanceof Error ? error.message : String(error)}`);
	}
	app.workspace.markLayoutReady();

	const requested = params.get("note");
	const start = requested ? noteParamToPath(requested) : pickHomeNote(vault.getMarkdownFiles().map((f) => f.path));
	if (start) await openNote(start, false);
	else await app.workspace.centerLeaf.setViewState({ type: "markdown", state: {} });

	window.pymemPreview = { app, openNote: (path) => openNote(noteParamToPath(path), true) };
	document.body.setAttr("data-preview-ready", "true");
}

boot().catch((error: unknown) => {
	console.error(error);
	const message = document.body.createDiv({ cls: "preview-error", attr: { role: "alert" } });
	message.setText(`The preview could not start: ${error instanceof Error ? error.message : String(error)}`);
	document.body.setAttr("data-preview-ready", "error");
});
