// PyObject_Repr and PyObject_ASCII as objects: the str a class's __repr__ returned is the result itself, so
// `repr(o) is o.name` when __repr__ returns self.name, and so is what %r, !r, %a and !a write.
import type { PyObject } from "../heap/object";
import { PyBool, PyStr } from "../heap/values";
import { asciiEscaped } from "../runtime/strRepr";
import { reprText, reprCallsOwnMethod } from "./repr";
import { boolText, exactIntText } from "./str-of";
import { enterRecursionLevel, REPR_LEVEL } from "./c-recursion";
import type { VM } from "./vm";
import { rejectResult } from "./rejected-results";

/** PyObject_Repr (a new reference): a __repr__'s str itself, a bool's interned name, else a new str. */
export function reprObject(vm: VM, o: PyObject): PyObject {
	enterRecursionLevel(vm, REPR_LEVEL);
	try {
		if (o instanceof PyBool) return boolText(vm, o);
		if (!reprCallsOwnMethod(o)) return exactIntText(vm, o) ?? vm.str(reprText(vm, o));
		const r = vm.callMethod(o, "__repr__", []);
		if (r instanceof PyStr) return r;
		return rejectResult(vm, r, "TypeError", `__repr__ returned non-string (type ${r.typeName})`);
	} finally {
		vm.nativeLevels--;
	}
}

/** PyObject_ASCII: the repr itself when it is all ASCII, else a new str with the rest escaped. */
export function asciiObject(vm: VM, o: PyObject): PyObject {
	const r = reprObject(vm, o) as PyStr;
	if (isAscii(r.value)) return r;
	try {
		return vm.str(asciiEscaped(r.value));
	} finally {
		vm.decref(r);
	}
}

function isAscii(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
	return true;
}
