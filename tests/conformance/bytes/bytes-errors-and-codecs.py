# bytes: the errors bytes operations, constructors and codecs raise, with CPython's messages
cases = [
    lambda: b"a" + "b", lambda: b"a" + 1, lambda: "a" + b"b", lambda: b"a" * "x", lambda: b"abc"[5],
    lambda: b"abc"["x"], lambda: 300 in b"abc", lambda: "a" in b"abc", lambda: b"a" < "a", lambda: bytes("abc"),
    lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(["a"]), lambda: bytes(1.5), lambda: bytes(None),
    lambda: b"\xff".decode(), lambda: b"\xc3".decode(), lambda: b"a\xc3(".decode(), lambda: "é".encode("ascii"),
    lambda: "\ud800".encode(), lambda: b"x".decode("nope"), lambda: "x".encode("nope"), lambda: bytes.fromhex("zz"),
    lambda: b"abc".index(b"z"), lambda: b"a".join(["x"]), lambda: b"a".split(b""), lambda: ord(b"ab"),
    lambda: int(b"z"), lambda: b"\xe9".decode("ascii"), lambda: bytes(encoding="utf-8"), lambda: bytes(3, "utf-8"),
    lambda: b"abc".decode(1), lambda: "abc".encode(1), lambda: "abc".encode("utf-8", 1), lambda: ord(b""),
    lambda: float(b"x"), lambda: b"ab".center(5, "x"), lambda: b"ab".center(5, b"xy"), lambda: bytes.fromhex("a"),
    lambda: bytes.fromhex("0 1"), lambda: b"x".removeprefix("x"), lambda: str("x", "utf-8"), lambda: str(5, "utf-8"),
    lambda: b"abc".strip("a"), lambda: b"abc".replace("a", "b"), lambda: bytes(b"x", "utf-8"), lambda: -b"x",
    lambda: b"ab" @ 1, lambda: b"abc".startswith("a"), lambda: bytes(range(250, 260)), lambda: "€".encode("latin-1"),
    lambda: "ab€€c".encode("ascii"), lambda: b"\xed\xa0\x80".decode(), lambda: b"\xf0\x9f\x98".decode(), lambda: b"\xf8".decode(),
    lambda: "é".encode("ascii", "bogus"), lambda: b"abc".hex("::"), lambda: ord(5),
    lambda: b"abc".count("a"), lambda: b"ab".find(300), lambda: len(b"abc", 1), lambda: b"x" < 1, lambda: b"x" >= None,
    lambda: b"xyz".decode("utf-8", "bad"), lambda: bytes(x=1), lambda: b"a".upper(1),
]
for i, case in enumerate(cases):
    try:
        print(i, repr(case()))
    except Exception as e:
        print(i, type(e).__name__, e)
print(b"\x80abc".decode("utf-8", "replace"), b"\x80abc".decode("utf-8", "ignore"), "é".encode("ascii", "ignore"), "é€x".encode("ascii", "replace"))
print(b"\xe2\x82".decode("utf-8", "replace"), b"\xe2\x28\xa1".decode("utf-8", "replace"), b"\xf4\x90\x80\x80".decode("utf-8", "replace"))
print("😀".encode(), b"\xf0\x9f\x98\x80".decode(), len("😀".encode("utf-8")), "aé€😀".encode("utf8"))
print(int(b" 12 "), float(b"1.5"), str(b"\xff", "utf-8", "replace"), str(b"x", encoding="ascii"), "x".encode(errors="bad"))
print(b"abc".count(b""), b"abc".find(b"", 5), b"a b".split(None, 0), b"  a  b  ".rsplit(None, 1), b"  a  b  ".split(None, 1))
print(b"abc".hex(b":"), b"abcdef".hex(":", -4), b"abcdef".hex(":", 4), bytes.fromhex(" 01 "), b"A".isupper(), b"1".isupper())
print(b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"aaa".replace(b"a", b"b", 2), b"a\r\nb\rc\n".splitlines(True), b"".splitlines())
print(b"abc".center(6), b"abc".center(7, b"."), b"-12".zfill(6), b"abc".title(), b"hello WORLD 123".swapcase(), b"x".rfind(b"x", 0, 0))
