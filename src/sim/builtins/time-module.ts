// time: sleep and the clocks of Modules/timemodule.c (3.11), over simulated time. A note is not a place to wait
// and a trace must replay the same, so no reading comes from the host: each run starts its clocks at fixed
// values, every reading moves them on by one tick, and sleep(secs) moves the wall, monotonic and performance
// clocks on by secs (process time, as in CPython, does not count a sleep) and returns at once.
import type { NativeImpl } from "../heap/callables";
import type { PyObject } from "../heap/object";
import { PyFloat } from "../heap/values";
import { indexValue } from "../vm/protocol";
import type { VM } from "../vm/vm";
import { requireNoArguments, requireOneArgument } from "./arity";

const NS_PER_SECOND = 1_000_000_000n;
/** What one reading of a clock takes, so consecutive readings differ (a microsecond). */
const TICK_NS = 1_000n;
/** _PyTime_t is an int64 count of nanoseconds. */
const PYTIME_MAX = (1n << 63n) - 1n;

/** Nanosecond readings of one run's clocks. time() starts at 2023-11-14 22:13:20 UTC. */
interface Clocks {
	wall: bigint;
	monotonic: bigint;
	process: bigint;
}

const clocksOfRun = new WeakMap<VM, Clocks>();

function clocks(vm: VM): Clocks {
	let c = clocksOfRun.get(vm);
	if (!c) {
		c = { wall: 1_700_000_000n * NS_PER_SECOND, monotonic: 1_000n * NS_PER_SECOND, process: 10_000_000n };
		clocksOfRun.set(vm, c);
	}
	return c;
}

type ClockName = keyof Clocks;

/** One reading of a clock: every clock moves on by a tick, as time passes for all of them. */
function read(vm: VM, name: ClockName): bigint {
	const c = clocks(vm);
	c.wall += TICK_NS;
	c.monotonic += TICK_NS;
	c.process += TICK_NS;
	return c[name];
}

/** perf_counter is CLOCK_MONOTONIC on Linux, as monotonic is. */
const CLOCK_OF: Record<string, ClockName> = { time: "wall", monotonic: "monotonic", perf_counter: "monotonic", process_time: "process" };

function secondsClock(name: string): NativeImpl {
	return (vm, args, kw) => {
		requireNoArguments(vm, `time.${name}`, args.length, kw);
		// _PyTime_AsSecondsDouble: whole seconds and the rest, so large readings round as CPython's do.
		const ns = read(vm, CLOCK_OF[name]!);
		return vm.float(Number(ns / NS_PER_SECOND) + Number(ns % NS_PER_SECOND) * 1e-9);
	};
}

function nanosecondsClock(name: string): NativeImpl {
	return (vm, args, kw) => {
		requireNoArguments(vm, `time.${name}_ns`, args.length, kw);
		return vm.int(read(vm, CLOCK_OF[name]!));
	};
}

/** _PyTime_FromSecondsObject with _PyTime_ROUND_TIMEOUT: a float rounds away from zero to whole nanoseconds. */
function sleepNanoseconds(vm: VM, secs: PyObject): bigint {
	if (secs instanceof PyFloat) {
		const value = secs.value;
		if (Number.isNaN(value)) return vm.raise("ValueError", "Invalid value NaN (not a number)");
		const ns = value * 1e9;
		const rounded = ns >= 0 ? Math.ceil(ns) : Math.floor(ns);
		if (!(rounded >= -9.223372036854775808e18 && rounded < 9.223372036854775808e18)) return vm.raise("OverflowError", "timestamp out of range for platform time_t");
		return BigInt(rounded);
	}
	const whole = indexValue(vm, secs);
	if (whole === null) return vm.raise("TypeError", `'${secs.typeName}' object cannot be interpreted as an integer`);
	const ns = whole * NS_PER_SECOND;
	if (ns > PYTIME_MAX || ns < -PYTIME_MAX - 1n) return vm.raise("OverflowError", "timestamp too large to convert to C _PyTime_t");
	return ns;
}

const sleep: NativeImpl = (vm, args, kw) => {
	requireOneArgument(vm, "time.sleep", args.length, kw);
	const ns = sleepNanoseconds(vm, args[0]!);
	if (ns < 0n) return vm.raise("ValueError", "sleep length must be non-negative");
	const c = clocks(vm);
	c.wall += ns;
	c.monotonic += ns;
	return vm.incref(vm.None);
};

const CLOCK_FUNCTIONS: Record<string, NativeImpl> = {};
for (const name of Object.keys(CLOCK_OF)) {
	CLOCK_FUNCTIONS[name] = secondsClock(name);
	CLOCK_FUNCTIONS[`${name}_ns`] = nanosecondsClock(name);
}

export const TIME_FUNCTIONS: Record<string, NativeImpl> = { sleep, ...CLOCK_FUNCTIONS };
