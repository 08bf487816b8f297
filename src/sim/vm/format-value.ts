// FORMAT_VALUE: an f-string's `{value!conversion:spec}`. The value (and spec) stay on the stack while the
// conversion or PyObject_Format runs Python code; special-method-frames.ts may run that code as a frame and finish
// the instruction here once it returns.
import type { PyObject } from "../heap/object";
import { PyStr } from "../heap/values";
import { isScalarInstance } from "../heap/scalar-instances";
import { formatObject } from "./formatting";
import { asciiObject, reprObject } from "./repr-objects";
import { strObject } from "./str-of";
import { startsFormatValueFrame } from "./special-method-frames";
import type { Frame } from "./frame";
import type { VM } from "./vm";

export function execFormatValue(vm: VM, f: Frame, arg: number): void {
	if (startsFormatValueFrame(vm, f, arg)) return;
	const stack = f.stack;
	const conversion = arg & 3;
	if (conversion === 0) return formatAndPush(vm, stack, arg);
	const value = stack[valueAt(stack, arg)]!;
	const converted = conversion === 1 ? strObject(vm, value) : conversion === 2 ? reprObject(vm, value) : asciiObject(vm, value);
	replaceConverted(vm, stack, arg, converted);
}

function valueAt(stack: PyObject[], arg: number): number {
	return stack.length - ((arg & 4) !== 0 ? 2 : 1);
}

/** The converted str replaces the value, which is released at once; then it is formatted. */
export function replaceConverted(vm: VM, stack: PyObject[], arg: number, converted: PyObject): void {
	const at = valueAt(stack, arg);
	const value = stack[at]!;
	stack[at] = converted;
	vm.decref(value);
	formatAndPush(vm, stack, arg);
}

/** PyObject_Format of the value with the spec (an exact str without one is its own result), pushed for the operands. */
function formatAndPush(vm: VM, stack: PyObject[], arg: number): void {
	const spec = (arg & 4) !== 0 ? stack[stack.length - 1]! : null;
	const value = stack[valueAt(stack, arg)]!;
	const result = !spec && value instanceof PyStr && !isScalarInstance(value) ? vm.incref(value) : formatObject(vm, value, spec ? vm.strValue(spec) : "", true, spec as PyStr | null);
	pushFormatted(vm, stack, arg, result);
}

/** The formatted str takes the place of the value and spec, which are released. */
export function pushFormatted(vm: VM, stack: PyObject[], arg: number, result: PyObject): void {
	const operands = stack.splice(valueAt(stack, arg));
	stack.push(result);
	for (const o of operands) vm.decref(o);
}
