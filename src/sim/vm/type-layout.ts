// type's read-only members __basicsize__, __itemsize__, __dictoffset__ and __weakrefoffset__: a builtin type's
// come from its C struct (python3 3.11's values, 64-bit); a class statement's are what type_new_descriptors
// computes from its best base, its __slots__ and whether it adds a __dict__ and a __weakref__ slot.
import type { PyClass } from "../heap/classes";
import { T } from "../heap/classes";
import { instanceLayout } from "../heap/shared-keys";
import { memberNames } from "./class-layout";

export interface TypeLayout {
	readonly basicsize: number;
	readonly itemsize: number;
	readonly dictoffset: number;
	readonly weakrefoffset: number;
}

type Row = readonly [basicsize: number, itemsize: number, dictoffset: number, weakrefoffset: number];

/** python3 3.11's values for the builtin types pymem has, by the name pymem gives them. */
const BUILTIN_LAYOUTS: Readonly<Record<string, Row>> = {
	object: [16, 0, 0, 0], type: [904, 40, 264, 368], NoneType: [16, 0, 0, 0], NotImplementedType: [16, 0, 0, 0], ellipsis: [16, 0, 0, 0],
	int: [24, 4, 0, 0], bool: [32, 4, 0, 0], float: [24, 0, 0, 0], complex: [32, 0, 0, 0], str: [80, 0, 0, 0],
	bytes: [33, 1, 0, 0], bytearray: [56, 0, 0, 0], list: [40, 0, 0, 0], tuple: [24, 8, 0, 0], dict: [48, 0, 0, 0],
	set: [200, 0, 0, 192], frozenset: [200, 0, 0, 192], range: [48, 0, 0, 0], slice: [40, 0, 0, 0],
	function: [136, 0, 88, 96], builtin_function_or_method: [56, 0, 0, 40], method: [48, 0, 0, 32], cell: [24, 0, 0, 0],
	module: [56, 0, 16, 40], generator: [152, 8, 0, 24], property: [64, 0, 0, 0], staticmethod: [32, 0, 24, 0],
	classmethod: [32, 0, 24, 0], super: [40, 0, 0, 0], iterator: [32, 0, 0, 0], weakref: [64, 0, 0, 0], ReferenceType: [64, 0, 0, 0], finalize: [16, 0, 0, 0],
	code: [184, 2, 0, 144], frame: [120, 8, 0, 0], traceback: [40, 0, 0, 0],
	dict_keys: [24, 0, 0, 0], dict_values: [24, 0, 0, 0], dict_items: [24, 0, 0, 0],
	getset_descriptor: [48, 0, 0, 0], member_descriptor: [48, 0, 0, 0], method_descriptor: [56, 0, 0, 0],
	wrapper_descriptor: [56, 0, 0, 0], "method-wrapper": [32, 0, 0, 0],
	WeakValueDictionary: [24, 0, -48, 16], WeakKeyDictionary: [24, 0, -48, 16], WeakSet: [24, 0, -48, 16], KeyedRef: [72, 0, 0, 0],
	ProxyType: [64, 0, 0, 0], CallableProxyType: [64, 0, 0, 0], WeakMethod: [96, 0, 0, 88], TextIOWrapper: [192, 0, 184, 176],
	deque: [216, 0, 0, 208], defaultdict: [56, 0, 0, 0], OrderedDict: [112, 0, 96, 104], Counter: [56, 0, -80, 48],
	odict_keys: [24, 0, 0, 0], odict_values: [24, 0, 0, 0], odict_items: [24, 0, 0, 0], odict_iterator: [64, 0, 0, 0],
	GenericAlias: [64, 0, 0, 40], UnionType: [32, 0, 0, 0], mappingproxy: [24, 0, 0, 0], _tuplegetter: [32, 0, 0, 0],
	array: [64, 0, 0, 48], memoryview: [144, 8, 0, 136], managedbuffer: [112, 0, 0, 0], memory_iterator: [48, 0, 0, 0],
	map: [32, 0, 0, 0], filter: [32, 0, 0, 0], zip: [48, 0, 0, 0], enumerate: [56, 0, 0, 0], reversed: [32, 0, 0, 0],
	list_iterator: [32, 0, 0, 0], tuple_iterator: [32, 0, 0, 0], range_iterator: [48, 0, 0, 0], longrange_iterator: [48, 0, 0, 0],
	str_ascii_iterator: [32, 0, 0, 0], str_iterator: [32, 0, 0, 0], bytes_iterator: [32, 0, 0, 0], bytearray_iterator: [32, 0, 0, 0],
	set_iterator: [48, 0, 0, 0], dict_keyiterator: [56, 0, 0, 0], dict_valueiterator: [56, 0, 0, 0], dict_itemiterator: [56, 0, 0, 0],
	list_reverseiterator: [32, 0, 0, 0], dict_reversekeyiterator: [56, 0, 0, 0], dict_reversevalueiterator: [56, 0, 0, 0],
	dict_reverseitemiterator: [56, 0, 0, 0], callable_iterator: [32, 0, 0, 0],
	count: [40, 0, 0, 0], repeat: [32, 0, 0, 0], cycle: [48, 0, 0, 0], chain: [32, 0, 0, 0], islice: [56, 0, 0, 0],
	pairwise: [32, 0, 0, 0], accumulate: [48, 0, 0, 0], takewhile: [40, 0, 0, 0], dropwhile: [40, 0, 0, 0],
	filterfalse: [32, 0, 0, 0], compress: [32, 0, 0, 0], starmap: [32, 0, 0, 0], zip_longest: [56, 0, 0, 0],
	product: [48, 0, 0, 0], permutations: [64, 0, 0, 0], combinations: [56, 0, 0, 0], combinations_with_replacement: [56, 0, 0, 0],
	Generic: [16, 0, 0, 0], groupby: [64, 0, 0, 0], _grouper: [32, 0, 0, 0], _tee: [40, 0, 0, 32], _tee_dataobject: [496, 0, 0, 0],
};

