// The recorder keeps the log's content as it writes, and copies it into checkpoints. A reader replays from a
// checkpoint, so each one must equal what replaying the log from the start gives. Checkpoints every few
// steps put them everywhere: inside calls, collections, finalizers and unwinding exceptions (there, checkpoints
// do not wait for the log to grow with the state's size, which the recorder does by default).
import { describe, expect, it } from "vitest";
import { parseModule } from "../../../src/sim/parse/index";
import { compileModule } from "../../../src/sim/compile/compiler";
import { constFactory } from "../../../src/sim/vm/constants";
import { VM } from "../../../src/sim/vm/vm";
import { Recorder } from "../../../src/sim/trace/recorder";
import { CHECKPOINT_ENTRY_BYTES } from "../../../src/sim/trace/recorded-model";
import { emptyModel, applyRecord, cloneModel, type Model } from "../../../src/sim/trace/model";
import { SlotList } from "../../../src/sim/trace/slot-list";
import { listRunnablePrograms } from "../../conformance/programs";

const EVERY = 7;

function record(source: string, logBytesPerByte = 0): Recorder {
	const vm = new VM();
	const recorder = new Recorder(vm, EVERY, logBytesPerByte);
	const code = compileModule(parseModule(source), constFactory(vm));
	vm.pushFrame(vm.newFrame(code, null, vm.mainGlobals, vm.mainGlobals), "native");
	try {
		vm.run(0);
	} catch {
		// An uncaught exception ends the run; the log up to there is what is compared.
	}
	recorder.finish();
	return recorder;
}

/**
 * Plain values for toEqual: maps as entry lists, so their order is compared too, and slots as the numbers they
 * hold (a replay's may keep room at their front that a checkpoint's copy does not).
 */
function plain(model: Model): unknown {
	const objects = [...model.objects].map(([id, o]) => [id, { ...o, slots: o.slots.slice() }]);
	const gcMarks = model.gcMarks && { refs: [...model.gcMarks.refs], states: [...model.gcMarks.states] };
	return { ...model, objects, frames: [...model.frames], gcMarks };
}

/**
 * Whether two models hold what plain() shows alike: maps in the same order, slots as the numbers they hold, a field
 * left undefined as one left out. Over a large heap with a checkpoint every few steps, plain() and JSON texts of
 * both were most of what this test cost.
 */
function sameContent(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	if (a instanceof SlotList || b instanceof SlotList) return a instanceof SlotList && b instanceof SlotList && sameContent(a.slice(), b.slice());
	if (a instanceof Map || b instanceof Map) {
		if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size) return false;
		const inB = b.entries();
		for (const [key, value] of a) {
			const [keyB, valueB] = inB.next().value as [unknown, unknown];
			if (key !== keyB || !sameContent(value, valueB)) return false;
		}
		return true;
	}
	if (Array.isArray(a) || Array.isArray(b)) {
		if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!sameContent(a[i], b[i])) return false;
		return true;
	}
	const left = a as Record<string, unknown>;
	const right = b as Record<string, unknown>;
	let fields = 0;
	for (const key in left) {
		if (left[key] === undefined) continue;
		fields++;
		if (!sameContent(left[key], right[key])) return false;
	}
	for (const key in right) if (right[key] !== undefined) fields--;
	return fields === 0;
}

/** Indices of the checkpoints that differ from a replay of the log from the start (the first one shown). */
function checkpointMismatches(recorder: Recorder): { checkpoint: number; replayed: unknown; recorded: unknown }[] {
	const replayed = emptyModel();
	const reader = recorder.log.reader(0);
	const { checkpoints } = recorder.model;
	const stepCount = recorder.stepStarts.length - 1;
	for (let step = 0; step < stepCount; step++) {
		while (!applyRecord(replayed, reader.next(), reader, recorder.indexLabels)) {
			/* records of this step */
		}
		const checkpoint = recorder.model.checkpointSteps.indexOf(step + 1);
		if (checkpoint > 0) {
			const recorded = checkpoints[checkpoint];
			if (!recorded || !sameContent(replayed, recorded)) {
				return [{ checkpoint, replayed: plain(replayed), recorded: recorded && plain(recorded) }];
			}
		}
	}
	return [];
}

