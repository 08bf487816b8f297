// What the trace shows while a copy hook runs: copy.py's frames stand in natively, so the memo, the object
// being rebuilt and its state are named after the frame local that holds each in CPython.
import { describe, expect, it } from "vitest";
import { stateIn, internalLabels } from "../trace/step-states";

describe("copy module in the trace", () => {
	it("names the memo and the frames of a nested deepcopy while __deepcopy__ runs", () => {
		const source = "import copy\nclass A:\n    def __deepcopy__(self, memo):\n        return A()\nitems = [A()]\ncopy.deepcopy(items)\n";
		const state = stateIn(source, "A.__deepcopy__");
		expect(internalLabels(state, "dict").sort()).toEqual(["_deepcopy_list's memo", "deepcopy's memo", "deepcopy's memo"]);
		expect(internalLabels(state, "list").sort()).toEqual(["_deepcopy_list's x", "_deepcopy_list's y", "deepcopy's x"]);
		expect(internalLabels(state, "A")).toEqual(expect.arrayContaining(["_deepcopy_list's a", "deepcopy's x"]));
	});

	it("names the new object, its state and the reduce tuple while __setstate__ runs", () => {
		const source = "import copy\nclass B:\n    def __init__(self):\n        self.v = [1]\n    def __setstate__(self, state):\n        self.__dict__.update(state)\ncopy.copy(B())\n";
		const state = stateIn(source, "B.__setstate__");
		expect(internalLabels(state, "B")).toContain("_reconstruct's y");
		expect(internalLabels(state, "tuple")).toEqual(expect.arrayContaining(["copy's rv", "arguments of copy._reconstruct"]));
		expect(internalLabels(state, "dict")).toContain("_reconstruct's state");
	});
});
