# sizes of list(x), [*x], sorted(x) and tuple(x) for many kinds of source at lengths around growth boundaries
import sys
def sources(n):
    base = list(range(n))
    d = dict.fromkeys(base)
    return [
        ("list", base), ("tuple", tuple(base)), ("range", range(n)), ("str", "a" * n), ("bytes", b"a" * n),
        ("set", set(base)), ("dict", d), ("keys", d.keys()), ("values", d.values()), ("items", d.items()),
        ("iter list", iter(base)), ("reversed", reversed(base)), ("gen", (x for x in base)), ("map", map(int, base)),
        ("filter", filter(None, [1] * n)), ("enumerate", enumerate(base)), ("zip", zip(base)), ("iter range", iter(range(n))),
        ("iter str", iter("a" * n)), ("iter dict", iter(d)), ("reversed dict", reversed(d)), ("bytearray", bytearray(n)),
    ]
for n in (0, 1, 4, 5, 8, 9, 17, 30):
    row = []
    for label, src in sources(n):
        row.append(sys.getsizeof(list(src)))
    print(n, row)
for n in (0, 5, 9, 30):
    print(n, [sys.getsizeof([*src]) for _, src in sources(n)])
    print(n, [sys.getsizeof(sorted(src)) for label, src in sources(n) if label not in ("items", "enumerate", "zip")])
    print(n, [sys.getsizeof(tuple(src)) for _, src in sources(n)])
