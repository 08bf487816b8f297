// CPython 3.11 error messages Pymem's parser does not reproduce word for word; for these the tests compare only
// the error class and line. Keep this list short and in sync with the table in README.md.
export interface KnownMessageDifference {
	cpython: string;
	reason: string;
}

export const KNOWN_MESSAGE_DIFFERENCES: KnownMessageDifference[] = [];
