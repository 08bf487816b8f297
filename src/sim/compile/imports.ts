// import and from-import statements: IMPORT_NAME (and IMPORT_FROM) with the level and fromlist constants,
// each binding stored under its name or alias.
import type * as ast from "../parse/ast";
import { UnsupportedSyntaxError } from "../parse/errors";
import { Op } from "./code";
import type { Compiler } from "./compiler";
import { misplacedFuture } from "./future";

export function compileImport(c: Compiler, s: ast.Import | ast.ImportFrom): void {
	const u = c.unit;
	if (s.kind === "Import") {
		for (const alias of s.names) {
			c.loadConst(0n);
			c.loadConst(null);
			u.emit(Op.IMPORT_NAME, u.nameIndex(alias.name));
			const [top, ...attributes] = alias.name.split(".");
			if (alias.asname === null) {
				// `import a.b` binds a, the package IMPORT_NAME gives back.
				c.nameOp(top!, "Store");
				continue;
			}
			// compiler_import_as: `import a.b.c as m` walks from a to c with IMPORT_FROM, keeping only the last.
			attributes.forEach((attribute, i) => {
				u.emit(Op.IMPORT_FROM, u.nameIndex(attribute));
				if (i < attributes.length - 1) {
					u.emit(Op.SWAP, 2);
					u.emit(Op.POP_TOP);
				}
			});
			c.nameOp(alias.asname, "Store");
			if (attributes.length > 0) u.emit(Op.POP_TOP);
		}
		return;
	}
	if (s.module === "__future__" && s.level === 0 && !c.future.statements.has(s)) misplacedFuture(s);
	c.loadConst(BigInt(s.level));
	u.emit(Op.LOAD_CONST, u.constant(undefined, () => c.consts.strTuple(s.names.map((a) => a.name))));
	u.emit(Op.IMPORT_NAME, u.nameIndex(s.module ?? ""));
	for (const alias of s.names) {
		if (alias.name === "*") throw new UnsupportedSyntaxError("'from module import *'", s.lineno);
		u.emit(Op.IMPORT_FROM, u.nameIndex(alias.name));
		c.nameOp(alias.asname ?? alias.name, "Store");
	}
	u.emit(Op.POP_TOP);
}
