// The preview page: a header (vault name, plugin ribbon, commands, settings, theme), the note list,
// the centre leaf and a side pane that appears when a plugin opens a view there.
export interface Layout {
	headerActionsEl: HTMLElement;
	ribbonEl: HTMLElement;
	navEl: HTMLElement;
	navListEl: HTMLElement;
	workspaceEl: HTMLElement;
	centerEl: HTMLElement;
	sideEl: HTMLElement;
	sideTabsEl: HTMLElement;
	sideLeavesEl: HTMLElement;
	statusBarEl: HTMLElement;
	errorEl: HTMLElement;
	setVaultName(name: string): void;
	setSideVisible(visible: boolean): void;
}

export function buildLayout(root: HTMLElement): Layout {
	root.empty();
	root.addClass("preview-app");
	const header = root.createEl("header", { cls: "preview-header" });
	const navToggle = header.createEl("button", {
		cls: "preview-button preview-nav-toggle",
		text: "Notes",
		attr: { type: "button", "aria-expanded": "false", "aria-controls": "preview-nav" },
	});
	const title = header.createDiv({ cls: "preview-title" });
	title.createSpan({ cls: "preview-title-app", text: "Pymem preview" });
	const vaultNameEl = title.createSpan({ cls: "preview-title-vault" });
	const ribbonEl = header.createDiv({ cls: "preview-ribbon side-dock-ribbon", attr: { "aria-label": "Plugin actions" } });
	const headerActionsEl = header.createDiv({ cls: "preview-header-actions" });
	const errorEl = root.createDiv({ cls: "preview-error", attr: { role: "alert" } });
	errorEl.hide();

	const body = root.createDiv({ cls: "preview-body" });
	const navEl = body.createEl("nav", { cls: "preview-nav", attr: { id: "preview-nav", "aria-label": "Notes" } });
	const navListEl = navEl.createEl("ul", { cls: "preview-nav-list" });
	const workspaceEl = body.createDiv({ cls: "workspace preview-workspace" });
	const centerEl = workspaceEl.createEl("main", { cls: "preview-center workspace-split mod-root" });
	const sideEl = workspaceEl.createEl("aside", { cls: "preview-side workspace-split mod-right-split", attr: { "aria-label": "Side pane" } });
	const sideTabsEl = sideEl.createDiv({ cls: "preview-side-tabs", attr: { role: "tablist" } });
	const sideLeavesEl = sideEl.createDiv({ cls: "preview-side-leaves" });
	sideEl.hide();
	const statusBarEl = root.createEl("footer", { cls: "status-bar preview-status-bar" });

	navToggle.addEventListener("click", () => {
		const open = !navEl.hasClass("is-open");
		navEl.toggleClass("is-open", open);
		navToggle.setAttr("aria-expanded", open);
	});
	navListEl.addEventListener("click", (event) => {
		if ((event.target as Element).closest("a")) {
			navEl.removeClass("is-open");
			navToggle.setAttr("aria-expanded", false);
		}
	});

	return {
		headerActionsEl,
		ribbonEl,
		navEl,
		navListEl,
		workspaceEl,
		centerEl,
		sideEl,
		sideTabsEl,
		sideLeavesEl,
		statusBarEl,
		errorEl,
		setVaultName: (name) => vaultNameEl.setText(name),
		setSideVisible: (visible) => sideEl.toggle(visible),
	};
}

/** Shows a host-level failure (server unreachable, main.js throwing on load) in the page itself. */
export function showHostError(layout: Layout, message: string): void {
	layout.errorEl.show();
	layout.errorEl.createDiv({ text: message });
}
