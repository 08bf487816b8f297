// npm run demo -- [--vault DIR] [--port N] [--no-open] [--skip-build]
// Builds the plugin, installs it into <vault>/.obsidian/plugins/pymem/ (enabled), then serves a browser
// preview of the vault on 127.0.0.1 that runs the built main.js. See preview/README.md.
import { spawn, spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildPreview, previewDir } from "../preview/build.mjs";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = "usage: npm run demo -- [--vault DIR] [--port N] [--no-open] [--skip-build]";

function parseArgs(argv) {
	const options = { vault: path.join(repoRoot, "example-vault"), port: 0, open: true, build: true };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const value = () => {
			const next = argv[++i];
			if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
			return next;
		};
		if (arg === "--vault") options.vault = path.resolve(value());
		else if (arg === "--port") {
			const raw = value();
			const port = Number(raw);
			if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port expects 0-65535, got ${raw}`);
			options.port = port;
		} else if (arg === "--no-open") options.open = false;
		else if (arg === "--skip-build") options.build = false;
		else if (arg === "--help" || arg === "-h") {
			console.log(USAGE);
			process.exit(0);
		} else throw new Error(`unknown option ${arg}\n${USAGE}`);
	}
	return options;
}

/** Best effort: a missing or failing browser opener must never fail the demo. */
function openBrowser(url) {
	const opener = process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
	try {
		const child = spawn(opener, [url], { stdio: "ignore", detached: true });
		child.on("error", () => console.log("(no browser opener found; open the URL yourself)"));
		child.unref();
	} catch {
		console.log("(could not open a browser; open the URL yourself)");
	}
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	// Checked before anything is built or installed, so a typo never creates a folder.
	if (!statSync(options.vault, { throwIfNoEntry: false })?.isDirectory()) {
		throw new Error(`the vault folder does not exist or is not a folder: ${options.vault}`);
	}
	if (options.build) {
		const npm = process.platform === "win32" ? "npm.cmd" : "npm";
		const result = spawnSync(npm, ["run", "build"], { cwd: repoRoot, stdio: "inherit" });
		if (result.status !== 0) throw new Error("npm run build failed; the preview was not started");
	}
	await buildPreview();
	const { installPlugin, startPreviewServer } = await import(pathToFileURL(path.join(previewDir, "dist", "server.mjs")).href);
	const pluginDir = await installPlugin(repoRoot, options.vault);
	console.log(`Installed Pymem into ${path.relative(process.cwd(), pluginDir) || pluginDir}`);
	const server = await startPreviewServer({ vault: options.vault, pluginDir, previewDir, port: options.port });
	console.log(`Pymem preview of ${options.vault}`);
	console.log(`  ${server.url}`);
	console.log("  add ?note=<path without .md> to open a note, ?theme=dark for the dark theme; Ctrl+C stops");
	if (options.open) openBrowser(server.url);
	const stop = () => void server.close().then(() => process.exit(0));
	process.on("SIGINT", stop);
	process.on("SIGTERM", stop);
}

main().catch((error) => {
	console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