describe("trace checkpoints equal a replay of the log", () => {
	it.each(listRunnablePrograms().map((program) => [program.name, program.source] as const))("%s", (_name, source) => {
		expect(checkpointMismatches(record(source))).toEqual([]);
	});

	it("keeps checkpoints of lists and deques whose items moved to other positions", () => {
		const recorder = record("from collections import deque\nx = [1, 2, 3, 4, 5]\nq = deque(x)\nfor i in range(6):\n    x.pop(0)\n    x.insert(0, i)\n    x.insert(1, i)\n    del x[2]\n    q.popleft()\n    q.appendleft(i)\n    q.extendleft([i, i])\n");
		expect(checkpointMismatches(recorder)).toEqual([]);
	});

	it("keeps checkpoints of dicts and lists whose items took new values", () => {
		const recorder = record("d = {'a': 1, 'b': 2, 'c': 3}\nx = [1, 2, 3]\nfor i in range(6):\n    d['a'] += i\n    d['c'] = i\n    del d['b']\n    d['c'] += 1\n    d['b'] = i\n    x[0] = i\n    x[-1] += i\n");
		expect(checkpointMismatches(recorder)).toEqual([]);
	});

	it("compares models by content: a slot, a count, a frame's local or an order of objects that differs is told", () => {
		const recorder = record("x = [1, 2]\ny = {'a': x}\ndef f(n):\n    z = n\n    return z\nf(3)\n");
		const model = recorder.model.checkpoints[recorder.model.checkpoints.length - 1]!;
		const copy = () => cloneModel(model);
		expect(sameContent(copy(), model)).toBe(true);
		const [firstId, secondId] = [...model.objects.keys()] as [number, number];
		const first = model.objects.get(firstId)!;
		const second = model.objects.get(secondId)!;
		const changes: ((m: Model) => void)[] = [
			(m) => m.objects.get(firstId)!.refcount++,
			(m) => m.objects.get(firstId)!.slots.set(0, 999),
			(m) => m.frames.get(m.frameOrder[0]!)!.locals.push(1, 2),
			(m) => m.stdoutWrites++,
			(m) => {
				m.objects.delete(firstId);
				m.objects.delete(secondId);
				m.objects.set(secondId, second);
				m.objects.set(firstId, first);
			},
		];
		for (const change of changes) {
			const changed = copy();
			change(changed);
			expect(sameContent(changed, model)).toBe(false);
		}
	});

	it("makes one checkpoint per interval", () => {
		const recorder = record("x = 0\nfor i in range(20):\n    x += i\n");
		const steps = recorder.stepStarts.length - 1;
		expect(recorder.model.checkpoints).toHaveLength(Math.floor(steps / EVERY) + 1);
	});

	it("spaces checkpoints of a large state by the log written, so they grow with the log, not with steps times objects", () => {
		const recorder = record("head = None\nfor i in range(3000):\n    head = [head]\nx = 0\nfor i in range(3000):\n    x += i\n", 1);
		const { checkpoints, checkpointSteps } = recorder.model;
		const steps = recorder.stepStarts.length - 1;
		expect(checkpoints.length).toBe(checkpointSteps.length);
		expect(checkpoints.length).toBeLessThan(steps / EVERY / 4);
		const copied = checkpoints.reduce((n, m) => n + m.objects.size + m.frames.size, 0);
		expect(copied * CHECKPOINT_ENTRY_BYTES).toBeLessThanOrEqual(recorder.model.checkpointBytes);
		expect(recorder.model.checkpointBytes).toBeLessThanOrEqual(2 * recorder.log.byteSize);
		expect(checkpointMismatches(recorder)).toEqual([]);
	});

	it("spaces checkpoints by the slots they copy: lists of many items cost their items", () => {
		const recorder = record("xs = []\nfor i in range(400):\n    xs.append([i] * 500)\nx = 0\nfor i in range(3000):\n    x += i\n", 1);
		// Each checkpoint before the last waited for the log to grow by what the one before it cost: together they cost
		// at most the log. The last copies every number alive in 8 bytes, where the log wrote it in one to three.
		expect(recorder.model.checkpoints.length).toBeLessThan(8);
		expect(recorder.model.checkpointBytes).toBeLessThanOrEqual(6 * recorder.log.byteSize);
		expect(checkpointMismatches(recorder)).toEqual([]);
	});
});
