// @vitest-environment jsdom
// A block's object cards: their counts and holders, arrows, class rows, shared objects and values.
import { flushSync } from "svelte";
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import { checkContract } from "./contract";
import { button, keysOn, mountFake, mountResult, stepsWhere } from "./mount-block";

describe("a pymem block's object cards", () => {
	it("marks text print() left in sys.stdout's buffer, a real object with its count, as waiting there", () => {
		const source = "items = ['kept']\nprint('a label:', len(items))\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const printed = trace.exitStep! - 1;
		const { host } = mountResult(source, result, { start: printed });
		const label = trace.state(printed).objects.find((object) => object.preview === "'a label:'")!;
		const card = host.querySelector<HTMLElement>(`[data-pymem-object="${label.id}"]`)!;
		expect(card.classList.contains("pymem-object-pending")).toBe(true);
		expect(card.querySelector(".pymem-object-pending-note")?.textContent).toBe("in stdout's buffer");
		expect(card.querySelector(".pymem-holders")?.textContent).toContain("text waiting in the stream's write buffer");
		const list = host.querySelector<HTMLElement>(`[data-pymem-object="${trace.state(printed).objects.find((object) => object.preview === "['kept']")!.id}"]`)!;
		expect(list.classList.contains("pymem-object-pending")).toBe(false);
		expect(checkContract(host.querySelector<HTMLElement>("[data-pymem-block]")!).problems).toEqual([]);
	});

	it("gives an arrow highlighted in the accent colour (its target's count moved) an accent head, and every other arrow the plain one", () => {
		const { root, trace } = mountFake();
		const press = keysOn(root);
		let newArrows = 0;
		for (let step = 0; step < trace.stepCount; step++) {
			const heads = [...root.querySelectorAll<SVGPathElement>(".pymem-arrow")].map((arrow) => [
				arrow.classList.contains("pymem-arrow-new"),
				arrow.getAttribute("marker-end")?.includes("-new)") ?? false,
			]);
			for (const [fresh, accentHead] of heads) expect(accentHead, `step ${step}`).toBe(fresh);
			newArrows += heads.filter(([fresh]) => fresh).length;
			press("ArrowRight");
		}
		expect(newArrows).toBeGreaterThan(0);
	});

	it("names an instance's class in its __class__ row and draws that arrow only for the cards looked at", () => {
		const source = "class Point:\n    pass\npoints = [Point() for i in range(3)]\nlast = points[-1]\n";
		const result = runProgram(source, { record: true });
		const { host } = mountResult(source, result, { start: "end" });
		const root = host.querySelector<HTMLElement>("[data-pymem-block]")!;
		// The last line's step: three instances, none new.
		root.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
		flushSync();
		let step = Number(root.dataset.step);
		while (root.querySelectorAll(".pymem-object-slot-class").length < 3 && step > 0) {
			root.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true }));
			flushSync();
			step = Number(root.dataset.step);
		}
		const classRows = [...root.querySelectorAll(".pymem-object-slot-class")];
		expect(classRows.map((row) => row.textContent)).toEqual(["Point", "Point", "Point"]);
		const typeEdges = () => root.querySelectorAll(".pymem-arrow-type").length;
		expect(root.querySelectorAll(".pymem-object-new").length).toBe(0);
		expect(typeEdges()).toBe(0);
		const instance = classRows[0]!.closest<HTMLElement>("[data-pymem-object]")!;
		instance.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
		flushSync();
		expect(typeEdges()).toBe(1);
		instance.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
		flushSync();
		expect(typeEdges()).toBe(0);
		const cls = [...root.querySelectorAll<HTMLElement>("[data-pymem-object]")].find((card) => card.textContent?.includes("<class 'Point'>"))!;
		cls.dispatchEvent(new PointerEvent("pointerenter"));
		flushSync();
		expect(typeEdges()).toBe(3);
		cls.dispatchEvent(new PointerEvent("pointerleave"));
		flushSync();
		expect(typeEdges()).toBe(0);
	});

	it("names a method's holder by its class's qualname, in the card and in the narration", () => {
		// Before: "type#461.__init__", the class's label, where the code says Node.__init__.
		const source = "class Node:\n    def __init__(self, value):\n        self.value = value\nhead = Node(1)\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const built = stepsWhere(trace, (step) => trace.events(step).some((event) => event.kind === "return" && event.classBody === true))[0]!;
		const { root } = mountResult(source, result, { start: built });
		const method = trace.state(built).objects.find((object) => object.preview === "<function Node.__init__>")!;
		const holders = [...root.querySelectorAll(`[data-pymem-object="${method.id}"] [data-pymem-ref-to="${method.id}"]`)].map((element) => element.textContent);
		expect(holders).toEqual(["Node.__init__"]);
		expect(root.querySelector(".pymem-narration")?.textContent).toContain(`Adds a reference to ${method.label} from Node.__init__: refcount 0 -> 1`);
		expect(root.querySelector(".pymem-narration")?.textContent).not.toMatch(/type#\d+\./);
	});

	it("heads each card's list of holders with its whole label and value, which the card may cut short", () => {
		const { root, trace } = mountFake({ start: 2 });
		const list = trace.state(2).objects.find((object) => object.id === 3)!;
		const tooltip = root.querySelector('[data-pymem-object="3"] .pymem-holders')!;
		expect(tooltip.querySelector(".pymem-holders-object")?.textContent).toBe(list.label);
		expect(tooltip.querySelector(".pymem-holders-preview")?.textContent).toBe(list.preview);
		// Assistive technology reads the list as the card's description.
		expect(document.getElementById(root.querySelector('[data-pymem-object="3"]')!.getAttribute("aria-describedby")!)).toBe(tooltip);
		const names = [...root.querySelectorAll<HTMLElement>(".pymem-frame-local")];
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) expect(name.title).toBe(name.textContent);
	});

	it("gives a list of holders too long for its room a tab stop, where up and down scroll it instead of stepping", () => {
		const { root } = mountFake({ start: 2 });
		const card = root.querySelector<HTMLElement>('[data-pymem-object="3"]')!;
		const list = card.querySelector<HTMLElement>(".pymem-holders")!;
		// Closed, it is the card's tooltip and no tab stop.
		expect(list.getAttribute("role")).toBe("tooltip");
		expect(list.hasAttribute("tabindex")).toBe(false);
		// jsdom lays nothing out: the pane shows no room, so any list is too long for it.
		card.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
		flushSync();
		expect(list.tabIndex).toBe(0);
		expect(list.getAttribute("role")).toBe("region");
		expect(list.getAttribute("aria-label")).toMatch(/^References held to list#3/);
		const press = keysOn(list);
		press("ArrowDown");
		press("ArrowUp");
		expect(root.getAttribute("data-step")).toBe("2");
		press("ArrowRight");
		expect(root.getAttribute("data-step")).toBe("3");
	});

	it("does not highlight a count that ends the step where it began (a generator's function moving to its frame)", () => {
		const source = "def count():\n    yield 1\nticks = count()\nnext(ticks)\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const resumed = Array.from({ length: trace.stepCount }, (_, step) => step).find((step) =>
			trace.events(step).some((event) => event.kind === "call" && event.generator),
		)!;
		const functionId = trace.state(resumed).objects.find((object) => object.type === "function")!.id;
		// The trace tells it as a reference dropped and one taken: the count falls and rises within the step.
		expect(trace.events(resumed).filter((event) => "object" in event && event.object === functionId && event.kind !== "alloc").length).toBeGreaterThan(1);
		const { host } = mountResult(source, result, { start: resumed });
		const badge = host.querySelector(`[data-pymem-object="${functionId}"] .pymem-badge-refcount`)!;
		expect(badge.textContent).toBe(String(trace.state(resumed - 1).objects.find((object) => object.id === functionId)!.refcount));
		expect(badge.classList.contains("pymem-badge-moved")).toBe(false);
	});

	it("marks a finalized object in its card's head, where the foot inside a collection has no room left", () => {
		const source = "import gc\nclass Node:\n    def __del__(self):\n        pass\na = Node()\na.me = a\ndel a\ngc.collect()\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		// Inside the collection, after the finalizer ran: the foot shows size, generation and gc_refs.
		const step = Array.from({ length: trace.stepCount }, (_, index) => index).find((index) => {
			const node = trace.state(index).objects.find((object) => object.type === "Node");
			return node?.finalized === true && node.gcRefs !== undefined;
		})!;
		const { host } = mountResult(source, result, { start: step });
		const node = trace.state(step).objects.find((object) => object.type === "Node")!;
		const card = host.querySelector<HTMLElement>(`[data-pymem-object="${node.id}"]`)!;
		// Before: "56 B ● gen 2 gc_refs 0 finalized" in the 184 px foot, cut off at "finaliz".
		expect(card.querySelector(".pymem-object-head .pymem-object-finalized")?.textContent).toBe("finalized");
		expect(card.querySelector(".pymem-object-foot")?.textContent).not.toContain("finalized");
		expect(card.querySelector(".pymem-object-foot .pymem-object-gcrefs")).not.toBeNull();
		expect(card.getAttribute("aria-label")).toMatch(/, finalized$/);
	});

	it("leaves gc.garbage and gc.callbacks out until the program names or fills them", () => {
		const source = "import gc\nx = [1]\ng = gc.garbage\ngc.callbacks.append(lambda phase, info: None)\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const { host } = mountResult(source, result);
		const sharedCards = () => [...host.querySelectorAll(".pymem-object-shared")].map((card) => card.getAttribute("data-pymem-object"));
		const stepOfLine = (line: number) => Array.from({ length: trace.stepCount }, (_, step) => step).find((step) => trace.state(step).line === line)!;
		const [garbage, callbacks] = trace.state(0).objects.filter((object) => object.shared).map((object) => String(object.id));
		const go = (step: number) => {
			button(host.querySelector("[data-pymem-block]")!, "First step").click();
			for (let i = 0; i < step; i++) button(host.querySelector("[data-pymem-block]")!, "Next step").click();
			flushSync();
		};
		// A step's state is the one after its line ran.
		go(stepOfLine(2));
		expect(sharedCards()).toEqual([]);
		go(stepOfLine(3));
		expect(sharedCards()).toEqual([garbage]);
		go(stepOfLine(4));
		expect(sharedCards().sort()).toEqual([garbage, callbacks].sort());
		// Held by the gc module's dict alone, which is not shown: named as the program reaches them, not list#272.
		const card = (id: string) => host.querySelector(`[data-pymem-object="${id}"]`)!;
		expect(card(callbacks!).querySelector(".pymem-object-label")?.textContent).toBe("gc.callbacks");
		expect(card(garbage!).querySelector(".pymem-object-label")?.textContent).toBe("gc.garbage");
		expect(card(callbacks!).querySelector(".pymem-holders-title")?.textContent).toBe("Shared value: its count is interpreter-wide.");
		expect(card(callbacks!).querySelectorAll(".pymem-holders li")).toHaveLength(0);
		expect(host.querySelector(".pymem-narration")?.textContent).toContain("from gc.callbacks[0]");
	});

	it("shows shared values (small ints, None, interned strings, modules) in place of an arrow, without cards", () => {
		const source = "import sys\nx = 5\nname = 'hi'\nnothing = None\npair = [x, 300]\n";
		const result = runProgram(source, { record: true });
		const { host } = mountResult(source, result);
		const root = host.querySelector<HTMLElement>("[data-pymem-block]")!;
		// The state after line 5 ran, while the module frame still shows its names.
		const trace = result.trace!;
		const step = Array.from({ length: trace.stepCount }, (_, index) => index).find((index) => trace.state(index).line === 5)!;
		for (let i = 0; i < step; i++) button(root, "Next step").click();
		flushSync();
		const rows = [...root.querySelectorAll(".pymem-frame-row")].map((row) => row.textContent?.replace(/\s+/g, " ").trim());
		expect(rows).toEqual(expect.arrayContaining(["sys <module 'sys'>", "x 5", "name 'hi'", "nothing None"]));
		// The list is a card and its small int shows in its slot. The int 300 is a code constant, an object
		// of its own with an exact count (co_consts, the AST arena, the list), so it has a card too.
		const cards = [...root.querySelectorAll(".pymem-object")].map((card) => card.querySelector(".pymem-object-label")?.textContent);
		expect(cards.filter((label) => label?.startsWith("int#") || label?.startsWith("str#") || label?.startsWith("NoneType#"))).toHaveLength(1);
		const slots = [...root.querySelectorAll(".pymem-object-slot")].map((slot) => slot.textContent?.replace(/\s+/g, " ").trim());
		expect(slots).toEqual(["[0] 5", "[1]"]);
		expect(checkContract(root).problems).toEqual([]);
	});
});
