// gen.throw(): the exception goes in at the generator's yield, or on to the iterator of its `yield from`, as
// _gen_throw passes it.
import type { PyObject } from "../heap/object";
import { PyClass } from "../heap/classes";
import { PyGenerator } from "../heap/iterators";
import { PyExceptionObject } from "../heap/instances";
import { PyRaise } from "./errors";
import { attributeOrNull } from "./attributes";
import { DELEGATE_METHOD, RESULT_SENT, closeIterator, leaveYieldFrom, resumeNested, stopIterationValue, whileDelegating, yieldFromTarget } from "./generators";
import { generatorReturnedError } from "./generator-next-frames";
import type { VM } from "./vm";

/** gen.throw's arguments as given, and the exception they make where it is raised (made once, a new reference). */
export interface ThrownArguments {
	readonly raw: readonly PyObject[];
	exception(): PyExceptionObject;
}

/** PyErr_GivenExceptionMatches of throw's first argument, a class or an instance. */
function thrownMatches(vm: VM, thrown: ThrownArguments, name: string): boolean {
	const typ = thrown.raw[0]!;
	const cls = vm.exceptionClass(name);
	return typ instanceof PyClass ? typ.isSubclassOf(cls) : typ instanceof PyExceptionObject && typ.cls.isSubclassOf(cls);
}

/**
 * _gen_throw: gen.throw(...). A generator inside `yield from` passes the arguments on to its iterator (a
 * generator's throw, or the iterator's own `throw` method, called with them as given); when that iterator
 * finishes, the generator goes on with its return value, or with the exception it raised thrown in at the
 * `yield from`. Only where the exception is raised are the arguments checked and the exception made.
 */
export function throwIntoGenerator(vm: VM, gen: PyGenerator, thrown: ThrownArguments): { value: PyObject | null; returned: PyObject | null } {
	const sub = yieldFromTarget(gen);
	if (!sub) return resumeNested(vm, gen, null, thrown.exception());
	if (thrownMatches(vm, thrown, "GeneratorExit")) {
		try {
			whileDelegating(gen, () => closeIterator(vm, sub));
		} catch (e) {
			if (!(e instanceof PyRaise)) throw e;
			leaveYieldFrom(vm, gen);
			return resumeNested(vm, gen, null, e.exc);
		}
		leaveYieldFrom(vm, gen);
		return resumeNested(vm, gen, null, thrown.exception());
	}
	let result: PyObject;
	try {
		result = whileDelegating(gen, () => {
			if (sub instanceof PyGenerator) {
				const r = throwIntoGenerator(vm, sub, thrown);
				if (r.value) return r.value;
				throw new PyRaise(generatorReturnedError(vm, r.returned));
			}
			const method = attributeOrNull(vm, sub, "throw");
			if (!method) return null as unknown as PyObject;
			vm.heap.adopt(method, DELEGATE_METHOD);
			try {
				return vm.callObject(method, [...thrown.raw]);
			} finally {
				vm.heap.release(method, DELEGATE_METHOD);
			}
		});
	} catch (e) {
		if (!(e instanceof PyRaise)) throw e;
		leaveYieldFrom(vm, gen);
		// _PyGen_FetchStopIterationValue: the iterator returned; the generator goes on with its value.
		if (e.exc.cls.isSubclassOf(vm.exceptionClass("StopIteration"))) {
			const value = stopIterationValue(vm, e.exc);
			vm.heap.adopt(value, RESULT_SENT);
			vm.dropRaised(e.raised);
			try {
				// _gen_throw moved the frame past its SEND loop: it goes on with no RESUME, so no warm-up.
				return resumeNested(vm, gen, value, null, true);
			} finally {
				vm.heap.release(value, RESULT_SENT);
			}
		}
		return resumeNested(vm, gen, null, e.exc);
	}
	// An iterator without a throw method: the exception is raised in the generator, at the `yield from`.
	if (result === null) {
		leaveYieldFrom(vm, gen);
		return resumeNested(vm, gen, null, thrown.exception());
	}
	return { value: result, returned: null };
}
