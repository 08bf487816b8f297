// The vault as the plugin sees it: TFile/TFolder objects over the server's listing, contents fetched on
// demand. Writes (create, modify) go to an in-memory overlay only; the served folder is never modified.
import { Events } from "./component";

export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
	stat = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/";
	}
}

export interface ListedFile {
	path: string;
	size: number;
	mtime: number;
}

/** Obsidian's normalizePath: forward slashes, no doubled, leading or trailing slashes, NBSP as space. */
export function normalizePath(path: string): string {
	const cleaned = path
		.replace(/\\/g, "/")
		.replace(/\u00a0|\u202f/g, " ")
		.replace(/\/+/g, "/")
		.replace(/^\/|\/$/g, "");
	return cleaned === "" ? "/" : cleaned.normalize("NFC");
}

export type FetchText = (path: string) => Promise<string>;

export class Vault extends Events {
	private readonly byPath = new Map<string, TAbstractFile>();
	private readonly contents = new Map<string, string>();
	/** Paths created or modified in this browser tab only. */
	readonly overlay = new Set<string>();
	private readonly root: TFolder;

	constructor(
		private readonly vaultName: string,
		listing: ListedFile[],
		private readonly fetchText: FetchText,
		private readonly onOverlayWrite: (path: string) => void = () => {},
	) {
		super();
		this.root = new TFolder();
		this.root.vault = this;
		this.root.path = "/";
		this.byPath.set("/", this.root);
		for (const entry of listing) this.addFile(entry.path, entry.size, entry.mtime);
	}

	getName(): string {
		return this.vaultName;
	}

	getRoot(): TFolder {
		return this.root;
	}

	private folderFor(path: string): TFolder {
		if (path === "" || path === "/") return this.root;
		const existing = this.byPath.get(path);
		if (existing instanceof TFolder) return existing;
		const slash = path.lastIndexOf("/");
		const parent = this.folderFor(slash < 0 ? "" : path.slice(0, slash));
		const folder = new TFolder();
		folder.vault = this;
		folder.path = path;
		folder.name = path.slice(slash + 1);
		folder.parent = parent;
		parent.children.push(folder);
		this.byPath.set(path, folder);
		return folder;
	}

	private addFile(path: string, size: number, mtime: number): TFile {
		const slash = path.lastIndexOf("/");
		const file = new TFile();
		file.vault = this;
		file.path = path;
		file.name = path.slice(slash + 1);
		const dot = file.name.lastIndexOf(".");
		file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
		file.extension = dot > 0 ? file.name.slice(dot + 1) : "";
		file.stat = { ctime: mtime, mtime, size };
		file.parent = this.folderFor(slash < 0 ? "" : path.slice(0, slash));
		file.parent.children.push(file);
		this.byPath.set(path, file);
		return file;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.byPath.get(normalizePath(path)) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const file = this.getAbstractFileByPath(path);
		return file instanceof TFile ? file : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const folder = this.getAbstractFileByPath(path);
		return folder instanceof TFolder ? folder : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.byPath.values()];
	}

	getFiles(): TFile[] {
		return [...this.byPath.values()].filter((file): file is TFile => file instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === "md");
	}

	async cachedRead(file: TFile): Promise<string> {
		const cached = this.contents.get(file.path);
		if (cached !== undefined) return cached;
		const text = await this.fetchText(file.path);
		this.contents.set(file.path, text);
		return text;
	}

	async read(file: TFile): Promise<string> {
		return this.cachedRead(file);
	}

	/** In-memory only: the new note lives until the tab is reloaded. */
	async create(path: string, data: string): Promise<TFile> {
		const normalized = normalizePath(path);
		if (this.byPath.has(normalized)) throw new Error("File already exists.");
		const file = this.addFile(normalized, data.length, Date.now());
		this.contents.set(normalized, data);
		this.overlay.add(normalized);
		this.onOverlayWrite(normalized);
		this.trigger("create", file);
		return file;
	}

	/** In-memory only, like create. */
	async modify(file: TFile, data: string): Promise<void> {
		this.contents.set(file.path, data);
		file.stat = { ...file.stat, mtime: Date.now(), size: data.length };
		this.overlay.add(file.path);
		this.onOverlayWrite(file.path);
		this.trigger("modify", file);
	}

	getResourcePath(file: TFile): string {
		return `/vault/${file.path.split("/").map(encodeURIComponent).join("/")}`;
	}
}
