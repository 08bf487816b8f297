// typing.ForwardRef (a string where a type goes: Optional["Node"]) and what get_type_hints does with
// annotations: _eval_type evaluates each ForwardRef (the ForwardRef keeps its value), rebuilds a
// types.GenericAlias, and gives an alias whose arguments changed a copy (copy_with: uncached, or Union's
// cached subscription). pymem evaluates names and dotted names; anything else says so.
import { dictNames } from "./dir";
import type { PyObject } from "../heap/object";
import { T } from "../heap/classes";
import { PyDict, PyTuple } from "../heap/containers";
import { PyStr } from "../heap/values";
import { PyGenericAlias } from "../heap/generic-alias";
import { PyUnionType } from "../heap/union-type";
import { PyTypingObject } from "../heap/typing-objects";
import type { VM } from "./vm";
import { getAttr } from "./attributes";
import { compareValues } from "./comparisons";
import { newGenericAlias } from "./generic-alias-ops";
import { binaryOp } from "./operators";
import { BINARY_OPS } from "../compile/code";
import { raiseNameError } from "./suggestions";
import { newAlias, subscriptTyping, typeCheck } from "./typing-subscript";
import { typingForms } from "./typing-forms";

const DOTTED_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const KEYWORDS = new Set(
	"and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(" "),
);

/** ForwardRef(arg, is_argument, is_class): compile() must accept the string; pymem takes names and dotted names. */
export function newForwardRef(vm: VM, arg: PyStr, isArgument = true, isClass = false): PyTypingObject {
	const text = arg.value;
	// compile() would refuse some of the others with SyntaxError; pymem evaluates only names.
	if (!DOTTED_NAME.test(text) || text.split(".").some((part) => KEYWORDS.has(part))) vm.raise("TypeError", `pymem does not support the forward reference '${text}' yet (only a name or a dotted name)`);
	const ref = vm.heap.register(new PyTypingObject("forwardref", T.ForwardRef, text));
	ref.args = vm.incref(arg);
	ref.isArgument = isArgument;
	ref.isClass = isClass;
	vm.heap.observer?.contentChanged(ref);
	return ref;
}

/** Where get_type_hints evaluates: eval's locals (looked up first), its globals, then builtins. */
export interface Namespaces {
	locals: PyDict;
	globals: PyDict;
	/** Whether they are one dict (a function's): then a ForwardRef evaluated once keeps its value. */
	same: boolean;
}

/** _eval_type(t): a new reference to what `t` evaluates to. */
export function evalType(vm: VM, t: PyObject, ns: Namespaces): PyObject {
	if (t instanceof PyTypingObject && t.kind === "forwardref") return vm.incref(evaluate(vm, t, ns));
	if (t instanceof PyGenericAlias) return evalGenericAlias(vm, t, ns);
	if (t instanceof PyUnionType || (t instanceof PyTypingObject && t.kind === "alias")) {
		const args = (t.args as PyTuple).items;
		return withEvaluated(vm, args, ns, t, (evaluated) => (t instanceof PyUnionType ? orAll(vm, evaluated) : copyWith(vm, t, evaluated)));
	}
	return vm.incref(t);
}

/** ev_args, then `t` itself when they equal t.__args__, else what `rebuild` makes of them. */
function withEvaluated(vm: VM, args: PyObject[], ns: Namespaces, t: PyObject, rebuild: (evaluated: PyTuple) => PyObject): PyObject {
	const items: PyObject[] = [];
	let evaluated: PyTuple;
	try {
		for (const a of args) items.push(evalType(vm, a, ns));
	} finally {
		evaluated = vm.tuple(items);
	}
	try {
		// ev_args == t.__args__: tuple comparison, identity first, then ==.
		const same = evaluated.items.length === args.length && evaluated.items.every((e, i) => e === args[i] || compareValues(vm, e, args[i]!, "Eq"));
		if (same) return vm.incref(t);
		return rebuild(evaluated);
	} finally {
		vm.decref(evaluated);
	}
}

/** A types.GenericAlias is subscripted anew (its str arguments made ForwardRefs) before its arguments are evaluated. */
function evalGenericAlias(vm: VM, t: PyGenericAlias, ns: Namespaces): PyObject {
	// collections.abc.Callable[[int], str] is rebuilt through its __class_getitem__, which flattens it again.
	if (t.subclass) return vm.incref(t);
	const args = (t.args as PyTuple).items.map((a) => (a instanceof PyStr ? newForwardRef(vm, a) : vm.incref(a)));
	const key = vm.tuple(args);
	const rebuilt = newGenericAlias(vm, t.origin!, key);
	vm.decref(key);
	try {
		return withEvaluated(vm, (rebuilt.args as PyTuple).items, ns, rebuilt, (evaluated) => newGenericAlias(vm, rebuilt.origin!, evaluated));
	} finally {
		vm.decref(rebuilt);
	}
}

/** functools.reduce(operator.or_, ev_args) for a types.UnionType. */
function orAll(vm: VM, evaluated: PyTuple): PyObject {
	let acc = vm.incref(evaluated.items[0]!);
	for (const next of evaluated.items.slice(1)) {
		const combined = binaryOp(vm, BINARY_OPS.indexOf("BitOr"), acc, next);
		vm.decref(acc);
		acc = combined;
	}
	return acc;
}

/** copy_with: a Union is subscribed anew (cached); any other alias is made again (uncached), with its class, name and inst. */
function copyWith(vm: VM, t: PyTypingObject, evaluated: PyTuple): PyObject {
	if (t.cls === T._UnionGenericAlias) return subscriptTyping(vm, typingForms().Union, evaluated);
	return newAlias(vm, t.cls, t.origin ?? t.missingOrigin!, evaluated.items, t.name, t.inst);
}

/** ForwardRef._evaluate: eval of the name, type-checked, itself evaluated; kept as __forward_value__. A borrowed reference. */
function evaluate(vm: VM, ref: PyTypingObject, ns: Namespaces): PyObject {
	if (ref.evaluated && ns.same) return ref.forwardValue!;
	const found = lookupDotted(vm, ref.name!, ns);
	try {
		const checked = typeCheck(vm, found, "Forward references must evaluate to types.", ref.isArgument, ref.isClass);
		const value = evalType(vm, checked, ns);
		const old = ref.forwardValue;
		ref.forwardValue = value;
		ref.evaluated = true;
		vm.heap.observer?.contentChanged(ref);
		if (old) vm.decref(old);
		return value;
	} finally {
		vm.decref(found);
	}
}

function lookupDotted(vm: VM, dotted: string, ns: Namespaces): PyObject {
	const [first, ...rest] = dotted.split(".");
	const found = vm.dictGetStr(ns.locals, first!) ?? vm.dictGetStr(ns.globals, first!) ?? vm.dictGetStr(vm.builtins, first!);
	if (!found) return raiseNameError(vm, `name '${first!}' is not defined`, first!, dictNames(ns.globals));
	let value = vm.incref(found);
	for (const part of rest) {
		const next = getAttr(vm, value, part);
		vm.decref(value);
		value = next;
	}
	return value;
}
