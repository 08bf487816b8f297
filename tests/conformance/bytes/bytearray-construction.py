# bytearray(): every kind of source, its repr/str/type, the buffer each source leaves (sys.getsizeof), and constructor errors
import sys
def show(b):
    print(repr(b), str(b) == repr(b), type(b).__name__, len(b), sys.getsizeof(b))
show(bytearray())
show(bytearray(0))
show(bytearray(5))
show(bytearray(b""))
show(bytearray(b"abc"))
show(bytearray(bytearray(b"xy")))
show(bytearray(range(100)))
show(bytearray([1, 2, 3]))
show(bytearray((65, 66)))
show(bytearray([]))
show(bytearray([True, 2]))
show(bytearray(iter([1, 2, 3])))
show(bytearray(x for x in range(10)))
show(bytearray("héllo", "utf-8"))
show(bytearray("héllo", "latin-1"))
show(bytearray("", "ascii"))
show(bytearray("ab", encoding="ascii", errors="strict"))
show(bytearray(source=b"kw"))
show(bytearray.fromhex("01 02 ff"))
show(bytearray.fromhex(""))
show(bytearray(b"a'b\"c"))
show(bytearray(b"a'b"))
show(bytearray(b"\x00\n\t\\\x7f\x80"))
print([len(bytearray(range(n))) == n and sys.getsizeof(bytearray(range(n))) for n in range(0, 40, 3)])
print(isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes), type(bytearray()) is bytearray, bytearray.__name__)
for args in [(-1,), ("abc",), (1.5,), (None,), ([256],), ([-1],), (["a"],), ([1.0],), (b"a", "utf-8"), (3, "ascii"), ("é", "ascii"), (iter([1, 300]),), (1, 2, 3, 4)]:
    try:
        bytearray(*args)
    except Exception as e:
        print(type(e).__name__, e)
for kwargs in [{"encoding": "utf-8"}, {"errors": "strict"}, {"x": 1}]:
    try:
        bytearray(**kwargs)
    except TypeError as e:
        print(e)
try:
    bytearray("a", errors="strict")
except TypeError as e:
    print(e)
def gen():
    yield 1
    print("second item made")
    yield 1000
    print("never reached")
try:
    bytearray(gen())
except ValueError as e:
    print(e)
