// complex(real=0, imag=0): Objects/complexobject.c complex_new_impl, argument by argument.
import type { PyObject } from "../heap/object";
import { PyComplex, PyFloat, PyInt, PyStr } from "../heap/values";
import { PyInstance } from "../heap/instances";
import { parseComplexLiteral } from "../runtime/complexText";
import type { VM } from "../vm/vm";
import { rejectResult } from "../vm/rejected-results";
import { numberAsFloat } from "./number-constructors";
import { callLookedUpSpecial } from "../vm/dunder-calls";

/** `args` come placed by position (keywords already moved there), so `real` may be absent while `imag` is not. */
export function newComplex(vm: VM, args: (PyObject | undefined)[]): PyObject {
	const realArg = args[0];
	const imagArg = args[1];
	// An exact complex alone is returned as it is.
	if (realArg instanceof PyComplex && imagArg === undefined) return vm.incref(realArg);
	if (realArg instanceof PyStr) {
		if (imagArg !== undefined) vm.raise("TypeError", "complex() can't take second arg if first is a string");
		return vm.complex(parseComplexLiteral(realArg.value));
	}
	if (imagArg instanceof PyStr) vm.raise("TypeError", "complex() second arg can't be a string");
	// try_complex_special_method: __complex__ must return a complex.
	let real: PyObject | undefined = realArg;
	let ownReal = false;
	if (realArg instanceof PyInstance && realArg.cls.lookup("__complex__")) {
		real = callLookedUpSpecial(vm, realArg, "__complex__", []);
		ownReal = true;
		if (!(real instanceof PyComplex)) rejectResult(vm, real, "TypeError", `__complex__ returned non-complex (type ${real.typeName})`);
	}
	try {
		if (real !== undefined && !isNumber(real)) vm.raise("TypeError", `complex() first argument must be a string or a number, not '${real.typeName}'`);
		if (imagArg !== undefined && !isNumber(imagArg)) vm.raise("TypeError", `complex() second argument must be a number, not '${imagArg.typeName}'`);
		// Each argument may itself be complex: real + imag * 1j, part by part.
		const r = real instanceof PyComplex ? { re: real.re, im: real.im } : { re: real === undefined ? 0 : numberAsFloat(vm, real)!, im: 0 };
		if (imagArg === undefined) return vm.complex({ re: r.re, im: r.im });
		const i = imagArg instanceof PyComplex ? { re: imagArg.re, im: imagArg.im } : { re: numberAsFloat(vm, imagArg)!, im: 0 };
		let re = r.re;
		let im = i.re;
		if (imagArg instanceof PyComplex) re -= i.im;
		if (real instanceof PyComplex) im += r.im;
		return vm.complex({ re, im });
	} finally {
		if (ownReal) vm.decref(real!);
	}
}

/** Has nb_float or nb_index, or is a complex: what complex() takes as a number. */
function isNumber(o: PyObject): boolean {
	if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex) return true;
	return o instanceof PyInstance && (o.cls.lookup("__float__") !== undefined || o.cls.lookup("__index__") !== undefined);
}
