/**
 * glibc's hypot (sysdeps/ieee754/dbl-64/e_hypot.c, 2.35+), which complex abs() and ** call through libm.
 * It is not correctly rounded (math.hypot, CPython's own vector_norm, is: see mathSums.ts), so
 * abs(-59.6670828260083+67.83954854188343j) is 90.34580853217426 where the exact root rounds to ...27.
 * This is Borges' corrected square root ("An Improved Algorithm for hypot(a,b)", MyHypot3) without
 * fused multiply-add, as x86-64 builds compile it.
 */
const SCALE = 2 ** -600;
const LARGE_VAL = 2 ** 511;
const TINY_VAL = 2 ** -511;
const EPS = 2 ** -54;

/** ax >= ay >= 0, scaled so that squaring neither overflows nor underflows. */
function kernel(ax: number, ay: number): number {
	let h = Math.sqrt(ax * ax + ay * ay);
	let t1: number;
	let t2: number;
	if (h <= 2 * ay) {
		const delta = h - ay;
		t1 = ax * (2 * delta - ax);
		t2 = (delta - 2 * (ax - ay)) * delta;
	} else {
		const delta = h - ax;
		t1 = 2 * delta * (ax - 2 * ay);
		t2 = (4 * delta - ay) * ay + delta * delta;
	}
	h -= (t1 + t2) / (2 * h);
	return h;
}

export function libmHypot(x: number, y: number): number {
	if (!Number.isFinite(x) || !Number.isFinite(y)) {
		if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
		return NaN;
	}
	const ax = Math.max(Math.abs(x), Math.abs(y));
	const ay = Math.min(Math.abs(x), Math.abs(y));
	if (ax > LARGE_VAL) {
		if (ay <= ax * EPS) return ax + ay;
		return kernel(ax * SCALE, ay * SCALE) / SCALE;
	}
	if (ay < TINY_VAL) {
		if (ax >= ay / EPS) return ax + ay;
		return kernel(ax / SCALE, ay / SCALE) * SCALE;
	}
	if (ay <= ax * EPS) return ax + ay;
	return kernel(ax, ay);
}
