# str.maketrans in its three forms and translate with deletions and multi-char results
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t))
t2 = str.maketrans("ab", "12", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): 67})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): "L"}))
print("hello".translate({}))
s = "same"
print(s.translate({}) is s, s.translate({ord("z"): "Z"}) is s)
for args in (("ab", "x"), ({"ab": 1},), ({1.5: "a"},), (1,), ("a", "b", 1)):
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".translate({ord("a"): 1.5})
except TypeError as e:
    print(e)
try:
    "abc".translate({ord("a"): 0x110000})
except ValueError as e:
    print(e)
print("abc".translate([None, "x"] * 50))
class Table:
    def __getitem__(self, k):
        if k == ord("a"):
            return "@"
        raise LookupError
print("banana".translate(Table()))
print(bytes.maketrans(b"ab", b"xy"))
print(b"abc".translate(bytes.maketrans(b"ab", b"xy"), b"c"))
print(b"abc".translate(None, b"b"))
# The maketrans staticmethods take no keywords, checked before their arguments are counted.
for refused in (lambda: bytes.maketrans(frm=b"a", to=b"b"), lambda: bytearray.maketrans(b"a", to=b"b"), lambda: str.maketrans(x={}), lambda: "ab".maketrans("a", "b", z="c")):
    try:
        refused()
    except TypeError as e:
        print(e)
