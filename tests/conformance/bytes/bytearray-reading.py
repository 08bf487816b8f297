# bytearray read-only: indexing, slicing, iteration that sees mutation, in, + and * result types, comparisons, and the methods shared with bytes
b = bytearray(b"hello world")
print(b[0], b[-1], b[1:4], type(b[1:4]).__name__, b[::-1], b[::2], b[100:], b[:])
for key in [100, "a", 1.5]:
    try:
        b[key]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(list(b[:3]), len(b), bool(b), bool(bytearray()), list(reversed(b[:3])))
print(type(iter(b)).__name__, type(reversed(b)).__name__)
it = iter(b)
print(next(it), next(it))
b.append(33)
b[2] = 76
print(bytes(it))
seen = []
for x in b:
    seen.append(x)
    if x == 111 and len(b) < 14:
        b.extend(b"??")
print(bytes(seen))
print(104 in b, b"wor" in b, bytearray(b"wor") in b, bytearray(b"lo") in b"hello")
for item in [300, "h"]:
    try:
        item in b
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = bytearray(b"ab")
for result in [x + b"cd", b"ab" + x, b"" + x, x + bytearray(), x + x, x * 2, 2 * x, x * -1, x * 1]:
    print(repr(result), type(result).__name__, result is x)
for make in [lambda: x + "cd", lambda: x + 1, lambda: "a" + x, lambda: 1 + x, lambda: [1] + x, lambda: x * "a", lambda: x * 1.5]:
    try:
        make()
    except TypeError as e:
        print(e)
print(x == b"ab", b"ab" == x, x < b"b", b"a" < x, x == "ab", x != bytearray(b"ab"), x <= bytearray(b"ab"), x > bytearray(b"a"))
for make in [lambda: x < "ab", lambda: x < 1]:
    try:
        make()
    except TypeError as e:
        print(e)
print(bytes(x), x.decode(), bytearray(b"h\xc3\xa9").decode("utf-8"), str(x, "ascii"), x.hex(), x.hex(":"), int(bytearray(b"12")), float(bytearray(b"1.5")), ord(bytearray(b"a")))
try:
    bytearray(b"\xff").decode()
except UnicodeDecodeError as e:
    print(e)
s = bytearray(b"  Hello, World  ")
print(s.upper(), s.lower(), s.strip(), s.lstrip(), s.rstrip(b" dl"), s.title(), s.swapcase(), s.capitalize())
print(s.split(), s.split(b","), s.rsplit(b"o", 1), s.partition(b","), s.rpartition(b"!"), s.splitlines())
print(s.find(b"o"), s.rfind(bytearray(b"o")), s.count(108), s.index(b"W"), s.startswith(b"  H"), s.endswith((b"x", b"  ")))
print(s.replace(b"l", bytearray(b"L")), s.center(20, b"*"), s.ljust(18, bytearray(b"-")), s.rjust(18), s.zfill(18), s.removeprefix(b"  "), s.removesuffix(b"?"))
print(bytearray(b",").join([b"a", bytearray(b"b")]), b",".join([b"a", bytearray(b"b")]), bytearray().join([]))
print(b"a,b".partition(bytearray(b",")), b"abc".find(bytearray(b"c")), b"abc".startswith(bytearray(b"a")), b"abc".replace(bytearray(b"b"), b"B"))
print(s.isalpha(), bytearray(b"abc").isalpha(), bytearray(b"123").isdigit(), bytearray(b"ABC").isupper(), bytearray(b" ").isspace(), bytearray(b"x").isascii())
print(b.__len__(), b.__getitem__(0), b.__contains__(104))
b.__setitem__(0, 72)
b.__delitem__(-1)
print(b)
try:
    s.startswith("a")
except TypeError as e:
    print(e)
try:
    s.index(b"zzz")
except ValueError as e:
    print(e)
print(type(s.split()[0]).__name__, type(s.partition(b"!")[0]).__name__, type(bytearray.fromhex("61")).__name__)
print(s.translate(None, b"l"), bytearray(b"abc").translate(bytes.maketrans(b"a", b"z")), bytearray.maketrans(b"a", b"b")[97], type(bytearray.maketrans(b"", b"")).__name__)
print(bytearray(b"a\tb").expandtabs(4), bytearray(b"Ab Cd").istitle(), type(bytearray(b"x").translate(None)).__name__, b"abc".translate(bytearray(bytes.maketrans(b"b", b"B"))))
print(list(b.__iter__()), type(b.__iter__()).__name__, list(b"ab".__iter__()))
