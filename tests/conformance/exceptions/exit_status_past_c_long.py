# An uncaught SystemExit whose code is an int past a C long ends with status 255 (PyLong_AsLong gives -1); one within it ends with its low byte.
import sys
for code in (2**64 + 5, 2**63, -2**63, 2**63 - 1, -1, 256 + 7):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(e.code)
raise SystemExit(2**64 + 5)
