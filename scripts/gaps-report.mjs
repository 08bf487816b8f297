// Bundles scripts/gaps-report.ts for node and runs it (see that file).
import { runBundled } from "./run-bundled.mjs";

await runBundled("scripts/gaps-report.ts");
