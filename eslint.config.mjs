import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import tseslint from "typescript-eslint";

// Node-side code: the CLI, build and demo scripts, tests and the preview server. These never ship in main.js.
const nodeSide = [
	"src/cli/**",
	"scripts/**",
	"tests/**",
	"preview/server/**",
	"preview/build.mjs",
	"bin/**",
	"bench/**",
	"*.config.{ts,mjs}",
	"version-bump.mjs",
	"eslint.config.mjs",
];

export default defineConfig([
	globalIgnores([
		"node_modules/",
		"main.js",
		"dist/",
		"coverage/",
		"example-vault/.obsidian/",
		"preview/dist/",
		"tests/conformance/**/*.py",
	]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	// Scoped to .svelte files: its processor rules assume a Svelte parser.
	{
		// Plain JavaScript (build and demo scripts) is linted without type information.
		files: ["**/*.{js,mjs,cjs}"],
		...tseslint.configs.disableTypeChecked,
		languageOptions: { parserOptions: { projectService: false, project: null } },
	},
	...svelte.configs.recommended.map((config) => ({ ...config, files: config.files ?? ["**/*.svelte", "**/*.svelte.ts"] })),
	{
		files: ["**/*.svelte", "**/*.svelte.ts"],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: [".svelte"],
				parser: tseslint.parser,
				svelteConfig: {},
			},
		},
	},
	{
		files: nodeSide,
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-extraneous-dependencies": "off",
			"no-restricted-globals": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/ui/sentence-case": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/rule-custom-message": "off",
			"@typescript-eslint/no-require-imports": "off",
			// Node-side scripts import modules they just bundled; there is no DOM to inject into.
			"no-unsanitized/method": "off",
			// The demo installs the plugin into the example vault's own `.obsidian` folder, on purpose.
			"obsidianmd/hardcoded-config-path": "off",
		},
	},
	{
		// The preview's browser host stands in for Obsidian itself: it fetches the served vault and builds
		// the DOM that Obsidian would, so the rules for plugin code (use requestUrl, createEl) do not apply.
		files: ["preview/src/**"],
		rules: {
			"no-restricted-globals": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/prefer-instanceof": "off",
		},
	},
]);
