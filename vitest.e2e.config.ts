import { defineConfig } from "vitest/config";

// Real-browser tests: Playwright drives Debian's chromium against the demo preview server.
export default defineConfig({
	test: {
		include: ["tests/e2e/**/*.e2e.ts"],
		environment: "node",
		testTimeout: 120_000,
		hookTimeout: 120_000,
		fileParallelism: false,
	},
});
