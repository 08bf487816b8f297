// Reading the served vault: a listing of its notes and files, and safe resolution of a requested path.
// The server only ever reads; nothing here writes to the vault.
import { promises as fs } from "node:fs";
import path from "node:path";

export interface VaultFileEntry {
	/** Vault-relative path with forward slashes, e.g. "Memory/Reference counting.md". */
	path: string;
	size: number;
	mtime: number;
}

export interface VaultListing {
	name: string;
	files: VaultFileEntry[];
}

/** Folders and files whose name starts with a dot (.obsidian, .git, .trash) are not part of the vault's notes. */
function isHidden(name: string): boolean {
	return name.startsWith(".") || name === "node_modules";
}

/** Lists every regular file under the vault, skipping hidden entries and symbolic links (they could leave the vault). */
export async function listVault(vaultRoot: string): Promise<VaultListing> {
	const files: VaultFileEntry[] = [];
	async function walk(relative: string): Promise<void> {
		const entries = await fs.readdir(path.join(vaultRoot, relative), { withFileTypes: true });
		await Promise.all(
			entries.map(async (entry) => {
				if (isHidden(entry.name)) return;
				const childRelative = relative === "" ? entry.name : `${relative}/${entry.name}`;
				if (entry.isDirectory()) {
					await walk(childRelative);
				} else if (entry.isFile()) {
					const stat = await fs.stat(path.join(vaultRoot, childRelative));
					files.push({ path: childRelative, size: stat.size, mtime: stat.mtimeMs });
				}
			}),
		);
	}
	await walk("");
	files.sort((a, b) => a.path.localeCompare(b.path));
	return { name: path.basename(path.resolve(vaultRoot)), files };
}

export class VaultPathError extends Error {
	constructor(
		message: string,
		readonly status: 400 | 403 | 404,
	) {
		super(message);
	}
}

/**
 * Turns a URL path tail ("Memory/Reference%20counting.md") into an absolute file path inside the vault,
 * or throws a VaultPathError. Rejects "..", ".", empty and hidden segments, backslashes and NUL, and any
 * path whose real location (after symbolic links) is outside the vault.
 */
export async function resolveVaultPath(vaultRoot: string, encodedTail: string): Promise<string> {
	const segments: string[] = [];
	for (const raw of encodedTail.split("/")) {
		let segment: string;
		try {
			segment = decodeURIComponent(raw);
		} catch {
			throw new VaultPathError(`Malformed path segment: ${raw}`, 400);
		}
		if (segment === "" || segment === "." || segment === "..") throw new VaultPathError("Path leaves the vault", 403);
		if (/[\\/\0]/.test(segment)) throw new VaultPathError("Path leaves the vault", 403);
		if (isHidden(segment)) throw new VaultPathError("Hidden files are not served", 403);
		segments.push(segment);
	}
	const realRoot = await fs.realpath(vaultRoot);
	const candidate = path.join(realRoot, ...segments);
	let realCandidate: string;
	try {
		realCandidate = await fs.realpath(candidate);
	} catch {
		throw new VaultPathError("Not found", 404);
	}
	if (!realCandidate.startsWith(realRoot + path.sep)) throw new VaultPathError("Path leaves the vault", 403);
	const stat = await fs.stat(realCandidate);
	if (!stat.isFile()) throw new VaultPathError("Not a file", 404);
	return realCandidate;
}
