// The current step in plain words, from its events alone. Code and object labels are wrapped in backticks
// only for code; the Narration component turns `...` into <code>.
import { MODULE_FRAME, RUNNING_FRAME_HOLDER, WEAKREF_CALLBACK_HOLDER, type ObjectId, type TraceEvent } from "../../sim/trace/types";
import { describePhase, quoteOutput, resurrectedSentence, unreachableSentence } from "./event-words";
import { collectionName, collectionStart } from "./collection-cause";
import { exitHandovers, generatorHandovers, NO_HANDOVERS, releaseHandovers, takeovers } from "./handovers";
import type { NameLookup } from "../../sim/trace/names";
import { describeRun, eventShape, foldRuns } from "./event-runs";
import { describeHolder } from "./holders";
import { raiseWords, stderrWords } from "./exception-words";
import { temporariesAside, temporariesOf, temporariesSentence } from "./temporaries";
import { endsOwnStep, phaseFirst, printedFirst, raisedFirst, stackTrafficTold } from "./narration-order";

export interface NarrationContext {
	names: NameLookup;
	/** The source line a step executed, trimmed, or "" when there is none. */
	codeOf(line: number): string;
	/**
	 * The program's code has ended (its module frame is gone) and the interpreter is shutting down: the line
	 * shown is the last one run, which the step's collections and frees are not part of.
	 */
	atExit?: boolean;
	/** At exit: Python code the shutdown called (a `__del__`, a weakref callback) is on the stack after the step. */
	finalizerRunning?: boolean;
}

const SYS_CLEARED_AT_EXIT =
	"at interpreter exit, finalize_modules sets sys.last_value and sys's other special names to None and puts sys.stdout and sys.stderr back, letting go of what only they held";

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export interface Narration {
	/** What the step did, one sentence per event worth telling. */
	sentences: string[];
	/** A quieter line under them: the temporaries of a step that did something else as well, else null. */
	aside: string | null;
}

