import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import http from "node:http";
import { startPreviewServer, wrapCommonJs, type PreviewServer } from "../../preview/server/server";
import { installPlugin } from "../../preview/server/install";

const root = mkdtempSync(path.join(tmpdir(), "pymem-preview-server-"));
const vault = path.join(root, "vault");
const pluginDir = path.join(root, "plugin");
const previewDir = path.join(root, "preview");
let server: PreviewServer;

/** A raw request, so paths reach the server exactly as written (fetch would normalise "..") */
function get(pathname: string, host?: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = http.request(
			{ host: "127.0.0.1", port: server.port, path: pathname, headers: host ? { host } : {} },
			(res) => {
				let body = "";
				res.on("data", (chunk: Buffer) => (body += chunk.toString()));
				res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
			},
		);
		req.on("error", reject);
		req.end();
	});
}

beforeAll(async () => {
	mkdirSync(path.join(vault, "Sub folder"), { recursive: true });
	mkdirSync(path.join(vault, ".obsidian"), { recursive: true });
	mkdirSync(pluginDir);
	mkdirSync(path.join(previewDir, "static"), { recursive: true });
	writeFileSync(path.join(vault, "Home.md"), "# Home\n");
	writeFileSync(path.join(vault, "Sub folder", "Note é.md"), "note");
	writeFileSync(path.join(vault, ".obsidian", "app.json"), "{}");
	writeFileSync(path.join(root, "outside.md"), "secret");
	symlinkSync(path.join(root, "outside.md"), path.join(vault, "link.md"));
	writeFileSync(path.join(pluginDir, "main.js"), "module.exports = 1;");
	writeFileSync(path.join(previewDir, "static", "index.html"), "<!doctype html>");
	server = await startPreviewServer({ vault, pluginDir, previewDir, port: 0 });
});

afterAll(async () => {
	await server.close();
	rmSync(root, { recursive: true, force: true });
});

describe("preview server", () => {
	it("listens on 127.0.0.1 only", () => {
		expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
	});

	it("lists the vault without hidden folders or symbolic links", async () => {
		const listing = JSON.parse((await get("/api/vault")).body) as { name: string; files: { path: string }[] };
		expect(listing.name).toBe("vault");
		expect(listing.files.map((file) => file.path)).toEqual(["Home.md", "Sub folder/Note é.md"]);
	});

	it("serves vault files by encoded path", async () => {
		expect(await get("/vault/Home.md")).toEqual({ status: 200, body: "# Home\n" });
		expect((await get(`/vault/Sub%20folder/${encodeURIComponent("Note é.md")}`)).body).toBe("note");
	});

	it("refuses to read outside the vault", async () => {
		for (const attempt of ["/vault/../outside.md", "/vault/%2E%2E/outside.md", "/vault/Sub%20folder%2F..%2F..%2Foutside.md", "/vault/link.md"]) {
			const { status, body } = await get(attempt);
			expect(status, attempt).not.toBe(200);
			expect(body).not.toContain("secret");
		}
		expect((await get("/vault/.obsidian/app.json")).status).toBe(403);
		expect((await get("/vault/%E0%A4%A")).status).toBe(400);
	});

	it("rejects foreign Host headers and writes", async () => {
		expect((await get("/api/vault", "evil.example:80")).status).toBe(403);
		const status = await new Promise<number>((resolve) => {
			const req = http.request({ host: "127.0.0.1", port: server.port, path: "/vault/Home.md", method: "PUT" }, (res) => resolve(res.statusCode ?? 0));
			req.end("x");
		});
		expect(status).toBe(405);
		expect(readFileSync(path.join(vault, "Home.md"), "utf8")).toBe("# Home\n");
	});

	it("serves main.js wrapped for the host without shifting its lines", async () => {
		const { body } = await get("/plugin/main.define.js");
		expect(body).toBe(wrapCommonJs("module.exports = 1;"));
		expect(body.split("\n")[0]).toContain("module.exports = 1;");
	});
});

describe("installPlugin", () => {
	it("copies the three files and enables the plugin once, keeping other plugins", async () => {
		const repo = path.join(root, "repo");
		const target = path.join(root, "target-vault");
		mkdirSync(repo);
		mkdirSync(path.join(target, ".obsidian"), { recursive: true });
		for (const file of ["main.js", "manifest.json", "styles.css"]) writeFileSync(path.join(repo, file), file);
		writeFileSync(path.join(target, ".obsidian", "community-plugins.json"), '["dataview"]');
		const dir = await installPlugin(repo, target);
		await installPlugin(repo, target);
		expect(readFileSync(path.join(dir, "styles.css"), "utf8")).toBe("styles.css");
		expect(JSON.parse(readFileSync(path.join(target, ".obsidian", "community-plugins.json"), "utf8"))).toEqual(["dataview", "pymem"]);
	});

	it("refuses to overwrite a community-plugins.json it cannot read", async () => {
		const repo = path.join(root, "repo");
		const target = path.join(root, "broken-vault");
		mkdirSync(path.join(target, ".obsidian"), { recursive: true });
		writeFileSync(path.join(target, ".obsidian", "community-plugins.json"), "{not json");
		await expect(installPlugin(repo, target)).rejects.toThrow(/not valid JSON/);
		expect(readFileSync(path.join(target, ".obsidian", "community-plugins.json"), "utf8")).toBe("{not json");
	});
});
