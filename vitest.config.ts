import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

// Node and jsdom tests. Real-browser tests live in vitest.e2e.config.ts.
export default defineConfig({
	plugins: [svelte({ compilerOptions: { css: "external" } })],
	resolve: {
		// Without "browser", Svelte resolves to its server build and mount() fails.
		conditions: ["browser"],
		alias: {
			obsidian: fileURLToPath(new URL("./tests/stubs/obsidian.ts", import.meta.url)),
		},
	},
	test: {
		include: ["tests/**/*.test.ts"],
		exclude: ["tests/e2e/**", "node_modules/**"],
		environment: "node",
		testTimeout: 60_000,
		// Vitest keeps one core for itself by default, which leaves a two-core CI machine one worker; its own
		// process is nearly idle while the workers run, so every core gets a worker.
		maxWorkers: availableParallelism(),
	},
});
