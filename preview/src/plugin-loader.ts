// Runs the built main.js as Obsidian does: a CommonJS bundle given a `require` that answers "obsidian"
// with the host's API module (any other module is refused with a clear error). The server wraps the file
// in a CommonJS define call (/plugin/main.define.js, see preview/server/server.ts) and a <script> element
// loads it, so the bytes that run are those of the built main.js, with no eval in the host.
import * as obsidianApi from "./obsidian/index";
import type { App, Plugin, PluginManifest } from "./obsidian/app";

type PluginClass = new (app: App, manifest: PluginManifest) => Plugin;
type ModuleFactory = (require: (name: string) => unknown, module: { exports: Record<string, unknown> }, exports: unknown) => void;

export const DEFINE_GLOBAL = "pymemPreviewDefine";

/** Runs a CommonJS module factory and returns its plugin class. */
export function instantiateModule(factory: ModuleFactory, sourceName: string): PluginClass {
	const module: { exports: Record<string, unknown> } = { exports: {} };
	const require = (name: string): unknown => {
		if (name === "obsidian") return obsidianApi;
		throw new Error(`${sourceName} requires "${name}", which the preview host does not provide`);
	};
	factory(require, module, module.exports);
	const exported = module.exports.default ?? module.exports;
	if (typeof exported !== "function") throw new Error(`${sourceName} does not export a plugin class`);
	return exported as PluginClass;
}

function loadFactory(url: string): Promise<ModuleFactory> {
	return new Promise((resolve, reject) => {
		const slot = window as unknown as Record<string, unknown>;
		let factory: ModuleFactory | null = null;
		slot[DEFINE_GLOBAL] = (defined: ModuleFactory) => (factory = defined);
		const script = document.head.createEl("script", { attr: { src: url } });
		const done = () => {
			delete slot[DEFINE_GLOBAL];
			script.detach();
		};
		script.addEventListener("load", () => {
			done();
			if (factory) resolve(factory);
			else reject(new Error(`${url} did not define a module`));
		});
		script.addEventListener("error", () => {
			done();
			reject(new Error(`Could not load ${url}; run npm run demo to build the plugin`));
		});
	});
}

export async function loadPlugin(app: App, defineUrl: string, manifestUrl: string): Promise<Plugin> {
	const manifestResponse = await fetch(manifestUrl);
	if (!manifestResponse.ok) throw new Error(`Could not load ${manifestUrl} (HTTP ${manifestResponse.status})`);
	const manifest = (await manifestResponse.json()) as PluginManifest;
	const PluginClass = instantiateModule(await loadFactory(defineUrl), `plugins/${manifest.id}/main.js`);
	const plugin = new PluginClass(app, manifest);
	plugin.load();
	await plugin.loading;
	return plugin;
}
