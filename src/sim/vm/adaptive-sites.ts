// The counter CPython 3.11's adaptive instructions share (pycore_code.h's adaptive counters, ceval.c's *_ADAPTIVE
// targets and its `miss:` label). Once its code is quickened (warm-up.ts), an instruction tries to specialize the
// first time it runs. A failed attempt waits 2**n - 1 runs before the next, n growing by one up to 12. A specialized
// instruction whose guards fail runs the generic one: after 53 such misses it goes back to adaptive, and waits 31
// runs before it tries again. Each family (subscript-sites.ts, binary-op-sites.ts) says what it specializes for
// and what its guards are; which form runs decides what a program can see (the order operands are released in, a
// frame pushed instead of a C call).
import { QUICKENING_WARMUP_DELAY } from "./warm-up";
import type { CodeObject } from "../compile/code";

/** The generic instruction: a site not (or no longer) specialized. Families number their forms from 1. */
export const GENERIC = 0;

/** miss_counter_start(). */
const MISSES_BEFORE_DEOPT = 53;
/** adaptive_counter_start(): the backoff a site that went back to adaptive starts from, and its wait, 2**5 - 1. */
const BACKOFF_AFTER_DEOPT = 5;
/** MAX_BACKOFF_VALUE. */
const MAX_BACKOFF = 12;

/** One adaptive instruction's form and counter; a family adds its inline cache. */
export class AdaptiveSite {
	form = GENERIC;
	/** Adaptive: runs left to wait before the next attempt. Specialized: misses left before it goes back to adaptive. */
	counter = 0;
	/** The exponent of the last wait (adaptive_counter_backoff). */
	backoff = 0;
	/**
	 * The latest run took its operands off the value stack and released what it had to before failing, so a
	 * failure leaves nothing for failed-operands.ts to release.
	 */
	operandsGone = false;
}

/** The site of the instruction at `pc` once its code is quickened, made on its first run then; null before. */
export function quickenedSite<S extends AdaptiveSite>(code: CodeObject, pc: number, make: (code: CodeObject, pc: number) => S): S | null {
	if (code.warmup < QUICKENING_WARMUP_DELAY) return null;
	return ((code.adaptiveSites[pc] as S | undefined) ??= make(code, pc));
}

/**
 * The form this run of the instruction takes, GENERIC for the generic instruction. `specialize` sets the site's
 * form (and its cache) or leaves it GENERIC for a failed attempt; `guardsHold` is the specialized form's DEOPT_IFs.
 */
export function formOfRun<S extends AdaptiveSite, A, B>(
	site: S,
	a: A,
	b: B,
	specialize: (site: S, a: A, b: B) => void,
	guardsHold: (site: S, a: A, b: B) => boolean,
): number {
	if (site.form === GENERIC) {
		if (site.counter > 0) {
			site.counter--;
			return GENERIC;
		}
		specialize(site, a, b);
		if (site.form === GENERIC) {
			// adaptive_counter_backoff, then DISPATCH_SAME_OPARG: the adaptive instruction runs again and counts
			// this run as the first of its wait.
			site.backoff = Math.min(site.backoff + 1, MAX_BACKOFF);
			site.counter = 2 ** site.backoff - 2;
			return GENERIC;
		}
		site.counter = MISSES_BEFORE_DEOPT;
	}
	if (guardsHold(site, a, b)) return site.form;
	if (--site.counter === 0) {
		site.form = GENERIC;
		site.backoff = BACKOFF_AFTER_DEOPT;
		site.counter = 2 ** BACKOFF_AFTER_DEOPT - 1;
	}
	return GENERIC;
}
