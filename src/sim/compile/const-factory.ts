// The compiler's side of constants: it asks a factory for each constant object and says who made it.
import type * as ast from "../parse/ast";
import type { CodeObject } from "./code";
import type { PyObject } from "../heap/object";

/**
 * Who made a constant: the parser and the AST optimizer ("source", so the AST arena holds it while the module
 * runs) or the compiler itself (a display's or defaults' folded tuple, a class's __qualname__).
 */
export type ConstantOrigin = "source" | "compiler";

/** How the compiler creates constant objects; supplied by the VM's heap so constants are real objects. */
export interface ConstFactory {
	constant(value: ast.ConstantValue, origin?: ConstantOrigin): PyObject;
	code(code: CodeObject): PyObject;
	strTuple(names: string[]): PyObject;
	/** The whole module is compiled: every code object holding each constant is known. */
	settle?(module: CodeObject): void;
}
