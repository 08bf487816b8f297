// Private name mangling (Python/compile.c's _Py_Mangle), done on the AST before scopes are built so the
// symbol table and the code agree: inside a class body, and the functions in it, `__x` becomes `_Class__x`
// wherever it names something (variables, attributes, parameters, definitions, except targets, imports). Keyword
// names in calls are not mangled, as in CPython.
import type * as ast from "../parse/ast";

/** _Py_Mangle: `__name` (not a dunder, not dotted) in class `privateClass` becomes `_Class__name`. */
export function mangle(privateClass: string | null, name: string): string {
	if (privateClass === null || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
	const stripped = privateClass.replace(/^_+/, "");
	return stripped ? `_${stripped}${name}` : name;
}

/** Rename private names in place, for every class of the module. */
export function manglePrivateNames(module: ast.Module): void {
	for (const statement of module.body) visit(statement, null);
}

function visit(node: unknown, privateClass: string | null): void {
	if (Array.isArray(node)) {
		for (const item of node) visit(item, privateClass);
		return;
	}
	if (typeof node !== "object" || node === null || !("kind" in node)) return;
	const n = node as ast.Node & Record<string, unknown>;
	switch (n.kind) {
		case "ClassDef": {
			const c = n as unknown as ast.ClassDef;
			c.bindingName = mangle(privateClass, c.name);
			visit(c.decorator_list, privateClass);
			visit(c.bases, privateClass);
			visit(c.keywords, privateClass);
			// The body's names are private to this class, by its name as written; a nested class starts its own.
			visit(c.body, c.name);
			return;
		}
		case "FunctionDef": {
			// Bound under its mangled name; its __name__ and __qualname__ keep the name as written.
			const f = n as unknown as ast.FunctionDef;
			f.bindingName = mangle(privateClass, f.name);
			break;
		}
		case "Name":
			(n as unknown as ast.Name).id = mangle(privateClass, (n as unknown as ast.Name).id);
			return;
		case "Attribute":
			(n as unknown as ast.Attribute).attr = mangle(privateClass, (n as unknown as ast.Attribute).attr);
			break;
		case "arg":
			(n as unknown as ast.Arg).arg = mangle(privateClass, (n as unknown as ast.Arg).arg);
			break;
		case "Global":
		case "Nonlocal":
			(n as unknown as ast.Global).names = (n as unknown as ast.Global).names.map((name) => mangle(privateClass, name));
			return;
		case "MatchAs":
		case "MatchStar": {
			const capture = n as unknown as ast.MatchAs | ast.MatchStar;
			if (capture.name !== null) capture.name = mangle(privateClass, capture.name);
			break;
		}
		case "MatchMapping": {
			const mapping = n as unknown as ast.MatchMapping;
			if (mapping.rest !== null) mapping.rest = mangle(privateClass, mapping.rest);
			break;
		}
		case "alias": {
			// The name an import binds is mangled; the module or attribute it imports never is.
			const alias = n as unknown as ast.Alias;
			const bound = alias.asname ?? alias.name;
			const mangled = mangle(privateClass, bound);
			if (mangled !== bound) alias.asname = mangled;
			return;
		}
		case "ExceptHandler": {
			const handler = n as unknown as ast.ExceptHandler;
			if (handler.name !== null) handler.name = mangle(privateClass, handler.name);
			break;
		}
	}
	for (const key of Object.keys(n)) {
		const value = n[key];
		if (typeof value === "object" && value !== null) visit(value, privateClass);
	}
}
