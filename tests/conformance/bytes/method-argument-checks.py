# bytes and bytearray methods check their argument counts and keywords as CPython's parsers word it
calls = [
    lambda: b"a,b".split(b",", 1, 5), lambda: b"ab".upper(1), lambda: b"ab".upper(x=1), lambda: b"ab".center(),
    lambda: b"ab".center(5, b"x", 1), lambda: b"ab".count(), lambda: b"ab".find(b"a", 0, 1, 2), lambda: b"ab".join(),
    lambda: b"ab".partition(b"a", b"b"), lambda: b"ab".replace(b"a"), lambda: b"ab".translate(), lambda: b"ab".translate(None, b"", 1),
    lambda: b"ab".decode("utf-8", "strict", 1), lambda: b"ab".hex(":", 1, 2), lambda: b"ab".strip(b"a", b"b"), lambda: b"ab".zfill(),
    lambda: b"ab".startswith(), lambda: b"ab".splitlines(True, 1), lambda: b"ab".expandtabs(1, 2), lambda: b"ab".count(b"a", start=0),
    lambda: bytearray(b"ab").split(b",", 1, 5), lambda: bytearray(b"ab").append(), lambda: bytearray(b"ab").insert(1),
    lambda: bytearray(b"ab").pop(0, 1), lambda: bytearray(b"ab").clear(1), lambda: bytearray(b"ab").reverse(x=1),
    lambda: bytearray(b"ab").lower(1), lambda: bytearray(b"ab").decode(foo=1),
]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except TypeError as e:
        print(i, e)
print(b"a b".split(maxsplit=1), b"ab".decode(errors="strict"), b"ab".hex(sep=":"), b"a\nb".splitlines(keepends=True), b"a\tb".expandtabs(tabsize=2), b"abc".translate(None, delete=b"b"))
