// The dunders of int, float and str, callable as `(5).__add__(3)`, `int.__add__(2, 3)` or `"a".__lt__("b")`:
// typeobject.c's slot wrappers over each type's slots, which answer NotImplemented for an operand of another
// type (`(5).__add__(1.5)`, `int.__eq__(1, 1.0)`), and the types' plain methods (__round__, __format__...).
// The operators themselves do not go through these: the interpreter calls the slots directly, as CPython does.
import { identityHash, strHash } from "./identity";
import { hashInt, hashFloat } from "../runtime/numericHash";
import { intStr, floatRepr, strRepr } from "../vm/repr";
import { isScalarInstance } from "../heap/scalar-instances";
import type { PyObject } from "../heap/object";
import { T, type PyClass } from "../heap/classes";
import { PySlotWrapper, type NativeImpl } from "../heap/callables";
import { PyInt, PyFloat, PyStr, PyBool } from "../heap/values";
import { Op } from "../compile/code";
import { builtinBinary } from "../vm/builtin-binary";
import { builtinUnary } from "../vm/unary-operators";
import { compareValues } from "../vm/comparisons";
import { builtinIter } from "../vm/iteration";
import { intToFloat } from "../vm/arith";
import { repr } from "../vm/repr";
import { formatObject } from "../vm/formatting";
import { preHeaderSize, sizeOf } from "../heap/sizes";
import { hashOf } from "./identity";
import { BUILTIN_FUNCTIONS } from "./functions";
import { slotWrapper } from "./slot-wrappers";
import { defineMethods, globalShared } from "./types";
import type { VM } from "../vm/vm";
import { notNoArguments, notOneArgument, passedTypeName } from "./arity";
import { sequenceRepeat } from "../vm/list-subclass-operators";
import { tpName } from "./module-type-constructors";

type Body = (vm: VM, self: PyObject, args: PyObject[]) => PyObject;

const isInt = (o: PyObject): boolean => o instanceof PyInt;
const isNumber = (o: PyObject): boolean => o instanceof PyInt || o instanceof PyFloat;

function defineWrappers(owner: PyClass, wrappers: Record<string, [number, Body]>): void {
	for (const [name, [nargs, body]] of Object.entries(wrappers)) {
		// __pow__ and __rpow__ (wrap_ternaryfunc) take an optional modulus.
		const maxArgs = name === "__pow__" || name === "__rpow__" ? 2 : nargs;
		owner.dict.set(name, globalShared(new PySlotWrapper(name, slotWrapper(owner, name, nargs, body, maxArgs), null, owner)));
	}
}

/**
 * wrap_binaryfunc_l and wrap_binaryfunc_r over a number slot: `accepts` is the slot's operand check
 * (CHECK_BINOP, CONVERT_TO_DOUBLE); anything else is NotImplemented.
 */
function binaryPair(op: string, accepts: (o: PyObject) => boolean): [Body, Body] {
	const slot = (vm: VM, a: PyObject, b: PyObject): PyObject => {
		if (!accepts(a) || !accepts(b)) return vm.incref(vm.NotImplemented);
		return builtinBinary(vm, op, a, b, false) ?? vm.incref(vm.NotImplemented);
	};
	return [(vm, self, args) => slot(vm, self, args[0]!), (vm, self, args) => slot(vm, args[0]!, self)];
}

/** nb_power through wrap_ternaryfunc(_r): an optional modulus, which only ints take. */
function powerPair(accepts: (o: PyObject) => boolean): [Body, Body] {
	const slot = (vm: VM, base: PyObject, exp: PyObject, mod: PyObject | undefined): PyObject => {
		if (!accepts(base) || !accepts(exp)) return vm.incref(vm.NotImplemented);
		if (mod !== undefined && mod !== vm.None) {
			if (!isInt(mod) || !isInt(base) || !isInt(exp)) {
				if (!isNumber(mod)) return vm.incref(vm.NotImplemented);
				return vm.raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
			}
			// long_pow on the values: an exact copy of a subclass's instance, whose own __pow__ is not asked again.
			if (!isScalarInstance(base)) return BUILTIN_FUNCTIONS.pow!(vm, [base, exp, mod], null, null);
			const exact = vm.int((base as PyInt).value);
			try {
				return BUILTIN_FUNCTIONS.pow!(vm, [exact, exp, mod], null, null);
			} finally {
				vm.decref(exact);
			}
		}
		return builtinBinary(vm, "Pow", base, exp, false) ?? vm.incref(vm.NotImplemented);
	};
	return [(vm, self, args) => slot(vm, self, args[0]!, args[1]), (vm, self, args) => slot(vm, args[0]!, self, args[1])];
}

