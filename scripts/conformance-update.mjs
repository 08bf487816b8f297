// `npm run conformance:update [-- --check]`: CPython 3.11 writes the expected outputs of the conformance suite.
//
// 1. Extracts every ```pymem block of example-vault/**/*.md to tests/conformance/vault/<note-slug>-<n>.py and removes
//    extracted files whose block is gone.
// 2. Runs every tests/conformance/**/*.py with python3 (own temp dir as cwd, PYTHONHASHSEED=0, a timeout) and writes
//    <name>.expected.json = { stdout, exitCode, stderrLastLine, stderr, ast, stackSizes, sourceSha256 }, where stderr
//    names the program main.py and masks addresses (0x…), and stackSizes is [co_qualname, co_stacksize] of each
//    code object, depth first through co_consts. Programs under tests/conformance/syntax/ must be SyntaxErrors
//    (their ast and stackSizes are null); anywhere else a SyntaxError is a failure.
// 3. tests/sim/parse/corpus/**/*.py -> { ast }; tests/sim/parse/errors/**/*.py -> { syntaxError: { type, msg, lineno } }
//    from compile(), never executed.
// One python3 process does all of it, running the programs in parallel subprocesses. Files are only rewritten when
// their content changes, so a second run changes nothing. With --check nothing is written: it lists what is out of
// date and exits 1 if anything is. With --changed only programs whose source no longer matches the sourceSha256 of
// their expected file are run (quicker while writing programs; a full run is the reference).
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { blockStdin, extractPymemBlocks, noteSlug } from "./pymem-blocks.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const python = process.env.PYMEM_PYTHON ?? "python3";
const checkOnly = process.argv.includes("--check");
const changedOnly = process.argv.includes("--changed");
const PROGRAM_TIMEOUT_SECONDS = 30;

const dirs = {
	conformance: path.join(root, "tests/conformance"),
	vault: path.join(root, "tests/conformance/vault"),
	// Programs python3 rejects before running: their ast and stackSizes are null.
	syntax: path.join(root, "tests/conformance/syntax"),
	exampleVault: path.join(root, "example-vault"),
	corpus: path.join(root, "tests/sim/parse/corpus"),
	errors: path.join(root, "tests/sim/parse/errors"),
};

/** Paths (relative to the repo) that this run wrote, or would write with --check. */
const changed = [];
/** Paths removed as stale. */
const removed = [];

function fail(message) {
	console.error(`conformance-update: ${message}`);
	process.exit(1);
}

function filesUnder(dir, suffix) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => !name.startsWith(".")) // hidden folders such as the vault's config folder
		.sort()
		.flatMap((name) => {
			const full = path.join(dir, name);
			if (statSync(full).isDirectory()) return filesUnder(full, suffix);
			return name.endsWith(suffix) ? [full] : [];
		});
}

function writeIfChanged(file, content) {
	if (existsSync(file) && readFileSync(file, "utf8") === content) return;
	changed.push(path.relative(root, file));
	if (checkOnly) return;
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, content);
}

function remove(file) {
	removed.push(path.relative(root, file));
	if (!checkOnly) unlinkSync(file);
}

function expectedPathOf(py) {
	return py.replace(/\.py$/, ".expected.json");
}

function toJson(data) {
	return JSON.stringify(data, null, 2) + "\n";
}

export function sha256(text) {
	return createHash("sha256").update(text, "utf8").digest("hex");
}

function checkPythonVersion() {
	const probe = spawnSync(python, ["-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"], { encoding: "utf8" });
	if (probe.error || probe.status !== 0) fail(`cannot run ${python}: ${probe.error?.message ?? probe.stderr.trim()}`);
	const version = probe.stdout.trim();
	if (!version.startsWith("3.11.")) {
		fail(`${python} is CPython ${version}; the oracle must be CPython 3.11 (set PYMEM_PYTHON to a 3.11 interpreter)`);
	}
	return version;
}

function extractVault() {
	const wanted = new Map();
	const slugOwner = new Map();
	for (const note of filesUnder(dirs.exampleVault, ".md")) {
		const relative = path.relative(dirs.exampleVault, note).split(path.sep).join("/");
		const slug = noteSlug(relative);
		if (slugOwner.has(slug)) fail(`notes "${slugOwner.get(slug)}" and "${relative}" both extract as "${slug}"`);
		slugOwner.set(slug, relative);
		extractPymemBlocks(readFileSync(note, "utf8")).forEach((block, index) => {
			wanted.set(path.join(dirs.vault, `${slug}-${index + 1}.py`), block.source);
		});
	}
	for (const [file, source] of wanted) writeIfChanged(file, source);
	for (const file of filesUnder(dirs.vault, "")) {
		const program = file.endsWith(".expected.json") ? file.replace(/\.expected\.json$/, ".py") : file;
		if (!wanted.has(program)) remove(file);
	}
	return wanted;
}

