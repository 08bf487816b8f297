// id(): deterministic addresses so runs are reproducible (programs should not print them anyway).
import type { PyObject } from "../heap/object";

export function fakeAddressNumber(o: PyObject): number {
	return 0x7f0000000000 + (o.id < 0 ? 0x100000 - o.id : o.id) * 48;
}
