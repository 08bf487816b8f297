// A call of an lru_cache wrapper (3.11's C _lru_cache_wrapper, whose type has tp_call and no vectorcall): the
// arguments packed into a tuple, the key made and looked up, and on a miss the function called and its result
// stored. Called from the interpreter's CALL, a miss runs the function as a frame of the loop (as a class's
// __init__ does, init-frames.ts), so memoized recursion reaches CPython's depth, not the host stack's.
import type { PyObject } from "../heap/object";
import { PyInt, PyStr } from "../heap/values";
import type { PyDict, PyTuple } from "../heap/containers";
import { PyFunction } from "../heap/callables";
import { PyLruLink, type PyToolObject } from "../heap/tool-objects";
import { CO_GENERATOR } from "../compile/code";
import { withPackedArguments } from "../vm/instantiate";
import { initCells, takesExactlyPositional } from "../vm/binding";
import { releaseCallOperands } from "../vm/call-operands";
import { CALL_LEVEL, enterRecursionLevel } from "../vm/c-recursion";
import type { Frame, FrameContinuation } from "../vm/frame";
import type { VM } from "../vm/vm";
import { callWithPackedArguments } from "./functools-partial";
import { CACHE, KEY, moveToEnd, storeLink } from "./lru-links";
import { dictGetKnownHash, dictSetKnownHash, hashOnce } from "../vm/known-hash-dicts";
import type { LruTypes } from "./functools-lru";

export interface CacheState {
	maxsize: number | null;
	typed: boolean;
	hits: number;
	misses: number;
}

const FUNC = 1;
const CALL_LABELS = { args: "call arguments (lru_cache wrapper)", kwargs: "keyword arguments (lru_cache wrapper)" };
const RESULT = "result of the lru_cache call";

/** lru_cache_make_key: one exact int or str argument is its own key; otherwise the argument tuple, or a new tuple. */
function makeKey(vm: VM, types: LruTypes, argTuple: PyTuple, kwDict: PyDict | null, typed: boolean): PyObject {
	const kwSize = kwDict?.entries.size ?? 0;
	if (!typed && kwSize === 0) {
		const only = argTuple.items.length === 1 ? argTuple.items[0]! : null;
		// Exactly str or int (not bool, not a subclass).
		if (only && (only.constructor === PyStr || only.constructor === PyInt)) return vm.incref(only);
		return vm.incref(argTuple);
	}
	const items = [...argTuple.items];
	if (kwDict && kwSize) {
		items.push(types.kwdMark);
		for (const e of kwDict.entries.values()) items.push(e.key, e.value);
	}
	if (typed) {
		for (const a of argTuple.items) items.push(a.cls);
		for (const e of kwDict?.entries.values() ?? []) items.push(e.value.cls);
	}
	return vm.tuple(items.map((x) => vm.incref(x)));
}

/** A key looked up: the cached result (a new reference) on a hit, else the key's hash for storing the result. */
type Lookup = { hit: PyObject } | { hit: null; hash: bigint | undefined };

/** The key (held as KEY) hashed once and looked up; a hit counts, and a bounded cache's link moves to the end. */
function lookUp(vm: VM, wrapper: PyToolObject, state: CacheState, key: PyObject): Lookup {
	// PyObject_Hash(key) once: the lookups and the insertion use that hash.
	const hash = hashOnce(vm, key);
	const found = dictGetKnownHash(vm, wrapper.slots[CACHE] as PyDict, key, hash);
	if (!found) {
		state.misses++;
		return { hit: null, hash };
	}
	state.hits++;
	if (found instanceof PyLruLink) {
		moveToEnd(vm, wrapper, found);
		return { hit: vm.incref(found.result!) };
	}
	return { hit: vm.incref(found) };
}

/**
 * The function's result goes into the cache under the key (held as KEY, released here, whatever happens);
 * a bounded cache first looks again, as the call may have filled the key itself.
 */
function store(vm: VM, types: LruTypes, wrapper: PyToolObject, state: CacheState, key: PyObject, hash: bigint | undefined, result: PyObject): void {
	const cache = wrapper.slots[CACHE] as PyDict;
	let keyOwned = true;
	try {
		if (state.maxsize === null) {
			vm.heap.releaseIfRaises(result, RESULT, () => dictSetKnownHash(vm, cache, key, result, hash));
			return;
		}
		vm.heap.adopt(result, RESULT);
		try {
			if (dictGetKnownHash(vm, cache, key, hash) !== undefined) return;
			keyOwned = false;
			vm.heap.disown(key, KEY);
			storeLink(vm, types, wrapper, state.maxsize, key, vm.incref(result), hash);
		} finally {
			vm.heap.disown(result, RESULT);
		}
	} finally {
		if (keyOwned) vm.heap.release(key, KEY);
	}
}

