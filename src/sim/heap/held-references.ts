// The references the interpreter holds itself, outside frames and objects, that a trace shows as internal
// holders ("new object (type call)", "object being finalized"), and releases of many references in a row
// that a __del__ may interrupt. Without a trace recorder none of it is written down: a plain run only counts.
import type { PyObject } from "./object";
import type { PendingRelease } from "./heap-hooks";

/** Without a trace recorder nobody reads who holds what internally: a map that stays empty. */
class UnrecordedHolders extends Map<PyObject, string[]> {
	override set(): this {
		return this;
	}
}

/** The interpreter's own references, kept by label for a trace to show; Heap, which extends it, adds identities, counts and deallocation. */
export abstract class HeldReferences {
	/**
	 * References held by the interpreter itself outside frames and objects (the object whose __del__ runs,
	 * a class call's new instance...), with a label for each; the trace shows them as internal holders.
	 */
	internal: Map<PyObject, string[]> = new UnrecordedHolders();
	/** Whether `internal` keeps labels (a trace is recorded); without one, adopt/disown/releaseAll skip the bookkeeping. */
	private holdersRecorded = false;
	/** Releases in progress, innermost last (a __del__ can free objects of its own). */
	readonly releasing: PendingRelease[] = [];
	/**
	 * [object, holder label] pairs the interpreter keeps for the run's length: code objects' co_consts, the AST
	 * arena, the copy of sys's dict made at startup.
	 */
	readonly permanentHolders: [PyObject, string][] = [];

	abstract incref(o: PyObject): void;
	abstract decref(o: PyObject): void;

	/** From now on the interpreter's own references are kept by label, for a trace to show. */
	recordInternalHolders(): void {
		if (this.internal instanceof UnrecordedHolders) this.internal = new Map();
		this.holdersRecorded = true;
	}

	/** Whether internal holders are recorded: the labels of releaseAll and disown are read only then. */
	get recordsHolders(): boolean {
		return this.holdersRecorded;
	}

	/** Take a reference the interpreter holds for a while (incref + internal holder). */
	hold(o: PyObject, label: string): void {
		this.adopt(o, label);
		this.incref(o);
	}

	/**
	 * Show a reference the interpreter already owns (a native's new reference it keeps for a while) as an
	 * internal holder, without a count of its own. release() drops it; disown() hands it on.
	 */
	adopt(o: PyObject, label: string): void {
		if (!this.holdersRecorded || o.shared) return;
		const labels = this.internal.get(o);
		if (labels) labels.push(label);
		else this.internal.set(o, [label]);
	}

	/**
	 * adopt(), unless `o` already shows as `label`: an exception on its way up is marked so again at each run it
	 * leaves, and keeps the labels of those that threw it in.
	 */
	adoptOnce(o: PyObject, label: string): void {
		if (!this.holdersRecorded || o.shared || this.internal.get(o)?.includes(label)) return;
		this.adopt(o, label);
	}

	/**
	 * Fill a new object the interpreter owns while Python code may run (list(x), sorted(x), set(x)): it is
	 * shown as `label` meanwhile, and released if filling fails.
	 */
	build<O extends PyObject>(o: O, label: string, fill: (o: O) => void): O {
		this.releaseIfRaises(o, label, () => fill(o));
		return o;
	}

	/**
	 * Run `body` while `o` (a reference the caller owns) shows as `label`: if it raises, the reference is
	 * released (the C code's error path); otherwise the caller still owns it.
	 */
	releaseIfRaises<R>(o: PyObject, label: string, body: () => R): R {
		this.adopt(o, label);
		let result: R;
		try {
			result = body();
		} catch (e) {
			this.release(o, label);
			throw e;
		}
		this.disown(o, label);
		return result;
	}

	/** Run `body` while the interpreter owns `o` (a new reference it got) as `label`, releasing it afterwards. */
	whileOwned<R>(o: PyObject, label: string, body: () => R): R {
		this.adopt(o, label);
		try {
			return body();
		} finally {
			this.release(o, label);
		}
	}

	/** Run `body` with a reference of the interpreter's own to `o` (the C code's Py_INCREF around a call that may run Python code). */
	whileHeld<R>(o: PyObject, label: string, body: () => R): R {
		this.incref(o);
		return this.whileOwned(o, label, body);
	}

	/** Stop showing a reference taken with hold() or adopt() whose owner passes it on (a result returned). */
	disown(o: PyObject, label: string): void {
		if (!this.holdersRecorded) return;
		const labels = this.internal.get(o);
		const i = labels ? labels.lastIndexOf(label) : -1;
		if (labels && i >= 0) {
			labels.splice(i, 1);
			if (!labels.length) this.internal.delete(o);
		}
	}

	/** Drop a reference taken with hold() or adopt(). */
	release(o: PyObject, label: string): void {
		this.disown(o, label);
		this.decref(o);
	}

	/** Decref `refs` in order; until its turn, each stays held by `owner` (or by what `label` names). */
	releaseAll(owner: PyObject | null, label: string, refs: readonly PyObject[]): void {
		if (refs.length === 0) return;
		if (refs.length === 1 || !this.holdersRecorded) {
			for (let i = 0; i < refs.length; i++) this.decref(refs[i]!);
			return;
		}
		const pending: PendingRelease = { owner, label, refs, next: 0 };
		this.releasing.push(pending);
		try {
			while (pending.next < refs.length) this.decref(refs[pending.next++]!);
		} finally {
			this.releasing.splice(this.releasing.lastIndexOf(pending), 1);
		}
	}
}
