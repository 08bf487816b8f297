// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError (exceptions.c): their init checks and keeps
// the encoding, the object, start, end and the reason (PyArg_ParseTuple "UOnnU", "UUnnU", "UnnU"), and their str()
// is the codec's message made from those fields. A codec's own error is made with the same arguments.
import type { PyObject } from "../heap/object";
import type { PyExceptionObject } from "../heap/instances";
import { PyBool, PyBytes, PyInt, PyStr } from "../heap/values";
import { PyByteArray } from "../heap/bytearray";
import { PyTypeError, type PyCodecError } from "../runtime/errors";
import type { VM } from "./vm";

/** What making the fields needs (the object space uses it too while it makes an exception). */
type UnicodeSpace = Pick<VM, "incref" | "decref" | "heap" | "None" | "bytes">;
type SetField = (name: string, value: PyObject) => void;

/** The classes with fields of their own, and the C type of each argument their init parses. */
const ARGUMENT_KINDS: Readonly<Record<string, readonly ("str" | "bytes" | "index")[]>> = {
	UnicodeEncodeError: ["str", "str", "index", "index", "str"],
	UnicodeDecodeError: ["str", "bytes", "index", "index", "str"],
	UnicodeTranslateError: ["str", "index", "index", "str"],
};

export function isUnicodeErrorOwner(name: string): boolean {
	return ARGUMENT_KINDS[name] !== undefined;
}

/** The arguments CPython makes a codec's error with: encoding, object, start, end, reason. */
export function codecErrorArguments(vm: Pick<VM, "str" | "bytes" | "int">, e: PyCodecError): PyObject[] {
	const object = typeof e.input === "string" ? vm.str(e.input) : vm.bytes(e.input);
	return [vm.str(e.encoding), object, vm.int(e.start), vm.int(e.end), vm.str(e.reason)];
}

/** The init's PyArg_ParseTuple, then the fields (a bytearray object kept as a bytes copy); TypeError when they do not fit. */
export function setUnicodeErrorFields(vm: UnicodeSpace, owner: string, items: readonly PyObject[], set: SetField): void {
	const kinds = ARGUMENT_KINDS[owner]!;
	if (items.length !== kinds.length) throw new PyTypeError(`function takes exactly ${kinds.length} arguments (${items.length} given)`);
	kinds.forEach((kind, i) => checkArgument(kind, items[i]!, i + 1));
	const names = owner === "UnicodeTranslateError" ? ["object", "start", "end", "reason"] : ["encoding", "object", "start", "end", "reason"];
	names.forEach((name, i) => {
		const item = items[i]!;
		if (item instanceof PyByteArray) {
			const copy = vm.bytes(new Uint8Array(item.value));
			set(name, copy);
			vm.decref(copy);
		} else set(name, item);
	});
}

function checkArgument(kind: "str" | "bytes" | "index", item: PyObject, position: number): void {
	if (kind === "str" && !(item instanceof PyStr)) throw new PyTypeError(`argument ${position} must be str, not ${item.typeName}`);
	if (kind === "bytes" && !(item instanceof PyBytes || item instanceof PyByteArray)) throw new PyTypeError(`a bytes-like object is required, not '${item.typeName}'`);
	if (kind === "index" && !(item instanceof PyInt)) throw new PyTypeError(`'${item.typeName}' object cannot be interpreted as an integer`);
}

/** UnicodeEncodeError_str and its kin, from the fields; null while the fields are unset (BaseException_str then). */
export function unicodeErrorStr(vm: VM, e: PyExceptionObject, owner: string, text: (o: PyObject) => string): string | null {
	const field = (name: string) => e.attrs.get(name);
	const object = field("object");
	const start = field("start");
	const end = field("end");
	if (!object || !(start instanceof PyInt) || !(end instanceof PyInt) || start instanceof PyBool) return null;
	const from = Number(start.value);
	const to = Number(end.value);
	const reason = text(field("reason") ?? vm.None);
	const length = object instanceof PyBytes ? object.value.length : object instanceof PyStr ? [...object.value].length : 0;
	const single = from >= 0 && from < length && to === from + 1;
	const range = `in position ${from}-${to - 1}: ${reason}`;
	if (owner === "UnicodeDecodeError") {
		const codec = text(field("encoding") ?? vm.None);
		const byte = single ? (object as PyBytes).value[from]! : 0;
		return single ? `'${codec}' codec can't decode byte 0x${hex(byte, 2)} in position ${from}: ${reason}` : `'${codec}' codec can't decode bytes ${range}`;
	}
	const code = single ? [...(object as PyStr).value][from]!.codePointAt(0)! : 0;
	const character = code <= 0xff ? `\\x${hex(code, 2)}` : code <= 0xffff ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
	if (owner === "UnicodeTranslateError") return single ? `can't translate character '${character}' in position ${from}: ${reason}` : `can't translate characters ${range}`;
	const codec = text(field("encoding") ?? vm.None);
	return single ? `'${codec}' codec can't encode character '${character}' in position ${from}: ${reason}` : `'${codec}' codec can't encode characters ${range}`;
}

function hex(n: number, width: number): string {
	return n.toString(16).padStart(width, "0");
}
