// The preview's HTTP server: plain node:http on 127.0.0.1, read-only. It serves
//   /                      the host page (preview/static/index.html)
//   /preview/<asset>       the bundled host (preview/dist/host.js) and its stylesheet
//   /plugin/<file>         the built plugin: main.js, manifest.json, styles.css from `pluginDir`
//   /plugin/main.define.js main.js unchanged inside a CommonJS wrapper the host's <script> can load
//   /api/vault             a JSON listing of the vault's files
//   /vault/<path>          one file of the vault, never anything outside it
import http from "node:http";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { listVault, resolveVaultPath, VaultPathError } from "./vault-files";

export interface PreviewServerOptions {
	/** Folder of notes to serve. */
	vault: string;
	/** Folder holding the built main.js, manifest.json and styles.css. */
	pluginDir: string;
	/** The preview folder (holding static/ and dist/). */
	previewDir: string;
	/** 0 (the default) picks a free port. */
	port?: number;
}

export interface PreviewServer {
	url: string;
	port: number;
	close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
	".html": "text/html; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".json": "application/json; charset=utf-8",
	".md": "text/markdown; charset=utf-8",
	".txt": "text/plain; charset=utf-8",
	".py": "text/plain; charset=utf-8",
	".svg": "image/svg+xml",
	".png": "image/png",
	".jpg": "image/jpeg",
	".jpeg": "image/jpeg",
	".gif": "image/gif",
	".webp": "image/webp",
	".map": "application/json; charset=utf-8",
};

function contentType(file: string): string {
	return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** Fixed routes to fixed files: no request path is ever joined onto these folders. */
function fixedRoutes(options: PreviewServerOptions): Map<string, string> {
	const { previewDir, pluginDir } = options;
	return new Map([
		["/", path.join(previewDir, "static", "index.html")],
		["/index.html", path.join(previewDir, "static", "index.html")],
		["/preview/host.css", path.join(previewDir, "static", "host.css")],
		["/preview/host.js", path.join(previewDir, "dist", "host.js")],
		["/preview/host.js.map", path.join(previewDir, "dist", "host.js.map")],
		["/plugin/main.js", path.join(pluginDir, "main.js")],
		["/plugin/manifest.json", path.join(pluginDir, "manifest.json")],
		["/plugin/styles.css", path.join(pluginDir, "styles.css")],
	]);
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
	res.writeHead(status, {
		"content-type": type,
		"cache-control": "no-store",
		"x-content-type-options": "nosniff",
	});
	res.end(body);
}

async function sendFile(res: http.ServerResponse, file: string, head: boolean): Promise<void> {
	let body: Buffer;
	try {
		body = await fs.readFile(file);
	} catch {
		send(res, 404, "text/plain; charset=utf-8", `Not found: ${path.basename(file)}`);
		return;
	}
	send(res, 200, contentType(file), head ? Buffer.alloc(0) : body);
}

/**
 * The classic CommonJS-in-the-browser wrapper: the host defines `pymemPreviewDefine` and receives the
 * module factory. The code in between is main.js byte for byte, starting on the wrapper's first line so that
 * line numbers in stack traces are main.js's own.
 */
export function wrapCommonJs(code: string): string {
	return `pymemPreviewDefine(function (require, module, exports) {${code}\n});\n//# sourceURL=plugins/pymem/main.js\n`;
}

/** Only answer requests addressed to this loopback server (a guard against DNS rebinding). */
function hostIsLoopback(hostHeader: string | undefined, port: number): boolean {
	return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
	const vault = path.resolve(options.vault);
	const stat = await fs.stat(vault).catch(() => null);
	if (!stat?.isDirectory()) throw new Error(`The vault folder does not exist or is not a folder: ${vault}`);
	const routes = fixedRoutes(options);
	let port = 0;

	const server = http.createServer((req, res) => {
		void handle(req, res).catch((error: unknown) => {
			send(res, 500, "text/plain; charset=utf-8", `Preview server error: ${String(error)}`);
		});
	});

	async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		if (req.method !== "GET" && req.method !== "HEAD") {
			send(res, 405, "text/plain; charset=utf-8", "The preview server is read-only");
			return;
		}
		if (!hostIsLoopback(req.headers.host, port)) {
			send(res, 403, "text/plain; charset=utf-8", "Unexpected Host header");
			return;
		}
		const head = req.method === "HEAD";
		const pathname = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
		if (pathname === "/plugin/main.define.js") {
			const code = await fs.readFile(path.join(options.pluginDir, "main.js"), "utf8").catch(() => null);
			if (code === null) send(res, 404, "text/plain; charset=utf-8", "main.js is not built yet: run npm run build");
			else send(res, 200, CONTENT_TYPES[".js"]!, head ? "" : wrapCommonJs(code));
			return;
		}
		const fixed = routes.get(pathname);
		if (fixed) return sendFile(res, fixed, head);
		if (pathname === "/api/vault") {
			send(res, 200, CONTENT_TYPES[".json"]!, JSON.stringify(await listVault(vault)));
			return;
		}
		if (pathname.startsWith("/vault/")) {
			try {
				return await sendFile(res, await resolveVaultPath(vault, pathname.slice("/vault/".length)), head);
			} catch (error) {
				if (error instanceof VaultPathError) {
					send(res, error.status, "text/plain; charset=utf-8", error.message);
					return;
				}
				throw error;
			}
		}
		if (pathname === "/favicon.ico") {
			res.writeHead(204).end();
			return;
		}
		send(res, 404, "text/plain; charset=utf-8", "Not found");
	}

	await new Promise<void>((resolve, reject) => {
		server.once("error", (error: Error & { code?: string }) => {
			reject(
				error.code === "EADDRINUSE"
					? new Error(`Port ${options.port} is already in use; pass another with --port N (or 0 for any free port)`)
					: error,
			);
		});
		server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
	});
	port = (server.address() as AddressInfo).port;

	return {
		url: `http://127.0.0.1:${port}/`,
		port,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}