/** wrap_richcmpfunc: the type's tp_richcompare, NotImplemented for an operand it does not compare with. */
function comparisons(accepts: (o: PyObject) => boolean): Record<string, [number, Body]> {
	const out: Record<string, [number, Body]> = {};
	for (const [name, op] of [["__eq__", "Eq"], ["__ne__", "NotEq"], ["__lt__", "Lt"], ["__le__", "LtE"], ["__gt__", "Gt"], ["__ge__", "GtE"]] as const) {
		// The type's own comparison of the values: a subclass's dunders (which may call this) are not asked again.
		out[name] = [1, (vm, self, args) => (accepts(args[0]!) ? vm.bool(compareValues(vm, self, args[0]!, op, true)) : vm.incref(vm.NotImplemented))];
	}
	return out;
}

/** Slot wrappers taking an optional argument (wrap_ternaryfunc) report one or two arguments. */
function numberWrappers(ops: readonly (readonly [string, string])[], accepts: (o: PyObject) => boolean): Record<string, [number, Body]> {
	const out: Record<string, [number, Body]> = {};
	for (const [dunder, op] of ops) {
		const [left, right] = binaryPair(op, accepts);
		out[`__${dunder}__`] = [1, left];
		out[`__r${dunder}__`] = [1, right];
	}
	return out;
}

const ARITHMETIC = [["add", "Add"], ["sub", "Sub"], ["mul", "Mult"], ["truediv", "Div"], ["floordiv", "FloorDiv"], ["mod", "Mod"], ["divmod", "DivMod"]] as const;
const BITWISE = [["and", "BitAnd"], ["or", "BitOr"], ["xor", "BitXor"], ["lshift", "LShift"], ["rshift", "RShift"]] as const;

// The slots of the type itself: a subclass's own __neg__, __repr__, __hash__... (which may call these through
// super()) are not asked again.
const unary = (op: Op): [number, Body] => [0, (vm, self) => builtinUnary(vm, op, self)];
const common: Record<string, [number, Body]> = {
	__repr__: [0, (vm, self) => vm.str(valueRepr(vm, self))],
	__hash__: [0, (vm, self) => vm.int(valueHash(vm, self))],
};

function valueRepr(vm: VM, self: PyObject): string {
	if (self instanceof PyBool) return self.flag ? "True" : "False";
	if (self instanceof PyInt) return intStr(vm, self.value);
	if (self instanceof PyFloat) return floatRepr(self.value);
	if (self instanceof PyStr) return strRepr(self.value);
	return repr(vm, self);
}

function valueHash(vm: VM, self: PyObject): bigint {
	if (self instanceof PyInt) return hashInt(BigInt(self.value));
	if (self instanceof PyFloat) return Number.isNaN(self.value) ? BigInt(identityHash(self)) : hashFloat(self.value);
	if (self instanceof PyStr) return strHash(self.value);
	return hashOf(vm, self);
}

/** long_abs and float_abs on the value (long_long's exact copy for a subclass's non-negative instance). */
function absolute(vm: VM, self: PyObject): PyObject {
	if (self instanceof PyFloat) return vm.float(Math.abs(self.value));
	const v = (self as PyInt).value;
	if (v >= 0) return self instanceof PyBool || isScalarInstance(self) ? vm.int(v) : vm.incref(self);
	return vm.int(typeof v === "number" ? -v : -v);
}

/** Plain methods (method_descriptor): no argument tuple. */
function method(owner: PyClass, name: string, min: number, max: number, body: Body): NativeImpl {
	return (vm, args, _kw, self) => {
		if (!self!.cls.isSubclassOf(owner)) vm.raise("TypeError", `descriptor '${name}' for '${tpName(owner)}' objects doesn't apply to a '${self!.typeName}' object`);
		if (args.length < min || args.length > max) {
			const method = `${owner.name}.${name}`;
			const message =
				(max === 0 ? notNoArguments(method, args.length) : max === 1 && min === 1 ? notOneArgument(method, args.length) : null) ??
				`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`;
			vm.raise("TypeError", message);
		}
		return body(vm, self!, args);
	};
}

function numberMethods(owner: PyClass): Record<string, NativeImpl> {
	return {
		__round__: method(owner, "__round__", 0, 1, (vm, self, args) => {
			// int___round___impl: no ndigits is the int itself (a bool's as an int); None is no index.
			if (self instanceof PyInt && (args.length === 0 || vm.intValueBig(args[0]!) >= 0n)) return vm.int(self.value);
			return BUILTIN_FUNCTIONS.round!(vm, [self, ...args], null, null);
		}),
		__format__: method(owner, "__format__", 1, 1, (vm, self, args) => {
			const spec = args[0]!;
			if (!(spec instanceof PyStr)) return vm.raise("TypeError", `__format__() argument must be str, not ${passedTypeName(vm, spec)}`);
			// A str the spec leaves unchanged is returned itself.
			return formatObject(vm, self, spec.value, false);
		}),
		// int___sizeof__ and unicode___sizeof__ leave out a subclass instance's GC head and dict pointers.
		__sizeof__: method(owner, "__sizeof__", 0, 0, (vm, self) => vm.int(sizeOf(self) - preHeaderSize(self))),
		__trunc__: method(owner, "__trunc__", 0, 0, (vm, self) => toInt(vm, self, Math.trunc)),
		__floor__: method(owner, "__floor__", 0, 0, (vm, self) => toInt(vm, self, Math.floor)),
		__ceil__: method(owner, "__ceil__", 0, 0, (vm, self) => toInt(vm, self, Math.ceil)),
	};
}

