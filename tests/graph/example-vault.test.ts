/**
 * The graph of the shipped example vault, edge by edge. Every expected row below was read off the notes by
 * hand (line numbers count the frontmatter): a change to a note or to the parser shows up here as a diff.
 */
import { describe, expect, it } from "vitest";
import { ConceptGraph, findHierarchy, unresolvedConcepts, type LinkKind } from "../../src/graph";
import { EXAMPLE_VAULT, readVault } from "./vault";

/** One link of a note: its line, the node it reaches, its kind, the heading it sits under and its relation. */
type Row = [line: number, target: string, kind: LinkKind, heading: string, relation: string];

const HOME = "Python Memory Home";
const RELATED = "Related Python Concepts";
/** An item of the closing "Related Python Concepts" list: `- [[Target]]: relation`. */
const related = (line: number, target: string, relation: string): Row => [line, target, "related", RELATED, relation];
/** `# [[Python Memory Home]]`, the last line of every note but the home note. */
const footer = (line: number): Row => [line, HOME, "footer", RELATED, HOME];

const LINKS: Record<string, Row[]> = {
	Closures: [
		[74, "Garbage Collection", "prose", "The memory cost", "Such cycles are left to the cyclic collector."],
		related(78, "Functions", "a closure is a function object that carries, besides its code, the cells of the variables it captured."),
		related(80, "Variables and Data Types", "a captured variable lives in a cell instead of a frame slot, but it is still a name bound to an object."),
		related(82, "Reference Counting", "the closure's tuple of cells holds a reference to each cell, and each cell to its value, which is what keeps captured objects alive."),
		related(84, "Garbage Collection", "a closure that refers back to the object storing it forms a cycle that only the collector can free."),
		related(86, "Memory Management", "captured variables are a common and easily overlooked reason why memory stays in use."),
		footer(89),
	],
	"Finalizers and __del__": [
		[16, "Reference Counting", "prose", "When it runs", "With Reference Counting, __del__ runs as soon as the last reference disappears, in the middle of whatever statement dropped it."],
		[18, "Garbage Collection", "prose", "When it runs", "For objects in a reference cycle, it runs when the cyclic collector finds the cycle, which may be much later, or never if the collector is disabled."],
		[26, "Weak References", "prose", "In what order", "When an instance dies by reference count, CPython 3.11 follows a fixed order: first the object's own __del__, then the callbacks of its weak references (newest first), and only then does it release its attributes, which may free them in turn."],
		related(104, "Reference Counting", "__del__ runs the moment an object's count falls to zero."),
		related(105, "Garbage Collection", "the collector calls finalizers of unreachable cycles, then checks whether any of them resurrected an object before clearing the rest."),
		related(107, "Weak References", "weakref callbacks run right after __del__, and weakref.finalize is built on them."),
		related(108, "Functions", "a returning function frees its locals in order, and their finalizers reveal that order."),
		related(109, "Memory Management", "finalizers let objects release outside resources, but they make the exact timing of deallocation matter."),
		footer(112),
	],
	Functions: [
		[15, "Closures", "prose", "A call is a small world of its own", "Locals die when the function returns, unless something else still refers to them (a return value, a global list, a closure)."],
		related(75, "Closures", "a nested function that uses its parent's variables keeps them alive after the parent returns."),
		related(77, "Reference Counting", "calling adds a reference for each argument, and returning drops every reference the frame held."),
		related(79, "Variables and Data Types", "parameters and locals are names, bound to objects exactly like module-level variables."),
		related(81, "Finalizers and __del__", "__del__ messages show the order in which a returning frame frees its locals."),
		related(83, "Garbage Collection", "nested functions that refer to objects holding them create cycles the collector must free."),
		related(85, "Memory Management", "frames are created and freed on every call, so their cost adds up in hot code."),
		footer(87),
	],
	"Garbage Collection": [
		[10, "Reference Counting", "prose", "The problem it solves", "Reference Counting frees an object when nothing points at it any more."],
		// The link text keeps its underscores: `__del__` in a link's display is not emphasis.
		[30, "Finalizers and __del__", "prose", "How it finds garbage without following every name", "Before freeing, it clears weak references to the garbage and runs any __del__ methods (see Finalizers and __del__), then checks that no finalizer brought an object back to life."],
		[93, "Generational Garbage Collection", "prose", "When it runs", "The details, and why young objects are checked more often than old ones, are in Generational Garbage Collection."],
		related(97, "Reference Counting", "the collector exists to free the reference cycles that counting alone can never bring to zero."),
		related(99, "Generational Garbage Collection", "the collector splits tracked objects into three generations so it rarely has to scan all of them."),
		related(101, "Finalizers and __del__", "the collector runs __del__ on garbage before clearing it, and must cope with finalizers that resurrect objects."),
		related(103, "Weak References", "weak references to garbage are cleared before any object is torn down, and the callbacks of those that are not garbage themselves run."),
		related(105, "Memory Management", "the collector is the second half of CPython's automatic memory management."),
		related(106, "Closures", "a function stored inside an object it closes over forms a cycle only the collector can free."),
		footer(109),
	],
	"Generational Garbage Collection": [
		[8, "Garbage Collection", "prose", "Most objects die young", "This observation, the generational hypothesis, is what makes CPython's cyclic collector affordable."],
		related(97, "Garbage Collection", "generations decide which part of the tracked objects a collection scans."),
		related(98, "Reference Counting", "deallocations by reference count lower the generation 0 counter, so programs without cycles rarely trigger the collector."),
		related(100, "Object Sizes", "many long-lived objects make full collections slower, one more reason to keep big structures lean."),
		related(102, "Memory Management", "generational collection keeps the cost of automatic memory management low for programs with many objects."),
		footer(105),
	],
	"Memory Management": [
		[26, "Memory Pools", "prose", "Automatic memory management", "Small objects are not handed straight to the operating system either: CPython carves them out of larger blocks it keeps for reuse (see Memory Pools), which makes creating and freeing them cheap."],
		[34, "Reference Counting", "prose", "Reference counting", "Reference Counting follows the counter step by step."],
		[72, "Object Sizes", "prose", "Limitations of automatic memory management", "Overhead: every assignment and every call updates reference counts, and each object spends 8 bytes on its counter (see Object Sizes)."],
		related(100, "Variables and Data Types", "every value a variable names is an object in memory with its own reference count."),
		related(102, "Reference Counting", "the counting mechanism that frees most objects the instant they become unused."),
		related(103, "Garbage Collection", "the cyclic collector that reclaims groups of objects reference counting alone cannot free."),
		related(105, "Functions", "each call creates a frame whose local variables hold references until the function returns."),
		related(107, "Closures", "an inner function can keep variables of its enclosing scope, and the objects they name, alive long after that scope has finished."),
		related(109, "Thread Safety", "several threads updating shared objects need coordination, and CPython's reference counts rely on the global interpreter lock to stay correct."),
		related(111, "Memory Pools", "CPython's small-object allocator reuses blocks of memory so that creating and freeing small objects stays fast."),
		footer(114),
	],
	"Object Sizes": [
		[7, "Garbage Collection", "prose", "What sys.getsizeof measures", "Every object starts with a 16-byte header (the reference count and a pointer to the type); objects tracked by the cyclic collector carry another 16 bytes of bookkeeping in front of that, which getsizeof also includes."],
		[78, "Memory Pools", "prose", "Measuring a whole structure", "Small objects are not taken one by one from the operating system: CPython serves them from Memory Pools of fixed-size blocks, so the process's memory use moves in larger steps than these numbers."],
		related(83, "Variables and Data Types", "each type has its own layout, so the same data costs different amounts in a tuple, a list or a dict."),
		related(85, "Garbage Collection", "containers tracked by the collector carry extra bookkeeping bytes, which getsizeof includes."),
		related(87, "Memory Management", "object sizes are what automatic memory management allocates and gives back."),
		related(88, "Memory Pools", "small objects are carved out of pools of equal-sized blocks, which is how CPython allocates them quickly."),
		related(90, "Generational Garbage Collection", "a heap full of many small objects makes every full collection longer."),
		footer(93),
	],
	// The home note has no footer of its own: its reading list is what makes it the hub.
	"Python Memory Home": [
		[15, "Variables and Data Types", "related", "Where to start", "a name is a label stuck on an object, not a box that holds a value."],
		[16, "Memory Management", "related", "Where to start", "the big picture, what Python does for you and what it costs."],
		[17, "Reference Counting", "related", "Where to start", "the counter inside every object, and why most objects die the instant you stop using them."],
		[19, "Garbage Collection", "related", "Where to start", "the detective that finds groups of objects keeping each other alive."],
		[20, "Generational Garbage Collection", "related", "Where to start", "why the collector looks at young objects far more often than old ones."],
		[25, "Functions", "related", "Where to start", "calls, frames and arguments, and what happens to locals when a function returns."],
		[26, "Closures", "related", "Where to start", "inner functions that keep variables alive after their outer function has finished."],
		[27, "Weak References", "related", "Where to start", "pointing at an object without keeping it alive."],
		[28, "Finalizers and __del__", "related", "Where to start", "running code as an object dies, and the surprises that come with it."],
		[29, "Object Sizes", "related", "Where to start", "what sys.getsizeof measures, and how a list grows."],
		[30, "Thread Safety", "related", "Where to start", "why a single count += 1 can go wrong when threads share memory."],
		[34, "Memory Management", "prose", "The map", "The block below draws the neighbourhood of Memory Management: every note that links to it or is linked from it, two steps out."],
		[65, "Reference Counting", "prose", "Try it", "Reference Counting explains the details."],
	],
	"Reference Counting": [
		[79, "Garbage Collection", "prose", "Why not only reference counting?", "Those are left to the cyclic garbage collector."],
		related(83, "Memory Management", "reference counting is the main mechanism of CPython's automatic memory management."),
		related(85, "Garbage Collection", "the cyclic collector finishes the job for reference cycles, whose counts never reach zero."),
		related(87, "Variables and Data Types", "binding a name to an object is the most common way to add a reference."),
		related(88, "Functions", "calling a function adds references for its arguments, and returning drops its locals'."),
		related(89, "Weak References", "a weak reference points at an object without adding to its count."),
		related(90, "Finalizers and __del__", "__del__ runs when the count reaches zero, so it shows exactly when an object dies."),
		related(92, "Thread Safety", "the count is a plain integer, so CPython relies on the global interpreter lock to keep increments and decrements from different threads from colliding."),
		footer(95),
	],
	"Thread Safety": [
		[13, "Global Interpreter Lock", "prose", "What CPython protects for you", "CPython 3.11 avoids this with the Global Interpreter Lock (GIL): only the thread holding the lock may run Python bytecode or touch object internals, so each individual step, such as one incref, one list.append or one dictionary store, happens whole."],
		[15, "Reference Counting", "prose", "What CPython protects for you", "That is why Reference Counting works without any locking in your code."],
		related(83, "Reference Counting", "every incref and decref must be atomic, which the global interpreter lock guarantees in CPython 3.11."),
		related(85, "Memory Management", "the interpreter's memory bookkeeping is shared by all threads and must never be updated by two of them at once."),
		related(87, "Global Interpreter Lock", "the lock that lets only one thread run Python code at a time, protecting reference counts and other object internals."),
		related(89, "Garbage Collection", "a collection runs while holding the global interpreter lock, so other threads pause until it finishes."),
		related(91, "Variables and Data Types", "mutable objects shared between threads are where races happen; immutable ones can be shared safely."),
		footer(94),
	],
	"Variables and Data Types": [
		[7, "Reference Counting", "prose", "Names, not boxes", "Every value is an object living on its own in memory, with a type, a value and a reference count."],
		[88, "Interning", "prose", "Mutable and immutable types", "Small integers from -5 to 256 are created once at start-up and reused everywhere, and many short strings are stored only once (see Interning)."],
		[94, "Object Sizes", "prose", "Where the memory goes", "Object Sizes looks at what different types cost."],
		related(98, "Reference Counting", "each name bound to an object adds one to its reference count."),
		related(99, "Memory Management", "objects, not variables, are what Python allocates and frees."),
		related(100, "Functions", "parameters and local variables are names too, and they disappear when the call returns."),
		related(101, "Object Sizes", "each type has its own memory layout, so equal-looking data can differ a lot in size."),
		related(102, "Interning", "CPython reuses one object for equal small ints and many short strings, so their identities are shared."),
		footer(105),
	],
	"Weak References": [
		[10, "Reference Counting", "prose", "Pointing without holding", "An ordinary reference keeps its object alive: while it exists, the object's reference count cannot reach zero."],
		[112, "Garbage Collection", "prose", "Weak references and the collector", "When the cyclic collector finds garbage, it first clears every weak reference to it, before calling any finalizer or tearing objects down, so no weak reference can hand out a half-destroyed object."],
		related(119, "Reference Counting", "a weak reference does not add to the count, which is the whole point."),
		related(120, "Finalizers and __del__", "a weakref callback is a safer way than __del__ to react to an object's death, and weakref.finalize builds on it."),
		related(122, "Garbage Collection", "the collector clears weak references to unreachable objects before it runs their finalizers."),
		related(124, "Memory Management", "weak references let caches and registries avoid keeping objects alive longer than the program needs them."),
		footer(127),
	],
};

