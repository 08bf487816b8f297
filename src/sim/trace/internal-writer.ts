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

export class InternalHolderWriter {
	/** Set at interpreter shutdown: __main__'s globals then hold their values without a module frame. */
	programClosed = false;
	private last: number[] = [];
	/** Hidden parts of classes (PyObject.internalOf): not shown; what they hold shows as internal holders. */
	private readonly hiddenParts = new Set<PyObject>();
	/** What the hidden parts hold, as [object, label] pairs; null when a part changed since they were listed. */
	private partHolders: number[] | null = [];
	/** [object, label] pairs for the program's objects that imported modules hold; null when stale. */
	private moduleAttributes: number[] | null = null;
	/** [object, label] pairs for the code's references to its constants, listed once. */
	private constantEntries: number[] | null = null;
	private constantsWritten = false;

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

	write(): void {
		const vm = this.vm;
		// Built and compared as numbers: this runs at every step, so no string keys.
		const entries: number[] = [];
		for (const [o, labels] of vm.heap.internal) if (!o.internalOf) for (const l of labels) entries.push(o.id, this.strings.id(l));
		for (const { owner, label, refs, next } of vm.heap.releasing) {
			const holder = this.strings.id(owner ? `${label} ${owner.typeName}#${owner.id}` : label);
			for (let i = next; i < refs.length; i++) entries.push(refs[i]!.id, holder);
		}
		for (const o of vm.heap.allocating) {
			const holder = this.strings.id(`new ${o.typeName} being allocated`);
			for (const r of o.shownReferences()) if (!r.target.shared && !r.target.internalOf) entries.push(r.target.id, holder);
		}
		if (this.programClosed && vm.mainGlobals.shared && vm.frames[0]?.namespace !== vm.mainGlobals) {
			for (const { key, value } of vm.mainGlobals.entries.values()) {
				const name = vm.strValue(key);
				if (!value.shared || !isDunder(name)) entries.push(value.id, this.strings.id(`global ${name} of __main__`));
			}
		}
		// Listed again only when a part changed: labels are built strings, and this runs at every step.
		this.partHolders ??= this.listPartHolders();
		for (const v of this.partHolders) entries.push(v);
		this.moduleAttributes ??= this.moduleHeld();
		for (const v of this.moduleAttributes) entries.push(v);
		if (vm.handledException) entries.push(vm.handledException.id, this.strings.id("the exception being handled"));
		// The code's references to its constants never change: compared once, then only written with the rest.
		const constants = (this.constantEntries ??= this.listConstantHolders());
		if (sameNumbers(entries, this.last) && this.constantsWritten) return;
		this.last = entries;
		this.constantsWritten = true;
		const all = constants.length ? constants.concat(entries) : entries;
		this.model.internalHolders(all);
		this.log.push(Rec.Internal);
		this.log.push(all.length / 2);
		for (const v of all) this.log.push(v);
	}

	private listConstantHolders(): number[] {
		const entries: number[] = [];
		for (const [o, label] of this.vm.heap.codeConstantHolders) entries.push(o.id, this.strings.id(label));
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

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
