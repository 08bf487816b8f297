// The list of notes on the left. Links are real ?note= URLs, so they also work in a new tab.
import type { TFile } from "../obsidian/files";

export function noteHref(file: TFile): string {
	const url = new URL(window.location.href);
	url.searchParams.set("note", file.path.replace(/\.md$/, ""));
	return `${url.pathname}${url.search}`;
}

export function renderNoteList(listEl: HTMLElement, files: TFile[], open: (file: TFile) => void): (current: TFile | null) => void {
	listEl.empty();
	const links = new Map<string, HTMLAnchorElement>();
	const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
	for (const file of sorted) {
		const item = listEl.createEl("li", { cls: "preview-nav-item" });
		const folder = file.parent && !file.parent.isRoot() ? `${file.parent.path}/` : "";
		const link = item.createEl("a", { href: noteHref(file), attr: { "data-path": file.path } });
		if (folder) link.createSpan({ cls: "preview-nav-folder", text: folder });
		link.createSpan({ cls: "preview-nav-name", text: file.basename });
		link.addEventListener("click", (event) => {
			if (event.metaKey || event.ctrlKey || event.shiftKey) return;
			event.preventDefault();
			open(file);
		});
		links.set(file.path, link);
	}
	return (current) => {
		for (const [path, link] of links) link.setAttr("aria-current", path === current?.path ? "page" : null);
	};
}