/** The wrapper's tp_call from native code: arguments packed into a tuple, then the cache consulted. */
export function callCached(vm: VM, types: LruTypes, wrapper: PyToolObject, state: CacheState, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	return withPackedArguments(
		vm,
		args,
		kwargs,
		(argTuple, kwDict) => {
			const func = wrapper.slots[FUNC]!;
			if (state.maxsize === 0) {
				state.misses++;
				return callWithPackedArguments(vm, func, argTuple, kwDict);
			}
			const key = makeKey(vm, types, argTuple, kwDict, state.typed);
			vm.heap.adopt(key, KEY);
			let hash: bigint | undefined;
			let result: PyObject;
			try {
				const looked = lookUp(vm, wrapper, state, key);
				if (looked.hit) {
					vm.heap.release(key, KEY);
					return looked.hit;
				}
				hash = looked.hash;
				result = callWithPackedArguments(vm, func, argTuple, kwDict);
			} catch (e) {
				vm.heap.release(key, KEY);
				throw e;
			}
			store(vm, types, wrapper, state, key, hash, result);
			return result;
		},
		CALL_LABELS,
	);
}

/**
 * CALL of the wrapper at `f` with positional arguments only, around a plain Python function: a hit answers at
 * once, a miss starts the function as a frame of the loop whose return stores the result. False (nothing done)
 * when the call needs the native path.
 */
export function startCachedCall(vm: VM, types: LruTypes, wrapper: PyToolObject, state: CacheState, f: Frame, base: number, first: number): boolean {
	const func = wrapper.slots[FUNC];
	const stack = f.stack;
	const nargs = stack.length - first;
	if (state.maxsize === 0 || !(func instanceof PyFunction) || func.nativeBody || func.code.flags & CO_GENERATOR || !takesExactlyPositional(func.code, nargs)) return false;
	// _PyObject_MakeTpCall's recursion check, before the arguments are packed: the call counts one level while
	// it runs, and the function's frame one more.
	enterRecursionLevel(vm, CALL_LEVEL);
	const args: PyObject[] = [];
	for (let i = first; i < stack.length; i++) args.push(vm.incref(stack[i]!));
	let argTuple: PyTuple;
	try {
		argTuple = vm.tuple(args);
	} catch (e) {
		vm.nativeLevels--;
		throw e;
	}
	vm.heap.adopt(argTuple, CALL_LABELS.args);
	const call = new CachedCall(vm, types, wrapper, state, argTuple, stack, base, first);
	let looked: Lookup;
	try {
		call.key = makeKey(vm, types, argTuple, null, state.typed);
		vm.heap.adopt(call.key, KEY);
		looked = lookUp(vm, wrapper, state, call.key);
	} catch (e) {
		call.abandon();
		throw e;
	}
	if (looked.hit) {
		call.answer(looked.hit);
		return true;
	}
	call.hash = looked.hash;
	try {
		// PyObject_Call from C: the frame gets new references to the function and the arguments.
		vm.incref(func);
		const frame = vm.newFrame(func.code, func, func.globals, null);
		const items = argTuple.items;
		for (let i = 0; i < items.length; i++) frame.locals[i] = vm.incref(items[i]!);
		initCells(vm, func, frame);
		frame.continuation = call;
		vm.pushFrame(frame, "continuation");
	} catch (e) {
		call.abandon();
		throw e;
	}
	return true;
}

/** A call of the wrapper in progress: what it holds (the packed arguments, the key) and where CALL's operands sit. */
class CachedCall implements FrameContinuation {
	key: PyObject | null = null;
	hash: bigint | undefined = undefined;

	constructor(
		private readonly vm: VM,
		private readonly types: LruTypes,
		private readonly wrapper: PyToolObject,
		private readonly state: CacheState,
		private readonly argTuple: PyTuple,
		private readonly callerStack: PyObject[],
		private readonly base: number,
		private readonly first: number,
	) {}

	/** The function returned `result`: it goes into the cache (which takes the key over), then to the caller. */
	finish(result: PyObject): void {
		const key = this.key!;
		this.key = null;
		try {
			store(this.vm, this.types, this.wrapper, this.state, key, this.hash, result);
		} finally {
			this.answer(result);
		}
	}

	/** The call's answer (a hit, or the function's result) replaces CALL's operands on the caller's stack. */
	answer(result: PyObject): void {
		this.abandon();
		releaseCallOperands(this.vm, this.callerStack, this.base, this.first, result);
	}

	/** What the call holds goes: the key (unless the cache took it), the level, the packed arguments. */
	abandon(): void {
		const vm = this.vm;
		if (this.key) vm.heap.release(this.key, KEY);
		this.key = null;
		vm.nativeLevels--;
		vm.heap.release(this.argTuple, CALL_LABELS.args);
	}
}
