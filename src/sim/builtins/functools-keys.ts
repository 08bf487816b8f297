// functools.cmp_to_key (3.11's keyobject): cmp_to_key(mycmp) is a KeyWrapper holding mycmp; calling it with an
// object makes another holding mycmp and the object, whose comparisons call mycmp(x, y) and compare the
// result with 0.
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import { PyToolObject } from "../heap/tool-objects";
import { withPackedArguments } from "../vm/instantiate";
import { compareValues } from "../vm/comparisons";
import type { VM } from "../vm/vm";
import { clinicArguments } from "./itertools-support";

const CMP = 0;
const OBJECT = 1;
const CALL_LABELS = { args: "call arguments (KeyWrapper)", kwargs: "keyword arguments (KeyWrapper)" };

export function newKeyWrapper(vm: VM, type: PyClass, cmp: PyObject, object: PyObject | null): PyToolObject {
	const key = vm.heap.register(new PyToolObject(type, ["cmp", "obj"], [vm.incref(cmp), object ? vm.incref(object) : null], 32));
	key.members = { obj: OBJECT };
	key.unhashable = true;
	// keyobject_call has no vectorcall: K(obj) packs its arguments, parsed as "O:K".
	key.callCountsLevel = () => true;
	key.call = (args, kwargs) =>
		withPackedArguments(
			vm,
			args,
			kwargs,
			() => {
				const [obj] = clinicArguments(vm, "K", args, kwargs, { names: ["obj"], required: 1 });
				return newKeyWrapper(vm, type, key.slots[CMP]!, obj!);
			},
			CALL_LABELS,
		);
	key.richCompare = (other, op) => {
		if (!(other instanceof PyToolObject) || other.type !== type) return vm.raise("TypeError", "other argument must be K instance");
		const x = key.slots[OBJECT];
		const y = other.slots[OBJECT];
		if (!x || !y) return vm.raise("AttributeError", "object");
		const result = vm.callObject(key.slots[CMP]!, [x, y]);
		vm.heap.adopt(result, "result of the cmp function");
		try {
			return vm.bool(compareValues(vm, result, vm.int(0), op, true));
		} finally {
			vm.heap.release(result, "result of the cmp function");
		}
	};
	return key;
}
