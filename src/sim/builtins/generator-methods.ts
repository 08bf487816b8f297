// The generator type's methods: send, throw and close (genobject.c's gen_send, _gen_throw and gen_close), and
// __del__, its tp_finalize.
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyExceptionObject } from "../heap/instances";
import { PyGenerator, PyNativeGenerator } from "../heap/iterators";
import type { NativeImpl } from "../heap/callables";
import { PyTraceback } from "../heap/tracebacks";
import { PyTuple } from "../heap/containers";
import { finishNativeGenerator } from "../vm/native-generators";
import { resumeNested, closeGenerator } from "../vm/generators";
import { throwIntoGenerator, type ThrownArguments } from "../vm/generator-throw";
import { PyRaise } from "../vm/errors";
import { generatorReturnedError } from "../vm/generator-next-frames";
import { CALL_LEVEL, withRecursionLevel } from "../vm/c-recursion";
import type { VM } from "../vm/vm";
import { defineMethods } from "./types";
import { defineSlotWrappers } from "./slot-wrappers";

/**
 * _gen_throw's exception (a new reference): a class is normalized with the value (an instance of it is used
 * as it is, a tuple gives the arguments, another value the one argument); an instance may not have a separate
 * value. The traceback it carries into the frame is `tb`, or for an instance thrown alone its own.
 */
function thrownException(vm: VM, typ: PyObject, val: PyObject | undefined, tb: PyObject | undefined): PyExceptionObject {
	const traceback = tb === undefined || tb === vm.None ? null : tb;
	if (traceback && !(traceback instanceof PyTraceback)) vm.raise("TypeError", "throw() third argument must be a traceback object");
	const noValue = val === undefined || val === vm.None;
	let exc: PyExceptionObject;
	if (typ instanceof PyClass && typ.isSubclassOf(T.BaseException)) {
		if (!noValue && val instanceof PyExceptionObject && val.cls.isSubclassOf(typ)) exc = vm.incref(val);
		else {
			try {
				exc = vm.callObject(typ, noValue ? [] : val instanceof PyTuple ? val.items : [val]) as PyExceptionObject;
			} catch (e) {
				if (!(e instanceof PyRaise)) throw e;
				// PyErr_NormalizeException: the error of making it is thrown in instead, with its own traceback if it has one.
				exc = e.exc;
				if (exc.traceback) return exc;
			}
		}
	} else if (typ instanceof PyExceptionObject) {
		if (!noValue) vm.raise("TypeError", "instance exception may not have a separate value");
		exc = vm.incref(typ);
		if (!traceback) return exc;
	} else return vm.raise("TypeError", `exceptions must be classes or instances deriving from BaseException, not ${typ.typeName}`);
	// The frame it is raised in starts its traceback from `tb` (none when not given), as PyErr_Restore leaves it.
	const old = exc.traceback;
	if (old !== traceback) {
		exc.traceback = exc.visibleTraceback = traceback ? vm.incref(traceback) : null;
		vm.heap.observer?.contentChanged(exc);
		if (old) vm.decref(old);
	}
	return exc;
}

/** Resume with a value; a finished generator raises StopIteration(value). */
function send(vm: VM, gen: PyGenerator, value: PyObject | null, throwing: ThrownArguments | null): PyObject {
	const r = throwing ? throwIntoGenerator(vm, gen, throwing) : resumeNested(vm, gen, value);
	if (r.value) return r.value;
	throw new PyRaise(generatorReturnedError(vm, r.returned));
}

/**
 * method_vectorcall_O and _NOARGS: send (METH_O) and close (METH_NOARGS) count a level while they run, checked before
 * the generator is touched, so one called at the recursion limit fails and leaves it suspended (next() and throw,
 * METH_FASTCALL, reach the generator, whose frame then fails to start and finishes it).
 */
function withCallLevel(vm: VM, body: () => PyObject): PyObject {
	return withRecursionLevel(vm, CALL_LEVEL, body);
}

const GENERATOR_METHODS: Record<string, NativeImpl> = {
	send: (vm, args, _k, self) =>
		withCallLevel(vm, () => (self instanceof PyNativeGenerator ? nativeSend(vm, self, args[0] ?? vm.None) : send(vm, self as PyGenerator, args[0] ?? vm.None, null))),
	throw: (vm, args, _k, self) => {
		// _gen_throw checks and normalizes the arguments only where the exception is raised: a `yield from`
		// iterator's own throw method gets them as they were given.
		if (!(self instanceof PyNativeGenerator)) return send(vm, self as PyGenerator, null, { raw: args, exception: () => thrownException(vm, args[0]!, args[1], args[2]) });
		const thrown = thrownException(vm, args[0]!, args[1], args[2]);
		// The library generator handles nothing: the exception leaves its frame, which finishes.
		finishNativeGenerator(vm, self);
		throw new PyRaise(thrown);
	},
	close: (vm, _a, _k, self) =>
		withCallLevel(vm, () => {
			if (self instanceof PyNativeGenerator) finishNativeGenerator(vm, self);
			else closeGenerator(vm, self as PyGenerator);
			return vm.incref(vm.None);
		}),
	// PyObject_SelfIter.
	__iter__: (vm, _a, _k, self) => vm.incref(self!),
	__next__: (vm, _a, _k, self) => (self instanceof PyNativeGenerator ? nativeSend(vm, self, vm.None) : send(vm, self as PyGenerator, vm.None, null)),
};

/** gen_send_ex2 for a natively run generator: it yields the next item whatever is sent once it has started. */
function nativeSend(vm: VM, gen: PyNativeGenerator, value: PyObject): PyObject {
	if (!gen.started && value !== vm.None) vm.raise("TypeError", "can't send non-None value to a just-started generator");
	return gen.advance(gen) ?? vm.raise("StopIteration");
}

export function installGeneratorMethods(): void {
	defineMethods(T.generator, GENERATOR_METHODS);
	// tp_finalize through wrap_del: _PyGen_Finalize closes a suspended generator, reporting an error as unraisable.
	defineSlotWrappers(T.generator, {
		__del__: [
			0,
			(vm, self) => {
				vm.heap.finalizers?.runDel(self);
				return vm.incref(vm.None);
			},
		],
	});
}
