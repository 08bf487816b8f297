# bytes: istitle, expandtabs, maketrans and translate
print(b"Hello World".istitle(), b"Hello world".istitle(), b"HELLO".istitle(), b"".istitle(), b"1A".istitle(), b"A1b".istitle())
print(b"a\tb\tc".expandtabs(), b"ab\tc\n\td".expandtabs(4), b"x\ty".expandtabs(tabsize=2), b"\t".expandtabs(0))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc".translate(table), b"abcdef".translate(None, b"ace"), b"abc".translate(table, delete=b"b"))
print(b"hello".translate(None), bytes.maketrans(b"", b"")[:5])
for call in [lambda: bytes.maketrans(b"ab", b"c"), lambda: b"x".translate(b"short"), lambda: bytes.maketrans("a", "b"), lambda: b"x".translate(None, "x"), lambda: b"x".expandtabs("4")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
