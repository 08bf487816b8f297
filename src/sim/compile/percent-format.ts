// CPython 3.11's AST optimizer (ast_opt.c, fold_binop's optimize_format) rewrites `"..." % (a, b)` into the
// f-string it means when the template is a str constant, the right side a tuple display (not all constants,
// which is folded into a constant tuple first, and without a starred item) and every conversion a simple %s,
// %r or %a: no tuple is built and no BINARY_OP runs, each item goes through FORMAT_VALUE. That changes what a
// program can observe: gc.get_count() (no tuple allocation), the references an item's __str__ sees, and the
// identity of the result (`"%s" % (s,)` is s). pymem compiles the same JoinedStr.
import type * as ast from "../parse/ast";
import { foldedConstant } from "./fold";

/** optimize_format's MAXDIGITS: a width or precision of three digits or more is left to PyUnicode_Format. */
const MAX_DIGITS = 3;

const CONVERSIONS: Record<string, number> = { s: 115, r: 114, a: 97 };

/** The f-string CPython's AST optimizer makes of `node`, or undefined when it leaves the `%` alone. */
export function percentFormatAsJoinedStr(node: ast.BinOp): ast.JoinedStr | undefined {
	if (node.op !== "Mod" || node.right.kind !== "Tuple" || node.right.ctx !== "Load") return undefined;
	const template = foldedConstant(node.left);
	const items = node.right.elts;
	if (typeof template !== "string" || items.some((e) => e.kind === "Starred")) return undefined;
	// fold_tuple ran first: a tuple of constants is a constant, which optimize_format never sees.
	if (items.every((e) => foldedConstant(e) !== undefined)) return undefined;
	const chars = [...template];
	const values: (ast.Constant | ast.FormattedValue)[] = [];
	let pos = 0;
	let used = 0;
	for (;;) {
		const literal = scanLiteral(chars, pos);
		pos = literal.end;
		if (literal.text !== "") values.push(constantAt(node, literal.text));
		if (pos >= chars.length) break;
		// More format units than items: PyUnicode_Format raises at run time.
		if (used >= items.length) return undefined;
		const unit = scanUnit(chars, pos + 1);
		if (!unit || !(unit.conversion in CONVERSIONS)) return undefined;
		pos = unit.end;
		values.push(formattedValue(items[used++]!, unit, node));
	}
	return used === items.length ? { ...located(node), kind: "JoinedStr", values } : undefined;
}

/** parse_literal: text up to the next lone '%', with each '%%' read as one '%'. */
function scanLiteral(chars: string[], start: number): { text: string; end: number } {
	let text = "";
	let pos = start;
	while (pos < chars.length) {
		if (chars[pos] !== "%") text += chars[pos++];
		else if (chars[pos + 1] === "%") {
			text += "%";
			pos += 2;
		} else break;
	}
	return { text, end: pos };
}

interface SimpleUnit {
	leftJustify: boolean;
	width: number;
	precision: number;
	conversion: string;
	end: number;
}

/** simple_format_arg_parse: flags, a width and a precision of at most two digits each, then the conversion. */
function scanUnit(chars: string[], start: number): SimpleUnit | undefined {
	let pos = start;
	let leftJustify = false;
	while (pos < chars.length && "-+ #0".includes(chars[pos]!)) if (chars[pos++] === "-") leftJustify = true;
	const number = (): number | undefined => {
		let digits = "";
		while (/[0-9]/.test(chars[pos] ?? "")) {
			digits += chars[pos++];
			if (digits.length >= MAX_DIGITS) return undefined;
		}
		return digits === "" ? -1 : Number(digits);
	};
	const width = number();
	if (width === undefined) return undefined;
	let precision = -1;
	if (chars[pos] === ".") {
		pos++;
		const digits = number();
		if (digits === undefined) return undefined;
		precision = Math.max(0, digits);
	}
	if (pos >= chars.length) return undefined;
	return { leftJustify, width, precision, conversion: chars[pos]!, end: pos + 1 };
}

/** parse_format: the item with its conversion and a spec of '>' (unless '-'), the width and '.precision'. */
function formattedValue(item: ast.Expr, unit: SimpleUnit, node: ast.BinOp): ast.FormattedValue {
	let spec = !unit.leftJustify && unit.width > 0 ? ">" : "";
	if (unit.width >= 0) spec += String(unit.width);
	if (unit.precision >= 0) spec += `.${unit.precision}`;
	const format_spec: ast.JoinedStr | null = spec === "" ? null : { ...located(node), kind: "JoinedStr", values: [constantAt(node, spec)] };
	return { ...located(item), kind: "FormattedValue", value: item, conversion: CONVERSIONS[unit.conversion]!, format_spec };
}

function constantAt(node: ast.Located, text: string): ast.Constant {
	return { ...located(node), kind: "Constant", value: text, constKind: null };
}

function located(node: ast.Located): ast.Located {
	return { lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
}
