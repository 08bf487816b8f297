/**
 * Which notes' edges changed at which graph revision, so that an answer computed over the whole graph (hub
 * detection) can be brought up to date by re-reading only those notes. Bounded: past MAX_ENTRIES the
 * oldest half is dropped, and a reader that far behind starts over.
 */
const MAX_ENTRIES = 8192;

export class ChangeLog {
	private paths: string[] = [];
	/** The graph revision current when each change was made: the change is part of the next revision. */
	private revisions: number[] = [];
	/** changedSince answers for revisions from this one on. */
	private knownFrom = 0;
	/** Set while the full build fills an empty graph: see forgetBefore. */
	paused = false;

	record(path: string, revision: number): void {
		if (this.paused) return;
		this.paths.push(path);
		this.revisions.push(revision);
		if (this.paths.length > MAX_ENTRIES) {
			const kept = this.paths.length >> 1;
			this.paths = this.paths.slice(-kept);
			this.revisions = this.revisions.slice(-kept);
			// Entries of the first kept revision may have been dropped with the older half.
			this.knownFrom = this.revisions[0]! + 1;
		}
	}

	/** Changes before `revision` are not recorded (the full build: nobody could have read the graph before). */
	forgetBefore(revision: number): void {
		this.paths = [];
		this.revisions = [];
		this.knownFrom = revision;
	}

	/** The paths of the notes whose edges changed since `revision`, or null when that is no longer known. */
	changedSince(revision: number): Set<string> | null {
		if (revision < this.knownFrom) return null;
		let low = 0;
		let high = this.revisions.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (this.revisions[middle]! < revision) low = middle + 1;
			else high = middle;
		}
		return new Set(this.paths.slice(low));
	}
}
