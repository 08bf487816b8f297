// Entry point bundled to preview/dist/server.mjs for scripts/demo.mjs (node cannot import .ts directly).
export { startPreviewServer, type PreviewServer, type PreviewServerOptions } from "./server";
export { installPlugin, PLUGIN_FILES } from "./install";
export { listVault } from "./vault-files";
