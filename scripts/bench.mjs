// `npm run bench`: bundles every bench/*.bench.ts for node with esbuild and runs them in turn.
// Each reports figures as ratios against a reference measured in the same run.
import esbuild from "esbuild";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const only = process.argv.slice(2);
const benchDir = path.resolve("bench");
const files = readdirSync(benchDir)
	.filter((name) => name.endsWith(".bench.ts"))
	.filter((name) => only.length === 0 || only.some((wanted) => name.startsWith(wanted)))
	.sort();

const outDir = mkdtempSync(path.join(tmpdir(), "pymem-bench-"));
const rows = [];
try {
	for (const file of files) {
		const outfile = path.join(outDir, file.replace(/\.ts$/, ".mjs"));
		await esbuild.build({
			entryPoints: [path.join(benchDir, file)],
			bundle: true,
			platform: "node",
			format: "esm",
			target: "node20",
			outfile,
			packages: "external",
			logLevel: "warning",
		});
		process.stdout.write(`\n# ${file}\n`);
		const { run } = await import(pathToFileURL(outfile).href);
		await run((figure) => {
			rows.push({ file, ...figure });
			const goal = figure.goal ? `  (goal: ${figure.goal})` : "";
			process.stdout.write(`  ${figure.name}: ${formatValue(figure.value)} ${figure.unit}  vs ${figure.reference}${goal}\n`);
		});
	}
} finally {
	rmSync(outDir, { recursive: true, force: true });
}

if (rows.length === 0) process.stdout.write("no benchmarks found in bench/\n");

function formatValue(value) {
	return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);
}