/** One sentence per event worth telling; stack traffic and line events are left to the event log. */
export function narrate(events: readonly TraceEvent[], context: NarrationContext): Narration {
	const { names } = context;
	const sentences: string[] = [];
	let line = 0;
	let codeTold = false;
	let lineFrame: number | null = null;
	/** The step raised an exception: the frames it then leaves do not return. */
	let raising = false;
	/** Sentences that start with a Python name or label, whose case is the program's: `f`, not `F`. */
	const asWritten = new Set<number>();
	const pushAsWritten = (sentence: string) => asWritten.add(sentences.push(sentence) - 1);
	const atExit = context.atExit ? exitHandovers(events, names) : NO_HANDOVERS;
	const generators = generatorHandovers(events);
	const releases = releaseHandovers(events, names);
	// At exit the line shown is the program's last, which runs no more: the step's code is a line that a
	// finalizer ran (one still running, or returning in the step), never the line a call at exit seems to come from.
	const calledFrames = new Set(events.flatMap((event) => (event.kind === "call" ? [event.frame] : [])));
	const returned = events.some((event) => event.kind === "return");
	const lineRuns = (): boolean =>
		!context.atExit || returned || (context.finalizerRunning === true && lineFrame !== null && !calledFrames.has(lineFrame));
	/** The code prefix goes on the first sentence of a line only, so a line reads as one story. */
	const code = (): string => {
		const text = codeTold || !lineRuns() ? "" : context.codeOf(line);
		codeTold = true;
		return text ? `\`${text}\` ` : "";
	};
	const temporaries = temporariesOf(events);
	// Shutdown's finalize_modules frees what only sys held, which no line of the program did: say so first.
	if (context.atExit && events.some((event) => event.kind === "free" && event.releasedBySys)) sentences.push(SYS_CLEARED_AT_EXIT);
	// Events that tell nothing are left out first, so that a long run of alike ones reads as one (event-runs.ts).
	const ordered = raisedFirst(printedFirst(phaseFirst(events)));
	/** Events a hand-over's sentence tells instead of their own. */
	const handedOn = (event: TraceEvent): boolean => atExit.folded.has(event) || generators.folded.has(event) || releases.folded.has(event);
	const moves = takeovers(ordered.filter((event) => !handedOn(event)));
	const stackTold = stackTrafficTold(ordered, new Set(moves.toStack.values()));
	const silent = (event: TraceEvent): boolean =>
		!atExit.sentenceAt.has(event) &&
		(((event.kind === "alloc" || event.kind === "free") && temporaries.has(event.object)) ||
			((event.kind === "incref" || event.kind === "decref") && event.holder.kind === "stack" && !stackTold.has(event)));
	const told = ordered.filter((event) => !silent(event));
	const takenOver = moves.from;
	const handedOver: ReadonlySet<TraceEvent> = new Set(takenOver.values());
	/** Events left out of the sentence of their own: folded into another's, or told by one of their own. */
	const leftOut = (event: TraceEvent): boolean => handedOn(event) || handedOver.has(event);
	const toldOwnWay = (event: TraceEvent): boolean =>
		atExit.sentenceAt.has(event) || releases.sentenceAt.has(event) || takenOver.has(event) || moves.toStack.has(event);
	const shapeOf = (event: TraceEvent): string | null => (leftOut(event) || toldOwnWay(event) ? null : eventShape(event, names));
	for (const item of foldRuns(told, shapeOf)) {
		if (item.kind === "run") {
			sentences.push(describeRun(item, names));
			continue;
		}
		const event = item;
		const handover = atExit.sentenceAt.get(event);
		if (handover !== undefined) sentences.push(handover);
		// A release's sentence follows its anchor's own (the owner's free): the release goes on after it.
		const release = releases.sentenceAt.get(event);
		const tellRelease = () => release !== undefined && sentences.push(`${code()}${release}`);
		if (leftOut(event)) {
			tellRelease();
			continue;
		}
		switch (event.kind) {
			case "line":
				if (event.line !== line) codeTold = false;
				line = event.line;
				lineFrame = event.frame;
				break;
			case "call":
				// The step's line is the caller's (`r = f(x)`); the new frame's own line is where it starts, a
				// step later. Events without a line event (a test's) fall back to it.
				if (line === 0) line = event.line;
				// The module's frame is where the program starts, not something its first line calls.
				if (event.name === MODULE_FRAME) sentences.push(`the program starts: its module-level code gets a frame, ${MODULE_FRAME}`);
				// CPython runs a class body as a function, but nothing calls the class: say what runs.
				else if (event.classBody) sentences.push(`${code()}runs the body of class ${event.name} in a new frame`);
				// A generator's frame lives in the generator object: each next() puts that same frame back on the stack.
				else if (event.generator) sentences.push(`${code()}runs generator ${event.name}: the frame it keeps goes on the call stack`);
				else sentences.push(`${code()}calls ${event.name}${calledFor(event.name, event.frame, events, names)}, which gets a new frame`);
				break;
			case "return":
				// What follows a return is the return's doing (the frame's references dropped) or its caller's, not the
				// code of the line shown, whose own work the step tells first. A class body returns into its class
				// statement's line, where the class is built: when that line is shown, what follows is its doing.
				if (!event.classBody || !/^class\b/.test(context.codeOf(line)) || event.frame === lineFrame) codeTold = true;
				if (event.name === MODULE_FRAME) sentences.push(`the program ends and its module frame, ${MODULE_FRAME}, is dropped`);
				else if (event.classBody) {
					sentences.push(`the body of class ${event.name} ends and its frame is dropped: the class object is built from the namespace it filled`);
				} else if (event.generator) {
					// A yield and the generator's end both take the frame off the stack; only the end drops it.
					pushAsWritten(`${event.name} leaves the call stack; a generator keeps its frame while it waits at a yield`);
				} else if (raising) sentences.push(`the exception leaves ${event.name}, and its frame is dropped`);
				else pushAsWritten(`${event.name} returns and its frame is dropped`);
				break;
			case "alloc": {
				if (temporaries.has(event.object)) break;
				const label = names.objectLabel(event.object);
				sentences.push(`${code()}creates ${label}`);
				// A weak reference's referent gains no holder: said where a reader would look for its count to move.
				const referent = names.weakTarget(event.object);
				if (referent !== undefined) {
					const target = names.objectLabel(referent);
					pushAsWritten(`${label} points at ${target} without holding a reference to it: it adds nothing to ${target}'s count`);
				}
				break;
			}
			case "incref":
			case "decref": {
				const label = names.objectLabel(event.object);
				const before = event.kind === "incref" ? event.refcount - 1 : event.refcount + 1;
				// A reference taken over from another holder moves no count: CPython's never read the higher one.
				const from = takenOver.get(event);
				const counts = from ? `its reference taken over from ${describeHolder(from.holder, names)}: refcount stays ${from.refcount}` : `refcount ${before} -> ${event.refcount}`;
				if (event.holder.kind === "stack") {
					const stack = describeHolder(event.holder, names);
					sentences.push(`${code()}${event.kind === "incref" ? `pushes ${label} onto` : `pops ${label} off`} the ${stack}: ${counts}`);
				} else if (event.kind === "incref") {
					const what =
						event.holder.kind === "name"
							? `makes a new name for ${label}${nameNote(event.holder.name, calledFrames.has(event.holder.frame) ? "" : context.codeOf(line), describeHolder(event.holder, names))}`
							: `adds a reference to ${label} from ${describeHolder(event.holder, names)}`;
					sentences.push(`${code()}${what}${from ? ", " : ": "}${counts}`);
				} else if (moves.toStack.has(event)) {
					const stack = describeHolder(moves.toStack.get(event)!.holder, names);
					const taken = `its reference taken over from ${describeHolder(event.holder, names)}: refcount stays ${event.refcount}`;
					sentences.push(`${code()}pushes ${label} onto the ${stack}, ${taken}`);
				} else {
					sentences.push(`${code()}drops the reference to ${label} from ${describeHolder(event.holder, names)}: ${counts}`);
				}
				break;
			}
			case "free":
				if (!temporaries.has(event.object)) pushAsWritten(`${names.objectLabel(event.object)} is freed: ${event.reason}`);
				break;
			case "finalize":
				sentences.push(`__del__ of ${names.objectLabel(event.object)} runs`);
				break;
			case "weakref-callback":
				sentences.push(
					`the callback of ${names.objectLabel(event.weakref)} runs, because ${names.objectLabel(event.referent)} is dying`,
				);
				break;
			case "gc-phase": {
				// The first phase says what started the collection: the program (gc.collect(), an allocation) or
				// the interpreter at exit, whose sentence says so itself.
				const byProgram = event.cause.kind === "collect" || event.cause.kind === "threshold";
				if (event.phase === "merge") sentences.push(collectionStart(event.generation, event.cause, byProgram ? code() : ""));
				const exitTold = event.phase === "merge" && !byProgram;
				// A phase that starts the step that runs Python code for it, or that ends a step of its own work, makes
				// the step the collector's, not its line's.
				if (event.stage === "starts" || endsOwnStep(event)) code();
				const words = describePhase(event.phase, event.generation);
				sentences.push(
					`${context.atExit && !exitTold ? "at interpreter exit, " : ""}the collector (generation ${event.generation}) ${event.stage === "ends" ? `ends the phase in which it ${words}` : words}`,
				);
				if (event.phase === "move-unreachable") sentences.push(unreachableSentence(event.gcRefs, names));
				const saved = event.resurrected ? resurrectedSentence(event.resurrected, names) : null;
				if (saved) sentences.push(saved);
				break;
			}
			case "gc-done":
				sentences.push(`${collectionName(event.generation, event.cause)} is done: it found ${plural(event.collected, "unreachable object")}${
					event.cause.kind === "collect" ? ", the number gc.collect() returns" : ""
				}`);
				break;
			case "stdout":
				sentences.push(`${code()}prints ${quoteOutput(event.text)}`);
				break;
			case "stderr":
				sentences.push(`${code()}${stderrWords(event.text)}`);
				break;
			case "exception":
				raising = true;
				sentences.push(raiseWords(event, code(), context.codeOf(event.line)));
				break;
		}
		tellRelease();
	}
	// What the step is about (a print's output, a new name) fills the narration's short box; its temporaries are
	// an aside under it, unless they are all the step did.
	let aside: string | null = null;
	if (temporaries.size > 0 && sentences.length === 0) sentences.push(`${code()}${temporariesSentence(temporaries, names)}`);
	else if (temporaries.size > 0) aside = temporariesAside(temporaries, names);
	// Shared values' counts (`x = 1` takes a reference to the int 1) are not in the trace: a quiet step changed
	// nothing shown, not nothing at all.
	if (sentences.length === 0 && context.atExit) sentences.push("the interpreter is shutting down; no reference count shown here changes in this step");
	else if (sentences.length === 0 && line > 0) sentences.push(`${code()}changes no reference count shown here`);
	return { sentences: sentences.map((sentence, index) => (asWritten.has(index) ? sentence : capitalize(sentence))), aside };
}

