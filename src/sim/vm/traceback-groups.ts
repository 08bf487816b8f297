// How pythonrun.c's print_exception_recursive lays out an uncaught exception: its chain (__cause__ or
// __context__ first, each exception once), and for an exception group the boxed form, each sub-exception
// numbered under a margin one level deeper, at most 15 of them (max_group_width) and 10 levels
// (max_group_depth), "+---" closing the last box.
import type { PyObject } from "../heap/object";
import { PyExceptionObject } from "../heap/instances";
import { PyTuple } from "../heap/containers";
import { formatExceptionBody } from "./traceback";
import type { VM } from "./vm";

export interface PrintContext {
	/** Exceptions already printed (a chain that loops back stops there). */
	readonly seen: Set<PyObject>;
	/** exception_group_depth: 0 outside any group. */
	depth: number;
	/** need_close: the box the last sub-exception opened still wants its closing line. */
	needClose: boolean;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;
const GROUP_HEADING = "Exception Group Traceback (most recent call last):\n";
const CAUSE_MESSAGE = "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE = "During handling of the above exception, another exception occurred:\n";

export function formatRecursive(vm: VM, exc: PyExceptionObject, ctx: PrintContext): string {
	ctx.seen.add(exc);
	let out = "";
	if (exc.cause instanceof PyExceptionObject && !ctx.seen.has(exc.cause)) out += formatChained(vm, exc.cause, CAUSE_MESSAGE, ctx);
	else if (exc.context instanceof PyExceptionObject && !exc.suppressContext && !ctx.seen.has(exc.context)) {
		out += formatChained(vm, exc.context, CONTEXT_MESSAGE, ctx);
	}
	const exceptions = exc.cls.isSubclassOf(vm.exceptionClass("BaseExceptionGroup")) ? exc.attrs.get("exceptions") : undefined;
	if (!(exceptions instanceof PyTuple)) return out + withMargin(ctx, formatExceptionBody(vm, exc));
	return out + formatGroup(vm, exc, exceptions.items, ctx);
}

/** print_chained: the earlier exception, then the message between blank margin lines. */
function formatChained(vm: VM, earlier: PyExceptionObject, message: string, ctx: PrintContext): string {
	const needClose = ctx.needClose;
	const out = formatRecursive(vm, earlier, ctx);
	ctx.needClose = needClose;
	return out + withMargin(ctx, `\n${message}\n`);
}

function formatGroup(vm: VM, eg: PyExceptionObject, excs: readonly PyObject[], ctx: PrintContext): string {
	if (ctx.depth > MAX_GROUP_DEPTH) return withMargin(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
	const topLevel = ctx.depth === 0;
	if (topLevel) ctx.depth++;
	let out = withMargin(ctx, formatExceptionBody(vm, eg, GROUP_HEADING), topLevel);
	const shown = excs.length > MAX_GROUP_WIDTH ? MAX_GROUP_WIDTH + 1 : excs.length;
	ctx.needClose = false;
	for (let i = 0; i < shown; i++) {
		const last = i === shown - 1;
		if (last) ctx.needClose = true;
		const truncated = i >= MAX_GROUP_WIDTH;
		out += `${indent(ctx)}${i === 0 ? "+-" : "  "}+---------------- ${truncated ? "..." : i + 1} ----------------\n`;
		ctx.depth++;
		if (!truncated) out += formatRecursive(vm, excs[i] as PyExceptionObject, ctx);
		else {
			const remaining = excs.length - MAX_GROUP_WIDTH;
			out += withMargin(ctx, `and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
		}
		if (last && ctx.needClose) {
			out += `${indent(ctx)}+------------------------------------\n`;
			ctx.needClose = false;
		}
		ctx.depth--;
	}
	if (topLevel) ctx.depth = 0;
	return out;
}

function indent(ctx: PrintContext): string {
	return " ".repeat(2 * ctx.depth);
}

/** write_indented_margin before every line; a top-level group's heading line gets '+' for its margin. */
function withMargin(ctx: PrintContext, text: string, plusOnHeading = false): string {
	if (ctx.depth === 0) return text;
	const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
	return lines.map((line, i) => `${indent(ctx)}${plusOnHeading && i === 0 && line === GROUP_HEADING ? "+" : "|"} ${line}`).join("");
}
