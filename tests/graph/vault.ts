import { readMarkdownFiles, type VaultFile } from "../../src/cli/vault-files";
import path from "node:path";

export const FIXTURE_VAULT = path.join(import.meta.dirname, "fixtures", "vault");
/** The study vault shipped with the plugin. */
export const EXAMPLE_VAULT = path.join(import.meta.dirname, "..", "..", "example-vault");

/** Every .md file under `root`, read as the CLI reads a vault. */
export function readVault(root: string = FIXTURE_VAULT): VaultFile[] {
	return readMarkdownFiles(root);
}
