// string: the constants and capwords of Lib/string.py (3.11), as Python source pymem runs at import, so capwords
// makes the same list, map and str objects CPython's does. Template and Formatter are not modelled: reading
// them stops with "pymem does not support string.Template yet" (unmodelled-attributes.ts).
import type { PyModule } from "../heap/callables";
import { runLibraryModule } from "../vm/library-source";
import type { VM } from "../vm/vm";

const STRING_SOURCE = String.raw`
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_` + "`" + String.raw`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))
`;

export function installString(vm: VM, module: PyModule): void {
	runLibraryModule(vm, STRING_SOURCE, module.dict);
}