/** [id, resolved, aliases, pymem blocks] in id order: the twelve notes and the three ghost concepts. */
const NODES: [string, boolean, string[], number][] = [
	["Closures", true, [], 2],
	["Finalizers and __del__", true, ["Finalizers", "__del__"], 3],
	["Functions", true, [], 2],
	["Garbage Collection", true, ["GC", "Cyclic garbage collector"], 2],
	["Generational Garbage Collection", true, [], 2],
	["Global Interpreter Lock", false, [], 0],
	["Interning", false, [], 0],
	["Memory Management", true, ["Automatic memory management"], 2],
	["Memory Pools", false, [], 0],
	["Object Sizes", true, [], 2],
	["Python Memory Home", true, [], 1],
	["Reference Counting", true, ["Refcount"], 2],
	["Thread Safety", true, [], 2],
	["Variables and Data Types", true, [], 3],
	["Weak References", true, ["weakref"], 3],
];

const NOTES = NODES.filter(([, resolved]) => resolved).map(([id]) => id);
const CHILDREN = NOTES.filter((id) => id !== HOME);

const edgesOf = (note: string) =>
	(LINKS[note] ?? []).map(([line, target, kind, heading, relation]) => ({
		source: note,
		target,
		relation,
		kind,
		heading,
		file: `${note}.md`,
		line,
		viaAlias: false,
		embed: false,
	}));