/**
 * No line of the program calls a `__del__` or a weakref callback (a count reaching 0 does, or the collector):
 * " on Ticket#12" says on which object, ", the callback of weakref#7" for which weak reference, each the
 * object its new frame binds to its first parameter in the step.
 */
function calledFor(callee: string, frame: number, events: readonly TraceEvent[], names: NameLookup): string {
	const finalizer = callee === "__del__" || callee.endsWith(".__del__");
	if (!finalizer && !calledBack(callee, events)) return "";
	const first = events.find((event) => event.kind === "incref" && event.holder.kind === "name" && event.holder.frame === frame);
	if (!first || first.kind !== "incref") return "";
	return finalizer ? ` on ${names.objectLabel(first.object)}` : `, the callback of ${names.objectLabel(first.object)}`;
}

/** The function the step calls as `callee` is a weakref's callback the interpreter took from it in the step. */
function calledBack(callee: string, events: readonly TraceEvent[]): boolean {
	const takenBy = (label: string): ObjectId[] =>
		events.flatMap((event) => (event.kind === "incref" && event.holder.kind === "internal" && event.holder.label === label ? [event.object] : []));
	const callbacks = takenBy(WEAKREF_CALLBACK_HOLDER);
	return takenBy(RUNNING_FRAME_HOLDER + callee).some((func) => callbacks.includes(func));
}

/**
 * Says which name when the code does not show it (a parameter bound by a call, a loop variable...). `code` is ""
 * for a parameter of a frame the step called: the caller's line may mention a name of the same spelling (`self`),
 * but the binding is the call's.
 */
function nameNote(name: string, code: string, holder: string): string {
	return new RegExp(`(^|[^\\w])${escapeRegExp(name)}([^\\w]|$)`).test(code) ? "" : ` (${holder})`;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function capitalize(sentence: string): string {
	return sentence.startsWith("`") ? sentence : sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Splits a sentence into text and `code` parts for rendering without HTML. */
export function splitCode(sentence: string): { text: string; code: boolean }[] {
	return sentence.split("`").map((text, index) => ({ text, code: index % 2 === 1 })).filter((part) => part.text !== "");
}