/** The builtin exceptions whose struct is larger than PyBaseExceptionObject's 72 bytes (the rest inherit their base's). */
const EXCEPTION_LAYOUTS: Readonly<Record<string, Row>> = {
	BaseException: [72, 0, 16, 0], StopIteration: [80, 0, 16, 0], SystemExit: [80, 0, 16, 0], NameError: [80, 0, 16, 0],
	AttributeError: [88, 0, 16, 0], BaseExceptionGroup: [88, 0, 16, 0], ExceptionGroup: [96, 0, 16, 88], ImportError: [96, 0, 16, 0],
	OSError: [112, 0, 16, 0], SyntaxError: [136, 0, 16, 0], UnicodeEncodeError: [112, 0, 16, 0], UnicodeDecodeError: [112, 0, 16, 0],
	UnicodeTranslateError: [112, 0, 16, 0],
};

const POINTER = 8;

function fromRow([basicsize, itemsize, dictoffset, weakrefoffset]: Row): TypeLayout {
	return { basicsize, itemsize, dictoffset, weakrefoffset };
}

/** The class's layout; null for a builtin type whose values pymem does not have. */
export function typeLayout(cls: PyClass): TypeLayout | null {
	if (cls.builtin) return builtinLayout(cls);
	const base = cls.base ?? cls.bases[0] ?? T.object;
	const baseLayout = typeLayout(base);
	if (!baseLayout) return null;
	const layout = instanceLayout(cls);
	// type_new_descriptors: the new members after the base's struct, then a __dict__ pointer after a variable-size
	// base's items, then __weakref__; a __dict__ over a fixed-size base is managed (3.11), three pointers before it.
	let offset = baseLayout.basicsize + POINTER * memberNames(cls).length;
	const addDict = layout.hasDict && baseLayout.dictoffset === 0;
	const addWeakref = layout.hasWeakref && baseLayout.weakrefoffset === 0 && baseLayout.itemsize === 0;
	let dictoffset = baseLayout.dictoffset;
	let weakrefoffset = baseLayout.weakrefoffset;
	if (addDict && baseLayout.itemsize !== 0) {
		dictoffset = -POINTER;
		offset += POINTER;
	}
	if (addWeakref) {
		weakrefoffset = offset;
		offset += POINTER;
	}
	if (addDict && baseLayout.itemsize === 0) dictoffset = -offset - 3 * POINTER;
	return { basicsize: offset, itemsize: baseLayout.itemsize, dictoffset, weakrefoffset };
}

function builtinLayout(cls: PyClass): TypeLayout | null {
	if (cls.isSubclassOf(T.BaseException)) {
		const owner = cls.mro.find((c) => EXCEPTION_LAYOUTS[c.name] !== undefined);
		return owner ? fromRow(EXCEPTION_LAYOUTS[owner.name]!) : null;
	}
	const row = BUILTIN_LAYOUTS[cls.name];
	return row ? fromRow(row) : null;
}

const MEMBER_OF_LAYOUT = {
	__basicsize__: "basicsize",
	__itemsize__: "itemsize",
	__dictoffset__: "dictoffset",
	__weakrefoffset__: "weakrefoffset",
} as const satisfies Record<string, keyof TypeLayout>;

/** Which layout value a type member names (`__basicsize__`...), or undefined for any other name. */
export function layoutMember(name: string): keyof TypeLayout | undefined {
	return Object.hasOwn(MEMBER_OF_LAYOUT, name) ? MEMBER_OF_LAYOUT[name as keyof typeof MEMBER_OF_LAYOUT] : undefined;
}
