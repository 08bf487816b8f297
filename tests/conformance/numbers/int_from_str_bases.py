# int(str, base) with prefixes, underscores, whitespace and base 0, and its errors
cases = [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("z", 36), ("Z", 36), ("  42  ", 10),
         ("-0x1F", 16), ("1_000", 0), ("0_7", 0), ("00", 0), ("+7", 8), ("111", 2), ("0B11", 2), ("0O7", 8), ("10", 3)]
for s, b in cases:
    print(repr(s), b, int(s, b))
bad = [("08", 0), ("0x", 16), ("12", 2), ("1__0", 10), ("_1", 10), ("1_", 0), ("", 10), (" ", 10), ("0xg", 0),
       ("9", 8), ("1.5", 10), ("١٢", 10), ("abc", 37), ("1", 1), ("1", -1)]
for s, b in bad:
    try:
        print(int(s, b))
    except ValueError as e:
        print(e)
print(int("١٢٣"), int("\u0661\u0662", 10))
try:
    int(5, 10)
except TypeError as e:
    print(e)
try:
    int("5", base="10")
except TypeError as e:
    print(e)
print(int(b"12", 16), int(bytearray(b"z"), 36), int("0" * 50 + "1"), int("-0"), int(True), int(" +1_2 "))
try:
    int(b"1.5")
except ValueError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int("x" * 300)
except ValueError as e:
    print(str(e)[:60], len(str(e)))
