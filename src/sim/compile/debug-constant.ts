// ast_opt.c folds a read of `__debug__` into the constant True (python3 runs without -O) before the symbol table
// or the compiler sees the tree, so it is a code constant (and `(__debug__, 1)` a constant tuple), never a name
// looked up. Assigning to it or deleting it is the compiler's SyntaxError (see parse/debug-name.ts).
import type * as ast from "../parse/ast";

/** Replaces every `__debug__` read in the tree with True, in place (with a stack of its own: trees nest deeply). */
export function foldDebugReads(root: unknown): void {
	const stack: unknown[] = [root];
	while (stack.length > 0) {
		const node = stack.pop();
		if (typeof node !== "object" || node === null) continue;
		const fields = node as Record<string | number, unknown>;
		for (const key of Object.keys(fields)) {
			const value = fields[key];
			if (isDebugRead(value)) fields[key] = asTrue(value);
			else if (typeof value === "object" && value !== null) stack.push(value);
		}
	}
}

function isDebugRead(value: unknown): value is ast.Name {
	return typeof value === "object" && value !== null && (value as ast.Node).kind === "Name" && (value as ast.Name).id === "__debug__" && (value as ast.Name).ctx === "Load";
}

function asTrue(name: ast.Name): ast.Constant {
	const { lineno, col_offset, end_lineno, end_col_offset } = name;
	return { kind: "Constant", value: true, constKind: null, lineno, col_offset, end_lineno, end_col_offset };
}
