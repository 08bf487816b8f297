// Builds the Obsidian plugin bundle (main.js) and the node CLI (dist/cli.cjs).
//   node esbuild.config.mjs             watch the plugin (development)
//   node esbuild.config.mjs production  minified plugin bundle
//   node esbuild.config.mjs cli         the CLI only (run by `npm install` through "prepare")
import esbuild from "esbuild";
import sveltePlugin from "esbuild-svelte";
import { builtinModules } from "node:module";

const mode = process.argv[2] ?? "development";
const production = mode === "production";

const banner = "/* Pymem: bundled by esbuild. Source: src/ */";

// Svelte reads its DEV and BROWSER flags from esm-env, whose condition files say `export default false`.
// esbuild does not inline a default export across modules, so every `if (DEV)` branch with its long
// message would ship. The same values as named constants are inlined and the dead branches dropped.
const esmEnvConstants = {
	name: "esm-env-constants",
	setup(build) {
		build.onResolve({ filter: /^esm-env$/ }, () => ({ path: "esm-env", namespace: "esm-env-constants" }));
		build.onLoad({ filter: /.*/, namespace: "esm-env-constants" }, () => ({
			contents: `export const DEV = ${!production}, BROWSER = true, NODE = false;`,
			loader: "js",
		}));
	},
};

const pluginOptions = {
	banner: { js: banner },
	entryPoints: ["src/main.ts"],
	bundle: true,
	platform: "browser",
	conditions: ["svelte", "browser", production ? "production" : "development"],
	mainFields: ["svelte", "browser", "module", "main"],
	external: [
		"obsidian",
		"electron",
		"@codemirror/*",
		"@lezer/common",
		"@lezer/highlight",
		"@lezer/lr",
		...builtinModules,
		...builtinModules.map((name) => `node:${name}`),
	],
	format: "cjs",
	target: "es2022",
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	outfile: "main.js",
	plugins: [
		esmEnvConstants,
		sveltePlugin({
			compilerOptions: { css: "external", dev: !production },
		}),
	],
};

const cliOptions = {
	banner: { js: "/* Pymem CLI: bundled by esbuild. Source: src/cli/ */" },
	entryPoints: ["src/cli/index.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	logLevel: "warning",
	outfile: "dist/cli.cjs",
};

if (mode === "cli") {
	await esbuild.build(cliOptions);
} else if (production) {
	await esbuild.build(pluginOptions);
	await esbuild.build(cliOptions);
} else {
	const context = await esbuild.context(pluginOptions);
	await context.watch();
}
