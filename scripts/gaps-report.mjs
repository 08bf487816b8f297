// Bundles scripts/gaps-report.ts for node and runs it (see that file).
import esbuild from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const outDir = mkdtempSync(path.join(tmpdir(), "pymem-gaps-"));
const outfile = path.join(outDir, "gaps-report.cjs");
try {
	await esbuild.build({ entryPoints: ["scripts/gaps-report.ts"], bundle: true, platform: "node", format: "cjs", outfile, logLevel: "warning", define: { __dirname: JSON.stringify(path.resolve("tests/conformance")) } });
	await import(pathToFileURL(outfile).href);
} finally {
	rmSync(outDir, { recursive: true, force: true });
}
