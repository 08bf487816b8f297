// What collections.abc's __subclasshook__s read in a class's __dict__ (_check_methods): whether it defines __iter__,
// __len__, __call__... or sets __hash__ to None. A class written in Python answers from its own dict. A type pymem
// writes natively answers as CPython's C type does: its dict holds the slot wrappers of every slot the type fills,
// which pymem's dicts do not all hold, so the names come from python3 3.11's own type dicts (this table), "-" for a
// name set to None (scripts/collections-abc-slots.py prints them).
import type { NativeImpl } from "../heap/callables";
import { PyClass } from "../heap/classes";
import { PyStr } from "../heap/values";

/** For each C type, the names of ABC methods its __dict__ holds (of those the hooks check). */
const C_TYPE_METHODS: Record<string, string> = {
	CallableProxyType: "-__hash__ __iter__ __next__ __len__ __contains__ __call__",
	GenericAlias: "__hash__ __iter__ __call__",
	OrderedDict: "-__hash__ __iter__ __reversed__",
	ProxyType: "-__hash__ __iter__ __next__ __reversed__ __len__ __contains__",
	ReferenceType: "__hash__ __call__",
	SimpleNamespace: "-__hash__",
	UnionType: "__hash__",
	_deque_iterator: "__iter__ __next__",
	_deque_reverse_iterator: "__iter__ __next__",
	_grouper: "__iter__ __next__",
	_lru_cache_wrapper: "__call__",
	_tee: "__iter__ __next__",
	accumulate: "__iter__ __next__",
	array: "-__hash__ __iter__ __len__ __contains__",
	arrayiterator: "__iter__ __next__",
	async_generator: "__aiter__ __anext__ asend athrow aclose",
	attrgetter: "__call__",
	builtin_function_or_method: "__hash__ __call__",
	bytearray: "-__hash__ __iter__ __len__ __contains__",
	bytearray_iterator: "__iter__ __next__",
	bytes: "__hash__ __iter__ __len__ __contains__",
	bytes_iterator: "__iter__ __next__",
	callable_iterator: "__iter__ __next__",
	cell: "-__hash__",
	chain: "__iter__ __next__",
	classmethod_descriptor: "__call__",
	code: "__hash__",
	combinations: "__iter__ __next__",
	combinations_with_replacement: "__iter__ __next__",
	complex: "__hash__",
	compress: "__iter__ __next__",
	coroutine: "__await__ send throw close",
	count: "__iter__ __next__",
	cycle: "__iter__ __next__",
	deque: "-__hash__ __iter__ __reversed__ __len__ __contains__",
	dict: "-__hash__ __iter__ __reversed__ __len__ __contains__",
	dict_itemiterator: "__iter__ __next__",
	dict_items: "-__hash__ __iter__ __reversed__ __len__ __contains__",
	dict_keyiterator: "__iter__ __next__",
	dict_keys: "-__hash__ __iter__ __reversed__ __len__ __contains__",
	dict_reverseitemiterator: "__iter__ __next__",
	dict_reversekeyiterator: "__iter__ __next__",
	dict_reversevalueiterator: "__iter__ __next__",
	dict_valueiterator: "__iter__ __next__",
	dict_values: "__iter__ __reversed__ __len__",
	dropwhile: "__iter__ __next__",
	enumerate: "__iter__ __next__",
	filter: "__iter__ __next__",
	filterfalse: "__iter__ __next__",
	float: "__hash__",
	frozenset: "__hash__ __iter__ __len__ __contains__",
	function: "__call__",
	generator: "send throw close __iter__ __next__",
	groupby: "__iter__ __next__",
	int: "__hash__",
	islice: "__iter__ __next__",
	itemgetter: "__call__",
	list: "-__hash__ __iter__ __reversed__ __len__ __contains__",
	list_iterator: "__iter__ __next__",
	list_reverseiterator: "__iter__ __next__",
	longrange_iterator: "__iter__ __next__",
	map: "__iter__ __next__",
	mappingproxy: "-__hash__ __iter__ __reversed__ __len__ __contains__",
	memory_iterator: "__iter__ __next__",
	memoryview: "__hash__ __iter__ __len__",
	method: "__hash__ __call__",
	"method-wrapper": "__hash__ __call__",
	method_descriptor: "__call__",
	methodcaller: "__call__",
	object: "__hash__",
	odict_items: "__iter__ __reversed__",
	odict_iterator: "__iter__ __next__",
	odict_keys: "__iter__ __reversed__",
	odict_values: "__iter__ __reversed__",
	pairwise: "__iter__ __next__",
	partial: "__call__",
	permutations: "__iter__ __next__",
	product: "__iter__ __next__",
	range: "__hash__ __iter__ __reversed__ __len__ __contains__",
	range_iterator: "__iter__ __next__",
	repeat: "__iter__ __next__",
	reversed: "__iter__ __next__",
	set: "-__hash__ __iter__ __len__ __contains__",
	set_iterator: "__iter__ __next__",
	slice: "-__hash__",
	starmap: "__iter__ __next__",
	staticmethod: "__call__",
	str: "__hash__ __iter__ __len__ __contains__",
	str_ascii_iterator: "__iter__ __next__",
	str_iterator: "__iter__ __next__",
	takewhile: "__iter__ __next__",
	tuple: "__hash__ __iter__ __len__ __contains__",
	tuple_iterator: "__iter__ __next__",
	type: "__call__",
	wrapper_descriptor: "__call__",
	zip: "__iter__ __next__",
	zip_longest: "__iter__ __next__",
};

const parsed = new Map<string, Map<string, boolean>>();

/** name -> true (defined) or false (set to None), for a C type; an empty map for one that defines none. */
function cTypeMethods(name: string): Map<string, boolean> {
	let methods = parsed.get(name);
	if (!methods) {
		methods = new Map((C_TYPE_METHODS[name] ?? "").split(" ").filter(Boolean).map((entry) => (entry.startsWith("-") ? [entry.slice(1), false] : [entry, true])));
		parsed.set(name, methods);
	}
	return methods;
}

/** `_type_defines(B, name)`: False when B's dict lacks `name`, None when it sets it to None, True otherwise. */
export const typeDefines: NativeImpl = (vm, args) => {
	const [cls, nameObject] = args;
	if (!(cls instanceof PyClass) || !(nameObject instanceof PyStr)) return vm.raise("TypeError", "_type_defines(type, str)");
	const name = nameObject.value;
	if (cls.builtin) {
		const defined = cTypeMethods(cls.name).get(name);
		return defined === undefined ? vm.bool(false) : defined ? vm.bool(true) : vm.incref(vm.None);
	}
	const value = cls.dict.get(name);
	return value === undefined ? vm.bool(false) : value === vm.None ? vm.incref(vm.None) : vm.bool(true);
};
