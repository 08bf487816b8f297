// Arguments of a native that stands in for a function written in Python (`def name(a, b, c=..., d=...)`):
// bound as initialize_locals binds them, with its messages, keywords checked first.
import type { PyObject } from "../heap/object";
import type { VM } from "../vm/vm";

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
