/** Opening notes and creating the note for an unresolved concept. */
import { Notice, normalizePath, TFile, type App } from "obsidian";
import type { GraphIndex } from "./graph-index";

/** Characters Obsidian does not allow in file names, or that break links. */
const FORBIDDEN = /[*"\\<>:|?#^[\]]/;

export function openConcept(app: App, id: string): void {
	const file = app.vault.getAbstractFileByPath(`${id}.md`);
	if (file instanceof TFile) void app.workspace.getLeaf(false).openFile(file);
	else void app.workspace.openLinkText(id, "", false);
}

/**
 * Creates `<concept>.md` with a link back to the note that mentioned it, and the sentence that did.
 * Never overwrites: an existing file is opened instead.
 */
export async function createConceptNote(app: App, index: GraphIndex, id: string, mentionedIn?: string): Promise<void> {
	try {
		await createNote(app, index, id, mentionedIn);
	} catch (error) {
		new Notice(`Could not create a note for "${id}": ${(error as Error).message}`);
	}
}

async function createNote(app: App, index: GraphIndex, id: string, mentionedIn?: string): Promise<void> {
	const name = id.slice(id.lastIndexOf("/") + 1);
	if (name.trim() === "" || FORBIDDEN.test(name)) {
		new Notice(`Cannot create a note named "${name}": file names cannot contain * " \\ < > : | ? # ^ [ ]`);
		return;
	}
	const mentions = index.graph.incomingEdges(id);
	const mention = mentions.find((edge) => edge.file === mentionedIn) ?? mentions[0];
	const source = mention ? app.vault.getAbstractFileByPath(mention.file) : null;
	const sourceFile = source instanceof TFile ? source : null;
	const folder = id.includes("/") ? "" : (app.fileManager.getNewFileParent(sourceFile?.path ?? "").path ?? "");
	const path = normalizePath(folder && folder !== "/" ? `${folder}/${id}.md` : `${id}.md`);
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing) {
		new Notice(`"${path}" already exists; opening it.`);
		if (existing instanceof TFile) await app.workspace.getLeaf(false).openFile(existing);
		return;
	}
	let content = "";
	if (sourceFile && mention) {
		const link = app.metadataCache.fileToLinktext(sourceFile, path, true);
		content = `Mentioned in [[${link}]]${mention.relation ? `: ${mention.relation}` : "."}\n`;
	}
	const parent = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	if (parent && !app.vault.getAbstractFileByPath(parent)) await app.vault.createFolder(parent);
	const file = await app.vault.create(path, content);
	await app.workspace.getLeaf(false).openFile(file);
}
