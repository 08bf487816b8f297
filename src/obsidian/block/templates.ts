// Starting points offered by "Insert block from a template". Each runs unchanged under python3 3.11 (tested).

export interface BlockTemplate {
	name: string;
	description: string;
	/** The block's body, without the fence. */
	body: string;
}

export const BLOCK_TEMPLATES: readonly BlockTemplate[] = [
	{
		name: "Reference counting",
		description: "Names and list slots add to an object's count; del takes them away.",
		body: [
			"#| title: Reference counting",
			"import sys",
			"",
			"x = [1, 2, 3]",
			"y = x",
			"holder = [x, x]",
			"print(sys.getrefcount(x) - 1)",
			"del y",
			"holder.clear()",
			"print(sys.getrefcount(x) - 1)",
		].join("\n"),
	},
	{
		name: "Reference cycle with gc.collect()",
		description: "Two objects that point at each other outlive their names until the collector runs.",
		body: [
			"#| title: A reference cycle",
			"#| panels: source, frames, heap, gc, output",
			"import gc",
			"",
			"class Node:",
			"    def __init__(self, name):",
			"        self.name = name",
			"        self.partner = None",
			"",
			"a = Node('a')",
			"b = Node('b')",
			"a.partner = b",
			"b.partner = a",
			"del a, b",
			"print('unreachable objects found:', gc.collect() > 0)",
		].join("\n"),
	},
	{
		name: "Closure cell",
		description: "An inner function keeps its outer variable alive in a cell.",
		body: [
			"#| title: A closure cell",
			"def make_counter():",
			"    count = 0",
			"    def increment():",
			"        nonlocal count",
			"        count += 1",
			"        return count",
			"    return increment",
			"",
			"tick = make_counter()",
			"tick()",
			"print(tick())",
			"print(tick.__closure__[0].cell_contents)",
		].join("\n"),
	},
	{
		name: "__del__ order",
		description: "When a container dies, its finalizer runs first, then its items are released.",
		body: [
			"#| title: __del__ order",
			"class Part:",
			"    def __init__(self, name):",
			"        self.name = name",
			"    def __del__(self):",
			"        print('__del__', self.name)",
			"",
			"class Machine(Part):",
			"    def __init__(self):",
			"        super().__init__('machine')",
			"        self.engine = Part('engine')",
			"        self.wheel = Part('wheel')",
			"",
			"m = Machine()",
			"del m",
			"print('done')",
		].join("\n"),
	},
	{
		name: "Weakref callback",
		description: "A weak reference does not keep its object alive, and tells you when it dies.",
		body: [
			"#| title: A weakref callback",
			"import weakref",
			"",
			"class Resource:",
			"    pass",
			"",
			"r = Resource()",
			"ref = weakref.ref(r, lambda dead: print('callback: the resource is gone'))",
			"print(ref() is r)",
			"del r",
			"print(ref() is None)",
		].join("\n"),
	},
	{
		name: "Generations with automatic collection",
		description: "Allocations past gen0's threshold start a collection on their own.",
		body: [
			"#| title: Automatic collection",
			"#| panels: source, heap, gc, output",
			"#| max-steps: 20000",
			"import gc",
			"",
			"gc.collect()",
			"gc.set_threshold(10, 2, 2)",
			"",
			"class Leaf:",
			"    def __init__(self):",
			"        self.me = self",
			"",
			"for i in range(30):",
			"    Leaf()",
			"print('gen0 count after the loop:', gc.get_count()[0] < 10)",
		].join("\n"),
	},
];

/** The fenced block to insert, on its own lines. */
export function fencedBlock(template: BlockTemplate): string {
	return "```pymem\n" + template.body + "\n```\n";
}
