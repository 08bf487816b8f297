// How pythonrun.c's print_exception_recursive lays out an uncaught exception: its chain (__cause__ or
// __context__ first, each exception once), and for an exception group the boxed form, each sub-exception
// numbered under a margin one level deeper, at most 15 of them (max_group_width) and 10 levels
// (max_group_depth), "+---" closing the last box.
import type { PyObject } from "../heap/object";
import { PyExceptionObject } from "../heap/instances";
import { PyTuple } from "../heap/containers";
import { printExceptionBody, type MarginedSink, type TracebackSink } from "./traceback";
import type { VM } from "./vm";

export interface PrintContext {
	/** Exceptions already printed (a chain that loops back stops there). */
	readonly seen: Set<PyObject>;
	/** exception_group_depth: 0 outside any group. */
	depth: number;
	/** need_close: the box the last sub-exception opened still wants its closing line. */
	needClose: boolean;
	/** Where the pieces go. */
	readonly output: TracebackSink;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;
const GROUP_HEADING = "Exception Group Traceback (most recent call last):\n";
const CAUSE_MESSAGE = "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE = "During handling of the above exception, another exception occurred:\n";

export function printRecursive(vm: VM, exc: PyExceptionObject, ctx: PrintContext): void {
	ctx.seen.add(exc);
	if (exc.cause instanceof PyExceptionObject && !ctx.seen.has(exc.cause)) printChained(vm, exc.cause, CAUSE_MESSAGE, ctx);
	else if (exc.context instanceof PyExceptionObject && !exc.suppressContext && !ctx.seen.has(exc.context)) {
		printChained(vm, exc.context, CONTEXT_MESSAGE, ctx);
	}
	const exceptions = exc.cls.isSubclassOf(vm.exceptionClass("BaseExceptionGroup")) ? exc.attrs.get("exceptions") : undefined;
	if (!(exceptions instanceof PyTuple)) printExceptionBody(vm, exc, marginedAt(ctx));
	else printGroup(vm, exc, exceptions.items, ctx);
}

/** print_chained: the earlier exception, then the message between blank lines, each after the margin. */
function printChained(vm: VM, earlier: PyExceptionObject, message: string, ctx: PrintContext): void {
	const needClose = ctx.needClose;
	printRecursive(vm, earlier, ctx);
	ctx.needClose = needClose;
	const out = marginedAt(ctx);
	for (const line of ["\n", message, "\n"]) {
		out.margin();
		out.write(line);
	}
}

function printGroup(vm: VM, eg: PyExceptionObject, excs: readonly PyObject[], ctx: PrintContext): void {
	const write = (piece: string) => ctx.output.write(piece);
	if (ctx.depth > MAX_GROUP_DEPTH) {
		marginedAt(ctx).margin();
		write(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
		return;
	}
	const topLevel = ctx.depth === 0;
	if (topLevel) ctx.depth++;
	printExceptionBody(vm, eg, marginedAt(ctx, topLevel), GROUP_HEADING);
	const shown = excs.length > MAX_GROUP_WIDTH ? MAX_GROUP_WIDTH + 1 : excs.length;
	ctx.needClose = false;
	for (let i = 0; i < shown; i++) {
		const last = i === shown - 1;
		if (last) ctx.needClose = true;
		const truncated = i >= MAX_GROUP_WIDTH;
		writeIndent(ctx);
		write(`${i === 0 ? "+-" : "  "}+---------------- ${truncated ? "..." : i + 1} ----------------\n`);
		ctx.depth++;
		if (!truncated) printRecursive(vm, excs[i] as PyExceptionObject, ctx);
		else {
			const remaining = excs.length - MAX_GROUP_WIDTH;
			marginedAt(ctx).margin();
			write(`and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
		}
		if (last && ctx.needClose) {
			writeIndent(ctx);
			write("+------------------------------------\n");
			ctx.needClose = false;
		}
		ctx.depth--;
	}
	if (topLevel) ctx.depth = 0;
}

/** _Py_WriteIndent: the group's indentation, at most ten spaces a piece. */
function writeIndent(ctx: PrintContext): void {
	writeIndentOf(ctx.output, ctx.depth);
}

function writeIndentOf(output: TracebackSink, depth: number): void {
	for (let n = 2 * depth; n > 0; n -= 10) output.write(" ".repeat(Math.min(n, 10)));
}

/**
 * The output with write_indented_margin at the current depth: the indentation, then "| " inside a group ("" outside
 * one, still a write of its own), a top-level group's heading line getting "+ ".
 */
function marginedAt(ctx: PrintContext, plusOnHeading = false): MarginedSink {
	const { output } = ctx;
	const depth = ctx.depth;
	return {
		write: (piece) => output.write(piece),
		readsSourceLine: output.readsSourceLine && ((entry) => output.readsSourceLine!(entry)),
		parsesCaretSpan: output.parsesCaretSpan && (() => output.parsesCaretSpan!()),
		margin: (heading = false) => {
			writeIndentOf(output, depth);
			output.write(depth === 0 ? "" : heading && plusOnHeading ? "+ " : "| ");
		},
	};
}