/** An int itself (a bool's value as an int, as int_int copies a subclass), or a float rounded by `round` to an int. */
function toInt(vm: VM, self: PyObject, round: (x: number) => number): PyObject {
	if (self instanceof PyInt) return self instanceof PyBool || isScalarInstance(self) ? vm.int(self.value) : vm.incref(self);
	const x = (self as PyFloat).value;
	if (!Number.isFinite(x)) return vm.raise(Number.isNaN(x) ? "ValueError" : "OverflowError", Number.isNaN(x) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
	const r = round(x);
	return vm.int(Number.isSafeInteger(r) ? r : BigInt(r));
}

export function installNumberDunders(): void {
	const [intPow, intRpow] = powerPair(isInt);
	defineWrappers(T.int, {
		...common,
		...numberWrappers(ARITHMETIC, isInt),
		...numberWrappers(BITWISE, isInt),
		...comparisons(isInt),
		__pow__: [1, intPow],
		__rpow__: [1, intRpow],
		__neg__: unary(Op.UNARY_NEGATIVE),
		__pos__: unary(Op.UNARY_POSITIVE),
		__invert__: unary(Op.UNARY_INVERT),
		__abs__: [0, absolute],
		__bool__: [0, (vm, self) => vm.bool(Number((self as PyInt | PyFloat).value) !== 0)],
		__int__: [0, (vm, self) => toInt(vm, self, Math.trunc)],
		__index__: [0, (vm, self) => toInt(vm, self, Math.trunc)],
		__float__: [0, (vm, self) => vm.float(intToFloat((self as PyInt).value))],
	});
	defineMethods(T.int, { ...numberMethods(T.int), __getnewargs__: method(T.int, "__getnewargs__", 0, 0, (vm, self) => vm.tuple([vm.int((self as PyInt).value)])) });
	const [floatPow, floatRpow] = powerPair(isNumber);
	defineWrappers(T.float, {
		...common,
		...numberWrappers(ARITHMETIC, isNumber),
		...comparisons(isNumber),
		__pow__: [1, floatPow],
		__rpow__: [1, floatRpow],
		__neg__: unary(Op.UNARY_NEGATIVE),
		__pos__: unary(Op.UNARY_POSITIVE),
		__abs__: [0, absolute],
		__bool__: [0, (vm, self) => vm.bool(Number((self as PyInt | PyFloat).value) !== 0)],
		__int__: [0, (vm, self) => toInt(vm, self, Math.trunc)],
		// float_float: a subclass's instance gives an exact copy.
		__float__: [0, (vm, self) => (isScalarInstance(self) ? vm.float((self as PyFloat).value) : vm.incref(self))],
	});
	// float has no __sizeof__ of its own: it inherits object's.
	const { __sizeof__: _objectsOwn, ...floatMethods } = numberMethods(T.float);
	defineMethods(T.float, { ...floatMethods, __getnewargs__: method(T.float, "__getnewargs__", 0, 0, (vm, self) => vm.tuple([vm.float((self as PyFloat).value)])) });
	const isStr = (o: PyObject) => o instanceof PyStr;
	defineWrappers(T.str, {
		...common,
		...comparisons(isStr),
		__add__: [1, (vm, self, args) => (isStr(args[0]!) ? builtinBinary(vm, "Add", self, args[0], false)! : vm.raise("TypeError", `can only concatenate str (not "${args[0]!.typeName}") to str`))],
		__mul__: [1, (vm, self, args) => sequenceRepeat(vm, self, args[0]!)],
		__rmul__: [1, (vm, self, args) => sequenceRepeat(vm, self, args[0]!)],
		__mod__: [1, (vm, self, args) => builtinBinary(vm, "Mod", self, args[0]!, false)!],
		__rmod__: [1, (vm, self, args) => (isStr(args[0]!) ? builtinBinary(vm, "Mod", args[0], self, false)! : vm.incref(vm.NotImplemented))],
		__iter__: [0, (vm, self) => builtinIter(vm, self)],
	});
	defineMethods(T.str, {
		__format__: numberMethods(T.str).__format__!,
		__sizeof__: numberMethods(T.str).__sizeof__!,
		// unicode_getnewargs: a copy of the value (_PyUnicode_Copy).
		__getnewargs__: method(T.str, "__getnewargs__", 0, 0, (vm, self) => vm.tuple([vm.str((self as PyStr).value)])),
	});
}
