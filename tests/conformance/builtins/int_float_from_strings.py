# int() and float() of strs: bases, prefixes, underscores only between digits, whitespace and CPython's messages
cases = ["12", " 12 ", "-0x1f", "0b101", "1_000", "1__0", "_1", "1_", "0o17", "017", "00", "+5", "abc", "", " ", "1e3", "12\n", "0x", "1 2"]
for c in cases:
    for base in (10, 0, 16):
        try:
            print(repr(c), base, int(c, base))
        except ValueError as e:
            print(repr(c), base, "ValueError", e)
for c in ["1.5", " 2e3 ", "inf", "-Infinity", "nan", "1_0.5", "1__0", ".5", "5.", "e5", "1e", "0x10", "+.5e-3", ""]:
    try:
        print(repr(c), float(c))
    except ValueError as e:
        print(repr(c), "ValueError", e)
