import { runCli } from "./cli";

// A reader that stops early (`pymem run prog.py | head -1`) closes the pipe: the rest of the output has nowhere to
// go, so the CLI ends quietly, as the pipeline expects, instead of failing on the write.
for (const stream of [process.stdout, process.stderr]) {
	stream.on("error", (error: Error & { code?: string }) => {
		if (error.code === "EPIPE") process.exit(0);
		throw error;
	});
}

void runCli(process.argv.slice(2)).then((code) => {
	process.exitCode = code;
});
