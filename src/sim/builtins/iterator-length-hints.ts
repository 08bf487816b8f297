// The builtin iterators' own __length_hint__ (listiter_len, tupleiter_len, unicodeiter_len, striter_len,
// bytearrayiter_length_hint, rangeiter_len, longrangeiter_len): what is left, read without running Python code.
import { iteratorTypes } from "../heap/classes";
import type { PyIterator } from "../heap/iterators";
import { defineMethods } from "./types";
import { requireNoArguments } from "./arity";
import type { VM } from "../vm/vm";

/** The iterator types whose hint pymem keeps (PyIterator.remaining); the others refuse it as unsupported. */
const HINTING_ITERATORS = [
	"list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator", "bytes_iterator", "bytearray_iterator",
	"range_iterator", "longrange_iterator",
];

export function installIteratorLengthHints(): void {
	for (const kind of HINTING_ITERATORS) {
		defineMethods(iteratorTypes.get(kind)!, {
			__length_hint__: (vm: VM, args, kw, self) => {
				requireNoArguments(vm, `${kind}.__length_hint__`, args.length, kw);
				const it = self as PyIterator;
				return it.remaining ? vm.int(it.remaining()) : vm.raise("TypeError", `pymem does not support ${kind}.__length_hint__ yet`);
			},
		});
	}
}
