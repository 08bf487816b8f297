// Internal records: references the interpreter holds outside frames and objects (the object whose __del__
// runs, a class call's new instance, what an object whose allocation started a collection holds, what a frame being cleared has not released yet, imported modules'
// attributes, what a class's hidden parts hold...). They are gathered at the end of every step and written only when they changed.
import { PyModule } from "../heap/callables";
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import type { VM } from "../vm/vm";
import { Rec, type VarintLog, type StringTable } from "./log";
import type { RecordedModel } from "./recorded-model";
import { isDunder } from "./frame-writer";

/** A long-lived list of pairs and where in the Internal list it was placed. */
interface Placement {
	pairs: readonly number[] | null;
	at: number;
}

export class InternalHolderWriter {
	/** Set at interpreter shutdown: __main__'s globals then hold their values without a module frame. */
	programClosed = false;
	/** The pairs of the last Internal record, without the constants' (a copy: the model keeps its own). */
	private last: number[] = [];
	/** write's position in `last` while the pairs listed so far are the same; */
	private cursor = 0;
	/** or, once they differ, the new list. */
	private changed: number[] | null = null;
	/** Hidden parts of classes (PyObject.internalOf): not shown; what they hold shows as internal holders. */
	private readonly hiddenParts = new Set<PyObject>();
	/** What the hidden parts hold, as [object, label] pairs; null when a part changed since they were listed. */
	private partHolders: number[] | null = [];
	/** [object, label] pairs for the program's objects that imported modules hold; null when stale. */
	private moduleAttributes: number[] | null = null;
	/** [object, label] pairs for the code's references to its constants (heap.permanentHolders), and how many were listed. */
	private constantEntries: number[] | null = null;
	private constantsWritten = false;
	private permanentListed = 0;
	/** Where this step's list and the last one placed each long-lived list of pairs (see addKnownPairs). */
	private readonly partsPlaced: Placement = { pairs: null, at: -1 };
	private readonly modulesPlaced: Placement = { pairs: null, at: -1 };

	constructor(
		private readonly vm: VM,
		private readonly log: VarintLog,
		private readonly strings: StringTable,
		private readonly model: RecordedModel,
	) {}

	get hasHiddenParts(): boolean {
		return this.hiddenParts.size > 0;
	}

	hide(part: PyObject): void {
		this.hiddenParts.add(part);
		this.partHolders = null;
	}

	/** `o` is shown from now on, or gone; true when it was a hidden part. */
	reveal(o: PyObject): boolean {
		if (!this.hiddenParts.delete(o)) return false;
		this.partHolders = null;
		return true;
	}

	/** A hidden part's references changed. */
	partChanged(): void {
		this.partHolders = null;
	}

	/** An imported module's dict changed. */
	modulesChanged(): void {
		this.moduleAttributes = null;
	}

	/**
	 * Rec.Internal when the holders changed. They rarely do, and this runs at every step: each pair is
	 * compared with the last record's as it is listed (add), and a new list is made only from the first
	 * difference on.
	 */
	write(): void {
		const vm = this.vm;
		const heap = vm.heap;
		this.cursor = 0;
		this.changed = null;
		// What is nearly always empty is listed by methods of its own: this runs at every step, and a short
		// function is optimized sooner (and inlined into the recorder's endStep).
		if (heap.internal.size !== 0) heap.internal.forEach(this.addHeld);
		if (heap.releasing.length !== 0) this.addReleasing();
		if (heap.allocating.length !== 0) this.addAllocating();
		if (this.programClosed) this.addClosedModuleGlobals();
		// Listed again only when a part changed: labels are built strings.
		this.partHolders ??= this.listPartHolders();
		this.addKnownPairs(this.partHolders, this.partsPlaced);
		this.moduleAttributes ??= this.moduleHeld();
		this.addKnownPairs(this.moduleAttributes, this.modulesPlaced);
		if (vm.handledException || vm.callerExcStates.length !== 0) this.addHandledExceptions();
		// The code's references to its constants never change: compared once, then only written with the rest. A
		// module imported later can add a permanent holder (sys's dict copy): then the list is made again.
		if (this.constantEntries === null || this.permanentListed !== heap.permanentHolders.length) {
			this.permanentListed = heap.permanentHolders.length;
			this.constantEntries = this.listConstantHolders();
			this.constantsWritten = false;
		}
		const entries = this.listed();
		if (entries === this.last && this.constantsWritten) return;
		this.writeRecord(entries);
	}

	private writeRecord(entries: number[]): void {
		const constants = this.constantEntries!;
		this.last = entries;
		this.constantsWritten = true;
		const all = constants.length ? constants.concat(entries) : entries;
		this.model.internalHolders(all);
		this.log.record(Rec.Internal);
		this.log.push(all.length / 2);
		for (let i = 0; i < all.length; i++) this.log.push(all[i]!);
	}

