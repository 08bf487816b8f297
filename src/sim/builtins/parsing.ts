// int("...") and float("...") with Python's accepted spellings and error messages.
import { strRepr } from "../runtime/strRepr";
import type { IntValue } from "../heap/values";
import type { VM } from "../vm/vm";

export function parseIntLiteral(vm: VM, text: string, base: number): IntValue {
	const s = text.trim().replace(/_/g, "");
	const m = /^([+-]?)(0[xob])?([0-9a-z]+)$/i.exec(s);
	const fail = () => vm.raise("ValueError", `invalid literal for int() with base ${base}: ${strRepr(text)}`);
	if (!m) return fail();
	let b = base;
	if (m[2]) {
		const prefixBase = { x: 16, o: 8, b: 2 }[m[2][1]!.toLowerCase() as "x" | "o" | "b"];
		if (base !== 0 && base !== prefixBase) return fail();
		b = prefixBase;
	} else if (base === 0) b = 10;
	let v = 0n;
	for (const ch of m[3]!.toLowerCase()) {
		const d = parseInt(ch, 36);
		if (Number.isNaN(d) || d >= b) return fail();
		v = v * BigInt(b) + BigInt(d);
	}
	return m[1] === "-" ? -v : v;
}

export function parseFloatLiteral(vm: VM, text: string): number {
	const s = text.trim().replace(/_/g, "").toLowerCase();
	if (/^[+-]?(inf|infinity)$/.test(s)) return s.startsWith("-") ? -Infinity : Infinity;
	if (/^[+-]?nan$/.test(s)) return NaN;
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) vm.raise("ValueError", `could not convert string to float: ${strRepr(text)}`);
	return Number(s);
}
