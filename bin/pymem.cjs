#!/usr/bin/env node
// Launcher for the bundled CLI. `npm install` builds dist/cli.cjs through the "prepare" script.
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "dist", "cli.cjs");
if (!fs.existsSync(bundle)) {
	process.stderr.write("pymem: the CLI is not built yet. Run `npm install` (or `node esbuild.config.mjs cli`) first.\n");
	process.exit(2);
}
require(bundle);
