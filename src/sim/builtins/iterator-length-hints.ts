// The builtin iterators' own __length_hint__ (listiter_len, setiter_len, dictiter_len, dequeiter_len, reversed_len,
// iter_len and their kin): what is left, read without running Python code where CPython runs none.
import { iteratorTypes, T } from "../heap/classes";
import { DEQUE_ITERATORS, defineMethods } from "./types";
import type { PyIterator } from "../heap/iterators";
import { requireNoArguments } from "./arity";
import type { VM } from "../vm/vm";

/** Every iterator type with its own __length_hint__ in CPython 3.11 (odict's, array's, map's and their kin have none). */
const HINTING_ITERATORS = [
	"list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator", "bytes_iterator", "bytearray_iterator",
	"range_iterator", "longrange_iterator", "set_iterator", "list_reverseiterator", "reversed", "iterator",
	"dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
	"dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator",
	...DEQUE_ITERATORS,
];

export function installIteratorLengthHints(): void {
	for (const kind of HINTING_ITERATORS) {
		const cls = iteratorTypes.get(kind) ?? T.iterator;
		defineMethods(cls, {
			__length_hint__: (vm: VM, args, kw, self) => {
				requireNoArguments(vm, `${cls.name}.__length_hint__`, args.length, kw);
				const it = self as PyIterator;
				if (it.remaining) return vm.int(it.remaining());
				// iter_len of a sequence without __len__ answers NotImplemented.
				const asked = it.lengthHint?.();
				return asked === undefined ? vm.raise("TypeError", `pymem does not support ${kind}.__length_hint__ yet`) : asked === null ? vm.NotImplemented : vm.int(asked);
			},
		});
	}
}
