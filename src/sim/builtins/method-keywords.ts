// Which keywords the methods of the core builtin types take (method-arguments.ts checks calls against them), and
// the required parameters their keyword parsers report first.

/** Entries for the methods bytes and bytearray share, under both types' names. */
export function forBytesTypes<T>(methods: Record<string, T>): Record<string, T> {
	const out: Record<string, T> = {};
	for (const [name, arity] of Object.entries(methods)) out[`bytes.${name}`] = out[`bytearray.${name}`] = arity;
	return out;
}

/**
 * Methods of the checked types that take keyword arguments: their names, or null for any name (dict.update,
 * str.format). Every other method takes none.
 */
export const METHOD_KEYWORDS: Readonly<Record<string, readonly string[] | null>> = {
	"str.split": ["sep", "maxsplit"],
	"str.rsplit": ["sep", "maxsplit"],
	"str.splitlines": ["keepends"],
	"str.expandtabs": ["tabsize"],
	"str.format": null,
	"str.encode": ["encoding", "errors"],
	...forBytesTypes<readonly string[]>({ decode: ["encoding", "errors"], hex: ["sep", "bytes_per_sep"], split: ["sep", "maxsplit"], rsplit: ["sep", "maxsplit"], splitlines: ["keepends"], expandtabs: ["tabsize"], translate: ["delete"] }),
	"list.sort": ["key", "reverse"],
	"dict.update": null,
	"OrderedDict.update": null,
	"OrderedDict.move_to_end": ["key", "last"],
	"OrderedDict.popitem": ["last"],
	"OrderedDict.pop": ["key", "default"],
	"OrderedDict.setdefault": ["key", "default"],
	// extend(bb, /) with its defining class: clinic words any call without one argument itself.
	"array.extend": null,
	// to_bytes parses its own (itertools-support's clinicArguments).
	"int.to_bytes": null,
	// deque_init parses its own, as deque() does ("... for deque()").
	"deque.__init__": null,
};

/**
 * Keyword parsers' required parameters (their first names in METHOD_KEYWORDS): _PyArg_UnpackKeywords reports one
 * that is missing before a keyword it does not know.
 */
const REQUIRED_PARAMETERS: Readonly<Record<string, number>> = {
	"OrderedDict.move_to_end": 1,
	"OrderedDict.pop": 1,
	"OrderedDict.setdefault": 1,
};


/** _PyArg_UnpackKeywords' complaint about a required parameter neither passed by position nor named, or null. */
export function missingRequired(key: string, name: string, names: readonly string[], given: number, kw: ReadonlyMap<string, unknown>): string | null {
	for (let i = given; i < (REQUIRED_PARAMETERS[key] ?? 0); i++) {
		if (!kw.has(names[i]!)) return `${name}() missing required argument '${names[i]}' (pos ${i + 1})`;
	}
	return null;
}

/** Parameters before the first one a keyword can name (translate's table): positional-only. */
const POSITIONAL_ONLY: Readonly<Record<string, number>> = forBytesTypes({ translate: 1 });

/** _PyArg_UnpackKeywords' complaint about a parameter both passed by position and named, or null. */
export function givenTwice(key: string, name: string, names: readonly string[], given: number, kw: ReadonlyMap<string, unknown>): string | null {
	const before = POSITIONAL_ONLY[key] ?? 0;
	for (let i = before; i < given && i - before < names.length; i++) {
		if (kw.has(names[i - before]!)) return `argument for ${name}() given by name ('${names[i - before]}') and position (${i + 1})`;
	}
	return null;
}

/** The keywords method `type.name` takes: none (undefined), any (null) or these names. */
export function methodKeywords(key: string): readonly string[] | null | undefined {
	return METHOD_KEYWORDS[key];
}
