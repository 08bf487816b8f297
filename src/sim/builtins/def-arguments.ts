// Arguments of a native that stands in for a function written in Python (`def name(a, b, c=..., d=...)`):
// bound as initialize_locals binds them, with its messages, keywords checked first.
import type { PyObject } from "../heap/object";
import type { VM } from "../vm/vm";
import type { NativeImpl } from "../heap/callables";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function quotedList(names: string[]): string {
	const quoted = names.map((n) => `'${n}'`);
	if (quoted.length <= 2) return quoted.join(" and ");
	return `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
}

/**
 * The parameters in order (borrowed; undefined where the default applies). `required` is how many of the
 * first parameters have no default. No *args, **kwargs or keyword-only parameters.
 */
export function defArguments(vm: VM, name: string, args: readonly PyObject[], kw: ReadonlyMap<string, PyObject> | null, params: readonly string[], required: number): (PyObject | undefined)[] {
	const placed: (PyObject | undefined)[] = params.map((_, i) => args[i]);
	for (const [keyword, value] of kw ?? []) {
		const index = params.indexOf(keyword);
		if (index < 0) vm.raise("TypeError", `${name}() got an unexpected keyword argument '${keyword}'`);
		if (placed[index] !== undefined) vm.raise("TypeError", `${name}() got multiple values for argument '${keyword}'`);
		placed[index] = value;
	}
	if (args.length > params.length) {
		const takes = required < params.length ? `from ${required} to ${params.length} positional arguments` : plural(params.length, "positional argument");
		vm.raise("TypeError", `${name}() takes ${takes} but ${args.length} ${args.length === 1 ? "was" : "were"} given`);
	}
	const missing = params.slice(0, required).filter((_, i) => placed[i] === undefined);
	if (missing.length) vm.raise("TypeError", `${name}() missing ${plural(missing.length, "required positional argument")}: ${quotedList(missing)}`);
	return placed;
}

/** A method's parameters after self, each undefined where its default applies. */
export type MethodArguments = (PyObject | undefined)[];

/**
 * A native method standing in for `def name(self, ...params)` of library code: its arguments are bound as
 * Python binds them (the messages count self), and `keywordOnly` parameters are handed over by name.
 */
export function defMethod(
	qualifiedName: string,
	params: readonly string[],
	required: number,
	impl: (vm: VM, args: MethodArguments, self: PyObject | null, keywordOnly: ReadonlyMap<string, PyObject>) => PyObject,
	keywordOnly: readonly string[] = [],
): NativeImpl {
	const signature = ["self", ...params];
	return (vm, args, kw, self) => {
		let named = kw;
		let byName: ReadonlyMap<string, PyObject> = NO_KEYWORDS;
		if (keywordOnly.length && kw?.size) {
			named = new Map([...kw].filter(([key]) => !keywordOnly.includes(key)));
			byName = new Map([...kw].filter(([key]) => keywordOnly.includes(key)));
		}
		const placed = defArguments(vm, qualifiedName, [self ?? vm.None, ...args], named, signature, required + 1);
		return impl(vm, placed.slice(1), self, byName);
	};
}

const NO_KEYWORDS: ReadonlyMap<string, PyObject> = new Map();
