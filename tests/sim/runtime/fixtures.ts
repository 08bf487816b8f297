import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PyRuntimeError } from "../../../src/sim/runtime/errors";

/** Fixtures are written by fixtures/make-fixtures.py from real python3 3.11. */
export function loadFixture<T>(name: string): T {
	const path = fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
	return JSON.parse(readFileSync(path, "utf-8")) as T;
}

/** Floats travel as big-endian IEEE-754 hex so inf, nan and -0.0 survive JSON. */
export function floatFromHex(hex: string): number {
	const view = new DataView(new ArrayBuffer(8));
	view.setBigUint64(0, BigInt(`0x${hex}`));
	return view.getFloat64(0);
}

export type Outcome<T> = { ok: T } | { error: [string, string] };

/** Runs `fn` and reports its result or its Python exception in the fixtures' shape. */
export function capture<T>(fn: () => T): Outcome<T> {
	try {
		return { ok: fn() };
	} catch (error) {
		if (error instanceof PyRuntimeError) return { error: [error.pyType, error.pyMessage] };
		throw error;
	}
}

/** The inverse of floatFromHex, to compare results bit for bit (NaN payloads aside). */
export function floatToHex(x: number): string {
	if (Number.isNaN(x)) return "7ff8000000000000";
	const view = new DataView(new ArrayBuffer(8));
	view.setFloat64(0, x);
	return view.getBigUint64(0).toString(16).padStart(16, "0");
}

/** Python's format(n, "x"): "-" then hex digits. */
export function bigIntFromPyHex(text: string): bigint {
	return text.startsWith("-") ? -BigInt(`0x${text.slice(1)}`) : BigInt(`0x${text}`);
}
