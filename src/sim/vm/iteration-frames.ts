// FOR_ITER over an instance whose class defines __next__ as a plain Python function: slot_tp_iternext calls it
// through vectorcall_method, which holds it while it runs, and pymem runs it as a frame of the loop. The loop's body
// goes on with what it returns; a StopIteration that leaves it is cleared and the loop ends, as FOR_ITER clears it.
// So a class-based iterator costs no nested host run per item, and one whose __next__ loops over another's (a tree
// walked child by child) goes as deep as python3's.
import type { PyObject } from "../heap/object";
import { PyInstance, type PyExceptionObject } from "../heap/instances";
import type { PyFunction } from "../heap/callables";
import { userSlot } from "../heap/subclass-instances";
import type { Frame } from "./frame";
import { SlotMethodCall, plainFunction } from "./c-call-frames";
import type { VM } from "./vm";

/** FOR_ITER (`exit`: where the loop ends) of `it`, the top of `f`'s stack: true when its __next__ started as a frame. */
export function startsForIterFrame(vm: VM, f: Frame, it: PyObject, exit: number): boolean {
	if (!(it instanceof PyInstance)) return false;
	const method = plainFunction(userSlot(it, "__next__"));
	if (!method) return false;
	new ForIterCall(vm, f, method, exit).start([it]);
	return true;
}

/** The FOR_ITER a __next__ frame finishes: the item goes on the stack, or the loop ends. */
class ForIterCall extends SlotMethodCall {
	constructor(
		vm: VM,
		caller: Frame,
		method: PyFunction,
		private readonly exit: number,
	) {
		super(vm, caller, method, "__next__");
	}

	protected complete(item: PyObject): void {
		this.caller.stack.push(item);
	}

	/** The iterator is exhausted: the error is cleared, then the iterator leaves the stack and the loop ends. */
	absorb(exc: PyExceptionObject): boolean {
		const vm = this.vm;
		if (!exc.cls.isSubclassOf(vm.exceptionClass("StopIteration"))) return false;
		this.abandon();
		vm.dropRaised(exc);
		vm.decref(this.caller.stack.pop()!);
		vm.leaveLoop(this.caller, this.exit);
		return true;
	}
}