describe("the example vault's concept graph", () => {
	const graph = ConceptGraph.fromFiles(readVault(EXAMPLE_VAULT));

	it.each(NOTES)("has every link of %s with its target, kind, heading, relation and line", (note) => {
		expect(graph.outgoingEdges(note)).toEqual(edgesOf(note));
	});

	it("has no other edges", () => {
		expect(graph.edges()).toEqual(NOTES.flatMap(edgesOf));
	});

	it("has the twelve notes and the three ghost concepts as nodes", () => {
		expect(graph.nodes().map((node) => [node.id, node.resolved, node.aliases, node.pymemBlocks])).toEqual(NODES);
	});

	it("leaves exactly the intentional ghost concepts unresolved, with where each is mentioned", () => {
		expect(unresolvedConcepts(graph).map((concept) => [concept.id, concept.mentions.map((edge) => `${edge.file}:${edge.line}`)])).toEqual([
			["Global Interpreter Lock", ["Thread Safety.md:13", "Thread Safety.md:87"]],
			["Interning", ["Variables and Data Types.md:88", "Variables and Data Types.md:102"]],
			["Memory Pools", ["Memory Management.md:26", "Memory Management.md:111", "Object Sizes.md:78", "Object Sizes.md:88"]],
		]);
	});

	it("has the home note as its only hub, parent of every other note", () => {
		const hierarchy = findHierarchy(graph);
		expect(hierarchy.hubs).toEqual([{ id: HOME, footerLinks: 11, linkedBack: 11, children: CHILDREN }]);
		expect(Object.fromEntries(hierarchy.parentsOf)).toEqual(Object.fromEntries(CHILDREN.map((id) => [id, [HOME]])));
	});

	it("reads the vault without warnings", () => {
		expect(graph.warnings()).toEqual([]);
	});

	it("finds notes by their aliases", () => {
		const found = ["GC", "cyclic garbage collector", "refcount", "weakref", "__del__", "Finalizers", "automatic memory management"];
		expect(found.map((name) => graph.findNode(name)?.id)).toEqual([
			"Garbage Collection",
			"Garbage Collection",
			"Reference Counting",
			"Weak References",
			"Finalizers and __del__",
			"Finalizers and __del__",
			"Memory Management",
		]);
	});
});
