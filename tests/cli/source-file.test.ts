// A program file decoded as python3's tokenizer decodes it; each refusal is python3 3.11.7's own report of that file.
import { describe, expect, it } from "vitest";
import { decodeSourceFile } from "../../src/cli/source-file";

const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));

describe("decodeSourceFile", () => {
	it("skips a UTF-8 byte order mark, as Windows editors write one", () => {
		expect(decodeSourceFile(bytes([0xef, 0xbb, 0xbf], "print(1)\n"), "/p/a.py")).toEqual({ source: "print(1)\n" });
	});

	it("obeys a latin-1 coding declaration on the first line, or on the second after a comment", () => {
		expect(decodeSourceFile(bytes("# -*- coding: latin-1 -*-\nprint('", [0xe9], "')\n"), "/p/a.py")).toEqual({ source: "# -*- coding: latin-1 -*-\nprint('é')\n" });
		expect(decodeSourceFile(bytes("#!/usr/bin/env python\n# coding=iso-8859-1\nx = '", [0x80], "'\n"), "/p/a.py")).toEqual({ source: "#!/usr/bin/env python\n# coding=iso-8859-1\nx = '\u0080'\n" });
		// A declaration on line 2 after code on line 1 is only a comment: the file is UTF-8.
		expect(decodeSourceFile(bytes("x = 1\n# coding: latin-1\ny = 'é'\n"), "/p/a.py")).toEqual({ source: "x = 1\n# coding: latin-1\ny = 'é'\n" });
	});

	it("refuses bytes that are not UTF-8 without a declaration, naming the first one and its line", () => {
		expect(decodeSourceFile(bytes("x = 1\nprint('", [0xe9], "')\n"), "/tmp/probe/syn/enc4.py")).toEqual({
			refused:
				"SyntaxError: Non-UTF-8 code starting with '\\xe9' in file /tmp/probe/syn/enc4.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
		});
	});

	it("refuses an encoding it does not know", () => {
		expect(decodeSourceFile(bytes("# coding: foobar\nprint(1)\n"), "/p/a.py")).toEqual({ refused: "SyntaxError: encoding problem: foobar\n" });
	});

	it("refuses a null byte, showing its line", () => {
		expect(decodeSourceFile(bytes("x = 1\n", [0], "\n"), "/tmp/probe/syn/nul2.py")).toEqual({
			refused: '  File "/tmp/probe/syn/nul2.py", line 2\n    \nSyntaxError: source code cannot contain null bytes\n',
		});
		expect(decodeSourceFile(bytes("x = 1", [0], "\n"), "/tmp/probe/syn/min/a7.py")).toEqual({
			refused: '  File "/tmp/probe/syn/min/a7.py", line 1\n    x = 1\nSyntaxError: source code cannot contain null bytes\n',
		});
	});
});
