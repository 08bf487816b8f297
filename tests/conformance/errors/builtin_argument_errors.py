# chr() range and C-int errors, dict() of pairs that are not sequences, and builtins that take no keyword arguments
for v in [-1, 0x110000, 2**70, 65, 0x1F600]:
    try:
        print(repr(chr(v)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["a", 1.5]:
    try:
        chr(bad)
    except TypeError as e:
        print(e)
for src in [[1, 2], [(1, 2, 3)], ["ab", "c"], [[1]], [{1, 2}]]:
    try:
        print(len(dict(src)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in [lambda: abs(x=1), lambda: len(obj=[]), lambda: iter([], x=1), lambda: getattr(o=1), lambda: globals(a=1), lambda: isinstance(1, int, x=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
