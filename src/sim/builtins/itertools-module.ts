// itertools: its types are iterator types whose tp_new pymem runs natively (see itertools-*.ts), and tee.
import type { PyModule, NativeImpl } from "../heap/callables";
import { PyDescriptor } from "../heap/callables";
import { iteratorTypes } from "../heap/classes";
import type { VM } from "../vm/vm";
import { defineMethods, globalShared, nativeFunction, notSupportedYet } from "./types";
import type { PyToolIterator } from "../heap/tool-iterators";
import { moduleTypeConstructors, type ModuleTypeConstructor } from "./module-type-constructors";
import { count, cycle, repeat } from "./itertools-infinite";
import { chain, chainFromIterable, islice, pairwise } from "./itertools-chains";
import { accumulate, compress, dropwhile, filterfalse, starmap, takewhile, zipLongest } from "./itertools-filters";
import { ownSizeof } from "./object-methods";
import { combinations, combinationsWithReplacement, permutations, product } from "./itertools-combinatorics";
import { groupby } from "./itertools-groupby";
import { tee, teeType, TEE_METHODS } from "./itertools-tee";

/** The itertools types' constructors (the types themselves are made with the builtin iterator types, types.ts). */
const CONSTRUCTORS: Record<string, ModuleTypeConstructor> = {
	count, repeat, cycle, chain, islice, pairwise, accumulate, takewhile, dropwhile, filterfalse, compress, starmap,
	zip_longest: zipLongest, product, permutations, combinations, combinations_with_replacement: combinationsWithReplacement, groupby, _tee: teeType,
};

export const ITERTOOLS_FUNCTIONS: Record<string, NativeImpl> = { tee };

let installed = false;

/** Once per process: the types' constructors and chain.from_iterable (collections needs them too). */
export function installItertoolsConstructors(): void {
	if (installed) return;
	installed = true;
	for (const [name, make] of Object.entries(CONSTRUCTORS)) moduleTypeConstructors.set(iteratorTypes.get(name)!, make);
	for (const name of [...Object.keys(CONSTRUCTORS), "_grouper"]) {
		defineMethods(iteratorTypes.get(name)!, notSupportedYet(["__reduce__", "__setstate__"], (method) => `itertools.${name}.${method}()`));
	}
	defineMethods(iteratorTypes.get("_tee")!, TEE_METHODS);
	for (const name of ["product", "permutations", "combinations", "combinations_with_replacement"]) defineMethods(iteratorTypes.get(name)!, ownSizeof(iteratorTypes.get(name)!));
	defineMethods(iteratorTypes.get("repeat")!, {
		__length_hint__: (vm, _args, _kw, self) => {
			const left = (self as PyToolIterator).lengthHint?.() ?? null;
			return left === null ? vm.raise("TypeError", "len() of unsized object") : vm.int(left);
		},
	});
	iteratorTypes.get("chain")!.dict.set("from_iterable", globalShared(new PyDescriptor("classmethod", [nativeFunction("from_iterable", chainFromIterable)])));
}

export function installItertoolsTypes(vm: VM, module: PyModule): void {
	installItertoolsConstructors();
	for (const name of [...Object.keys(CONSTRUCTORS), "_grouper"]) vm.dictSetStr(module.dict, name, iteratorTypes.get(name)!);
}
