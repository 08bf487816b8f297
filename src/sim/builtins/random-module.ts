// random: waits for the runtime library's MT19937 (src/sim/runtime); until then it says so clearly.
import type { NativeImpl } from "../heap/callables";

const notYet: NativeImpl = (vm) => vm.raise("NotImplementedError", "pymem does not support the random module yet");

export const RANDOM_FUNCTIONS: Record<string, NativeImpl> = {
	seed: notYet,
	random: notYet,
	randint: notYet,
	choice: notYet,
	shuffle: notYet,
	randrange: notYet,
	uniform: notYet,
	sample: notYet,
};
