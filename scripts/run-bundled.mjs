// Bundles a TypeScript entry (it imports src/ and tests/ modules) for node and runs it: the scripts that need
// the simulator (gaps-report, fuzz-invariant) start through this.
import esbuild from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export async function runBundled(entry) {
	const outDir = mkdtempSync(path.join(tmpdir(), "pymem-script-"));
	const outfile = path.join(outDir, "script.cjs");
	try {
		// tests/conformance/programs.ts locates the programs from __dirname, which bundling would move.
		await esbuild.build({ entryPoints: [entry], bundle: true, platform: "node", format: "cjs", outfile, logLevel: "warning", define: { __dirname: JSON.stringify(path.resolve("tests/conformance")) } });
		await import(pathToFileURL(outfile).href);
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
}
