// What the fuzz test runs by default, shared with scripts/fuzz-invariant.ts so both judge the same programs.
export const FUZZ_SEED = 20261123;
export const FUZZ_COUNT = 10_000;
/** Small, so thousands of programs (some looping forever) stay fast. */
export const FUZZ_MAX_STEPS = 400;