// Reads a JSON list of jobs on stdin, answers a JSON list of results in the same order.
const ORACLE = String.raw`
import ast, json, os, re, subprocess, sys, tempfile, types, warnings
from concurrent.futures import ThreadPoolExecutor

jobs = json.load(sys.stdin)
env = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "LANG": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONIOENCODING": "utf-8",
}

ADDRESS = re.compile(r"0x[0-9a-f]{4,}")

def comparable_stderr(text, path):
    # The program runs as main.py in pymem; addresses differ between runs (and from pymem's ids).
    return ADDRESS.sub("0x…", text.replace(path, "main.py"))

def last_line(text):
    lines = text.rstrip().split("\n")
    return lines[-1] if lines[-1] != "" else None

def compile_quietly(source, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compile(source, path, "exec")

def stack_sizes(code):
    """[co_qualname, co_stacksize] of a code object and those in its co_consts, depth first."""
    sizes = [[code.co_qualname, code.co_stacksize]]
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            sizes.extend(stack_sizes(const))
    return sizes

def run(job):
    with open(job["path"], encoding="utf-8") as f:
        source = f.read()
    if job["mode"] == "syntax":
        try:
            compile(source, job["path"], "exec")
        except SyntaxError as e:
            return {"syntaxError": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno}}
        return {"failure": "compiles, but an error program must not"}
    try:
        tree = ast.dump(ast.parse(source))
        sizes = stack_sizes(compile_quietly(source, job["path"])) if job["mode"] == "program" else None
    except SyntaxError as e:
        if not job.get("syntaxError"):
            return {"failure": "SyntaxError: %s (line %s)" % (e.msg, e.lineno)}
        tree = sizes = None
    else:
        if job.get("syntaxError"):
            return {"failure": "compiles, but a program under syntax/ must be a SyntaxError"}
    if job["mode"] == "ast":
        return {"ast": tree}
    with tempfile.TemporaryDirectory(prefix="pymem-conformance-") as cwd:
        try:
            # A program's '#| stdin:' option is its input; without one it reads an empty one.
            stdin = {"input": job["stdin"].encode("utf-8")} if job.get("stdin") is not None else {"stdin": subprocess.DEVNULL}
            done = subprocess.run([sys.executable, job["path"]], cwd=cwd, env=env, capture_output=True,
                                  timeout=job["timeout"], **stdin)
        except subprocess.TimeoutExpired:
            return {"failure": "timed out after %d s" % job["timeout"]}
    stdout = done.stdout.decode("utf-8")
    stderr = done.stderr.decode("utf-8", "replace")
    # A program python3 ends by a signal (an uncaught KeyboardInterrupt re-raises SIGINT) has the status a shell
    # reports for it, 128 + the signal.
    exit_code = done.returncode if done.returncode >= 0 else 128 - done.returncode
    return {"stdout": stdout, "exitCode": exit_code, "stderrLastLine": last_line(stderr),
            "stderr": comparable_stderr(stderr, job["path"]), "ast": tree, "stackSizes": sizes}

with ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
    results = list(pool.map(run, jobs))
json.dump(results, sys.stdout)
`;

function askOracle(jobs) {
	const answer = spawnSync(python, ["-c", ORACLE], {
		input: JSON.stringify(jobs),
		encoding: "utf8",
		maxBuffer: 1 << 30,
		env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
	});
	if (answer.error || answer.status !== 0) fail(`the python3 oracle failed: ${answer.error?.message ?? answer.stderr}`);
	return JSON.parse(answer.stdout);
}

function isUpToDate(job) {
	if (job.mode !== "program" || !existsSync(expectedPathOf(job.path))) return false;
	const expected = JSON.parse(readFileSync(expectedPathOf(job.path), "utf8"));
	return expected.sourceSha256 === sha256(readFileSync(job.path, "utf8")) && typeof expected.stderr === "string";
}

function removeOrphanExpectations(dir) {
	for (const file of filesUnder(dir, ".expected.json")) {
		if (!existsSync(file.replace(/\.expected\.json$/, ".py"))) remove(file);
	}
}

const started = Date.now();
const version = checkPythonVersion();
const vaultPrograms = extractVault();

// With --check the extracted vault files may not be on disk yet; read them from memory then.
const programs = [...new Set([...filesUnder(dirs.conformance, ".py"), ...vaultPrograms.keys()])].sort();
const jobs = [
	...programs.map((file) => ({
		path: file,
		mode: "program",
		timeout: PROGRAM_TIMEOUT_SECONDS,
		syntaxError: file.startsWith(dirs.syntax + path.sep),
		stdin: existsSync(file) ? blockStdin(readFileSync(file, "utf8")) : null,
	})),
	...filesUnder(dirs.corpus, ".py").map((file) => ({ path: file, mode: "ast" })),
	...filesUnder(dirs.errors, ".py").map((file) => ({ path: file, mode: "syntax" })),
];
const runnable = jobs.filter((job) => existsSync(job.path) && !(changedOnly && isUpToDate(job)));
const notOnDisk = jobs.filter((job) => !existsSync(job.path)).length;
if (notOnDisk > 0) console.log(`--check: ${notOnDisk} extracted vault program(s) are not on disk yet, not run`);
const results = askOracle(runnable);

const failures = [];
runnable.forEach((job, index) => {
	const result = results[index];
	const relative = path.relative(root, job.path);
	if (result.failure) {
		failures.push(`${relative}: ${result.failure}`);
		return;
	}
	if (job.mode === "program") {
		const source = readFileSync(job.path, "utf8");
		result.sourceSha256 = sha256(source);
	}
	writeIfChanged(expectedPathOf(job.path), toJson(result));
});
removeOrphanExpectations(dirs.conformance);
removeOrphanExpectations(dirs.corpus);
removeOrphanExpectations(dirs.errors);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const verb = checkOnly ? "out of date" : "written";
console.log(
	`CPython ${version}: ${programs.length} conformance programs (${vaultPrograms.size} from the vault), ` +
		`${jobs.length - programs.length} parser files, ${runnable.length} run; ${changed.length} ${verb}, ${removed.length} stale ` +
		`${checkOnly ? "to remove" : "removed"} in ${seconds} s`,
);
for (const file of [...changed, ...removed]) console.log(`  ${file}`);
if (failures.length > 0) fail(`${failures.length} program(s) failed:\n  ${failures.join("\n  ")}`);
if (checkOnly && changed.length + removed.length > 0) process.exit(1);
