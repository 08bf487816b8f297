// Bundles scripts/fuzz-vs-python.ts for node and runs it (see that file).
import { runBundled } from "./run-bundled.mjs";

await runBundled("scripts/fuzz-vs-python.ts");
