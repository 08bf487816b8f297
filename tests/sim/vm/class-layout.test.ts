import { describe, expect, it } from "vitest";
import { T } from "../../../src/sim/heap/classes";
import { bestBase, instancesHaveDict, instancesHaveWeakrefs, memberNames } from "../../../src/sim/vm/class-layout";
import { VM } from "../../../src/sim/vm/vm";

const vm = new VM();
const exception = (name: string) => vm.exceptionClass(name);

describe("the layout of a class's instances (type_new)", () => {
	it("knows which builtin types' instances carry a __dict__ and weak references", () => {
		expect(instancesHaveDict(T.type)).toBe(true);
		expect(instancesHaveDict(T.BaseException)).toBe(true);
		expect(instancesHaveDict(T.list)).toBe(false);
		expect(instancesHaveWeakrefs(T.set)).toBe(true);
		expect(instancesHaveWeakrefs(T.type)).toBe(true);
		expect(instancesHaveWeakrefs(T.tuple)).toBe(false);
		expect(instancesHaveWeakrefs(T.list)).toBe(false);
	});

	it("extends the base with the most derived C layout, and finds none when two bases' layouts conflict", () => {
		expect(bestBase([T.object, T.list])).toBe(T.list);
		expect(bestBase([T.list, T.object])).toBe(T.list);
		expect(bestBase([T.int, T.str])).toBeNull();
		expect(bestBase([exception("ValueError"), exception("TypeError")])).toBe(exception("ValueError"));
		expect(bestBase([exception("OSError"), exception("StopIteration")])).toBeNull();
	});

	it("makes member descriptors of no builtin type's slots", () => {
		expect(memberNames(T.object)).toEqual([]);
	});
});
