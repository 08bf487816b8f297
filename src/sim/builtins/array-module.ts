// array: the array.array type of Modules/arraymodule.c (3.11), its constructor and the module's names.
import { registerMutableSequence } from "./collections-module";
import type { PyModule } from "../heap/callables";
import type { PyObject } from "../heap/object";
import { PyArray, TYPECODES, arrayClasses, type ArrayValue } from "../heap/array";
import { iteratorTypes, type PyClass } from "../heap/classes";
import { PyList, PyTuple } from "../heap/containers";
import { PyStr } from "../heap/values";
import { isBytesLike } from "../heap/bytearray";
import { ARRAY_ITERATOR, concatenationRefused, newArray } from "../vm/array-ops";
import type { VM } from "../vm/vm";
import { ARRAY_METHODS, appendBytes, extendFromIterable } from "./array-methods";
import { arrayValue } from "./array-values";
import { moduleTypeConstructors } from "./module-type-constructors";
import { ownSizeof } from "./object-methods";
import { defineMethods, moduleType, nativeFunction, notSupportedYet } from "./types";
import { pyLen } from "../runtime/codepoints";
import { defineMutableSequenceSlots } from "./slot-wrappers";
import { userSlot } from "../heap/subclass-instances";
import { getItem } from "../vm/subscript";

const ITERATOR_BEING_READ = "initializer's iterator (array_new)";
const NEW_ARRAY = "array being filled (array_new)";
const SEQUENCE_INDEX = "index of PySequence_GetItem (array_new)";
const SEQUENCE_ITEM = "item of the initializer being stored (array_new)";

/** The 'C' converter of array()'s first argument: one character. */
function typecodeArgument(vm: VM, o: PyObject): string {
	if (o instanceof PyStr && pyLen(o.value) === 1) return o.value;
	return vm.raise("TypeError", `array() argument 1 must be a unicode character, not ${o.typeName}`);
}

/**
 * array_new: a list or tuple fills an array of its size item by item, bytes go through frombytes, a str
 * through fromunicode ('u' only), an array of the same kind is copied; anything else is iterated into an
 * empty array one append at a time.
 */
function newArrayFromArguments(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	if (kw?.size) vm.raise("TypeError", "array.array() takes no keyword arguments");
	if (args.length < 1) vm.raise("TypeError", "array() takes at least 1 argument (0 given)");
	if (args.length > 2) vm.raise("TypeError", `array() takes at most 2 arguments (${args.length} given)`);
	const code = typecodeArgument(vm, args[0]!);
	const initial = args[1];
	if (initial && code !== "u") {
		if (initial instanceof PyStr) vm.raise("TypeError", `cannot use a str to initialize an array with typecode '${code}'`);
		if (initial instanceof PyArray && initial.typecode.code === "u") vm.raise("TypeError", `cannot use a unicode array to initialize an array with typecode '${code}'`);
	}
	const direct = !initial || initial instanceof PyList || initial instanceof PyTuple || isBytesLike(initial) || (code === "u" && initial instanceof PyStr) || (initial instanceof PyArray && initial.typecode.code === code);
	const it = direct ? null : vm.getIter(initial);
	if (it) vm.heap.adopt(it, ITERATOR_BEING_READ);
	try {
		const typecode = TYPECODES.find((t) => t.code === code);
		if (!typecode) return vm.raise("ValueError", `bad typecode (must be ${TYPECODES.map((t) => t.code).join(", ").replace(/, (\w)$/, " or $1")})`);
		const sequence = initial instanceof PyList || initial instanceof PyTuple ? initial : null;
		// The list's or tuple's own size, then PySequence_GetItem: a subclass's own __getitem__ gives each item.
		const bySlots = sequence !== null && userSlot(sequence, "__getitem__") !== undefined;
		const items = sequence && !bySlots ? sequence.items.slice() : [];
		const length = bySlots ? sequence.items.length : items.length;
		const copied: ArrayValue[] = initial instanceof PyArray && direct ? initial.values.slice() : new Array<ArrayValue>(length).fill(0);
		const a = newArray(vm, typecode, copied);
		return vm.heap.build(a, NEW_ARRAY, () => {
			items.forEach((item, i) => (a.values[i] = arrayValue(vm, typecode, item)));
			for (let i = 0; bySlots && i < length; i++) {
				const index = vm.int(i);
				const item = vm.heap.whileOwned(index, SEQUENCE_INDEX, () => getItem(vm, sequence, index));
				vm.heap.whileOwned(item, SEQUENCE_ITEM, () => (a.values[i] = arrayValue(vm, typecode, item)));
			}
			if (initial && isBytesLike(initial)) appendBytes(vm, a, initial);
			// The str's wide-character copy becomes the buffer: exactly its length.
			else if (initial instanceof PyStr && initial.value) {
				a.values = [...initial.value];
				a.allocated = a.values.length;
			}
			if (it) extendFromIterable(vm, a, it);
		});
	} finally {
		if (it) vm.heap.release(it, ITERATOR_BEING_READ);
	}
}

let arrayType: PyClass | null = null;

/** The array type and its iterator's, made once per process. */
function ensureArrayTypes(): PyClass {
	if (arrayType) return arrayType;
	arrayType = moduleType("array", "array");
	arrayClasses.array = arrayType;
	moduleTypeConstructors.set(arrayType, (vm, args, kw) => newArrayFromArguments(vm, args, kw));
	defineMethods(arrayType, { ...ARRAY_METHODS, ...ownSizeof(arrayType) });
	defineMutableSequenceSlots(arrayType, (vm, _self, other) => concatenationRefused(vm, other, true));
	const iterator = moduleType("arrayiterator", "array");
	iteratorTypes.set(ARRAY_ITERATOR, iterator);
	return arrayType;
}

export function installArray(vm: VM, module: PyModule): void {
	const type = ensureArrayTypes();
	vm.dictSetStr(module.dict, "array", type);
	vm.dictSetStr(module.dict, "ArrayType", type);
	vm.dictSetStr(module.dict, "typecodes", vm.intern(TYPECODES.map((t) => t.code).join("")));
	for (const [name, impl] of Object.entries(notSupportedYet(["_array_reconstructor"], (n) => `array.${n}`))) vm.dictSetStr(module.dict, name, nativeFunction(name, impl));
	registerMutableSequence(vm, type);
}