	/** What a release in progress (heap.releaseAll) has not released yet. */
	private addReleasing(): void {
		const releasing = this.vm.heap.releasing;
		for (let r = 0; r < releasing.length; r++) {
			const { owner, label, refs, next } = releasing[r]!;
			const holder = this.strings.id(owner ? `${label} ${owner.typeName}#${owner.id}` : label);
			for (let i = next; i < refs.length; i++) this.add(refs[i]!.id, holder);
		}
	}

	/** What an object whose allocation started a collection holds already. */
	private addAllocating(): void {
		const allocating = this.vm.heap.allocating;
		for (let a = 0; a < allocating.length; a++) {
			const o = allocating[a]!;
			const holder = this.strings.id(`new ${o.typeName} being allocated`);
			for (const r of o.shownReferences()) if (!r.target.shared && !r.target.internalOf) this.add(r.target.id, holder);
		}
	}

	/** At interpreter shutdown, __main__'s globals without a module frame to show them. */
	private addClosedModuleGlobals(): void {
		const vm = this.vm;
		if (!vm.mainGlobals.shared || vm.frames[0]?.namespace === vm.mainGlobals) return;
		for (const { key, value } of vm.mainGlobals.entries.values()) {
			const name = vm.strValue(key);
			if (!value.shared || !isDunder(name)) this.add(value.id, this.strings.id(`global ${name} of __main__`));
		}
	}

	/** The exception being handled, and those the callers were handling. */
	private addHandledExceptions(): void {
		const vm = this.vm;
		if (vm.handledException) this.add(vm.handledException.id, this.strings.id("the exception being handled"));
		const callerExcStates = vm.callerExcStates;
		// Indexed: for-of allocates an iterator at every call until the JIT optimizes this.
		for (let i = 0; i < callerExcStates.length; i++) {
			const e = callerExcStates[i];
			if (e) this.add(e.id, this.strings.id("the exception being handled"));
		}
	}

	/** The next [object, label] pair of this step's list (see write). */
	private add(id: number, label: number): void {
		const changed = this.changed;
		if (changed !== null) {
			changed.push(id, label);
			return;
		}
		const last = this.last;
		const at = this.cursor;
		this.cursor = at + 2;
		if (last[at] === id && last[at + 1] === label) return;
		const list = last.slice(0, at);
		list.push(id, label);
		this.changed = list;
	}

	/** The pairs this step listed: `last` itself when they are the same. */
	private listed(): number[] {
		if (this.changed !== null) return this.changed;
		return this.cursor === this.last.length ? this.last : this.last.slice(0, this.cursor);
	}

	/**
	 * Pairs of a list that is replaced, never changed in place, when what it describes changes (the hidden
	 * parts' holders, the modules' attributes). Placed where the last record has the same list, they are equal
	 * pair for pair and are skipped whole: a program with many classes and functions lists many at every step.
	 */
	private addKnownPairs(pairs: readonly number[], placed: Placement): void {
		const at = this.changed === null ? this.cursor : this.changed.length;
		if (this.changed === null && placed.pairs === pairs && placed.at === at) this.cursor = at + pairs.length;
		else for (let i = 0; i < pairs.length; i += 2) this.add(pairs[i]!, pairs[i + 1]!);
		placed.pairs = pairs;
		placed.at = at;
	}

	/** heap.internal's entries (a Map's forEach: no iterator to allocate); a class's hidden parts are left out. */
	private readonly addHeld = (labels: string[], o: PyObject): void => {
		if (o.internalOf) return;
		for (let i = 0; i < labels.length; i++) this.add(o.id, this.strings.id(labels[i]!));
	};

	private listConstantHolders(): number[] {
		const entries: number[] = [];
		for (const [o, label] of this.vm.heap.permanentHolders) entries.push(o.id, this.strings.id(label));
		return entries;
	}

	private listPartHolders(): number[] {
		const entries: number[] = [];
		for (const part of this.hiddenParts) {
			const label = (part.internalOf as PyClass).internalHolderLabel(part);
			if (label === null) continue;
			for (const r of part.references()) if (!r.target.shared && !r.target.internalOf) entries.push(r.target.id, this.strings.id(label));
		}
		return entries;
	}

	private moduleHeld(): number[] {
		const vm = this.vm;
		const entries: number[] = [];
		for (const [name, module] of vm.modules) {
			if (!(module instanceof PyModule)) continue;
			for (const { key, value } of module.dict.entries.values()) {
				if (!value.shared) entries.push(value.id, this.strings.id(`module attribute ${name}.${vm.strValue(key)}`));
			}
		}
		return entries;
	}
}
