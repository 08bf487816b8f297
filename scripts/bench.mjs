// `npm run bench`: bundles every bench/*.bench.ts for node with esbuild and runs them in turn.
// Each reports figures as ratios against a reference measured in the same run.
import esbuild from "esbuild";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const only = process.argv.slice(2);
const benchDir = path.resolve("bench");
const files = readdirSync(benchDir)
	.filter((name) => name.endsWith(".bench.ts"))
	.filter((name) => only.length === 0 || only.some((wanted) => name.startsWith(wanted)))
	.sort();

// Two levels below the repository root, as the sources are: the bundles' external packages resolve from its
// node_modules, and paths computed from import.meta.url (the e2e harness's repoRoot) stay right.
// Plain .mjs modules (preview/build.mjs...) are imported from where they are, not bundled, so that paths
// they compute from their own import.meta.url stay right.
const keepScriptModulesInPlace = {
	name: "keep-mjs-in-place",
	setup(build) {
		build.onResolve({ filter: /\.mjs$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path), external: true }));
	},
};

const outDir = mkdtempSync(path.join(benchDir, ".out-"));
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
			plugins: [keepScriptModulesInPlace],
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
