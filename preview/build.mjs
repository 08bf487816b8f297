// Builds the browser preview: the host that runs the built main.js (preview/src -> preview/dist/host.js)
// and the node server used by scripts/demo.mjs (preview/server -> preview/dist/server.mjs).
import esbuild from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const previewDir = path.dirname(fileURLToPath(import.meta.url));

/** Builds both bundles into preview/dist/. Takes well under a second. */
export async function buildPreview() {
	await esbuild.build({
		entryPoints: [path.join(previewDir, "src", "main.ts")],
		bundle: true,
		platform: "browser",
		format: "iife",
		target: "es2022",
		sourcemap: "linked",
		logLevel: "warning",
		outfile: path.join(previewDir, "dist", "host.js"),
	});
	await esbuild.build({
		entryPoints: [path.join(previewDir, "server", "index.ts")],
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		packages: "external",
		logLevel: "warning",
		outfile: path.join(previewDir, "dist", "server.mjs"),
	});
}
