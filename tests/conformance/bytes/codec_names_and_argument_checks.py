# Encoding names: python3's text codecs pymem lacks are unsupported, codecs that are no text encoding are refused as python3 refuses them, unknown names are unknown; a NUL in a name is refused first; fromhex skips any ASCII whitespace
for name in ["rot13", "ROT_13", "zlib", "base64", "hex", "uu", "nonsense", "utf_8", "UTF8", "latin_1"]:
    try:
        print(name, "é".encode(name))
    except LookupError as e:
        print(name, "LookupError", e)
    try:
        print(name, b"ab".decode(name))
    except LookupError as e:
        print(name, "LookupError", e)
for f in (lambda: "x".encode("utf-8\x00"), lambda: b"x".decode("ascii\x00junk"), lambda: "x".encode("utf-8", "strict\x00"),
          lambda: bytes("x", "utf-8\x00"), lambda: bytearray("x", "utf-8", "strict\x00"), lambda: str(b"x", "ascii\x00")):
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)
print(bytes.fromhex("01\t02\n03 \r\x0b\x0c04"), bytearray.fromhex("0a\r\n0b"))
try:
    bytes.fromhex("0\t1")
except ValueError as e:
    print(e)
for f in (lambda: b"a,b".split(b",", sep=b","), lambda: b"ab".decode("ascii", encoding="ascii"), lambda: b"ab".hex(":", sep=":"),
          lambda: "a b".split(" ", sep=" "), lambda: bytearray(b"a,b").rsplit(b",", 1, maxsplit=1), lambda: "a".encode("ascii", errors="strict"),
          lambda: b"abc".translate(None, delete=b"a"), lambda: "a b".split(" ", 1, maxsplit=1), lambda: b"a".decode("ascii", "strict", errors="x")):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
