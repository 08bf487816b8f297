// Light and dark themes as Obsidian marks them: body.theme-light / body.theme-dark. The choice comes from
// ?theme=, then the last toggle (localStorage), then the system preference.
import { setIcon } from "../obsidian/icons";

export type Theme = "light" | "dark";

const STORAGE_KEY = "pymem-preview:theme";

export function initialTheme(params: URLSearchParams): Theme {
	const fromUrl = params.get("theme");
	if (fromUrl === "light" || fromUrl === "dark") return fromUrl;
	const stored = window.localStorage.getItem(STORAGE_KEY);
	if (stored === "light" || stored === "dark") return stored;
	return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function applyTheme(theme: Theme): void {
	document.body.toggleClass("theme-dark", theme === "dark");
	document.body.toggleClass("theme-light", theme === "light");
}

/** A toggle button named "Dark theme"; aria-pressed says whether it is on (the WAI-ARIA toggle pattern). */
export function createThemeToggle(parent: HTMLElement, start: Theme, onChange: (theme: Theme) => void): HTMLButtonElement {
	let theme = start;
	const button = parent.createEl("button", { cls: "preview-button preview-theme-toggle", attr: { type: "button" } });
	const icon = button.createSpan({ cls: "preview-button-icon" });
	button.createSpan({ text: "Dark theme" });
	const render = () => {
		button.setAttr("aria-pressed", theme === "dark");
		setIcon(icon, theme === "dark" ? "moon" : "sun");
	};
	button.addEventListener("click", () => {
		theme = theme === "dark" ? "light" : "dark";
		window.localStorage.setItem(STORAGE_KEY, theme);
		const url = new URL(window.location.href);
		url.searchParams.set("theme", theme);
		window.history.replaceState(window.history.state, "", url);
		applyTheme(theme);
		render();
		onChange(theme);
	});
	applyTheme(theme);
	render();
	return button;
}
