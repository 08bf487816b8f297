# Consumers of the buffer protocol copy an array.array's machine bytes (bytes(), bytearray(), extend, join, +, %b, int(), str()), not its values
import gc
import sys
from array import array

ints = array("i", [1, 2])
print(bytes(ints), sys.getsizeof(bytes(ints)))
print(bytearray(ints), sys.getsizeof(bytearray(ints)))
print(bytes(array("d", [1.5])), bytes(array("u", "ab")), bytes(array("h", [0x4142])))
print(bytes(memoryview(ints)), bytearray(memoryview(ints)[1:]))

grown = bytearray(b"x")
grown.extend(ints)
print(grown, sys.getsizeof(grown))
empty = bytearray()
empty.extend(array("q", range(10)))
print(len(empty), sys.getsizeof(empty))
grown += array("h", [51])
print(grown)

print(b"".join([ints, b"-", memoryview(ints)]))
print(bytearray(b"|").join([array("B", b"ab"), array("B", b"cd")]))
print(b"ab" + ints, bytearray(b"ab") + array("B", b"cd"))
print(b"%b and %s" % (array("B", b"hi"), array("B", b"yo")))
print(int(array("b", [52, 50])), float(array("B", b"2e3")), str(array("B", b"ok"), "ascii"))
print(b"hello".replace(array("B", b"l"), b"L"), b"a,b".split(array("B", b",")), b"abc".find(array("B", b"c")))
print(array("B", b"b") in b"abc", b"abc".startswith(array("B", b"ab")), b" x ".strip(array("B", b" ")))

padded = bytearray(b"\x01\x00\x00\x00\x02\x00\x00\x00")
print(padded == ints, ints == padded, padded <= ints, ints < padded, bytes(padded) == ints)
sliced = bytearray(b"0123")
sliced[0:1] = array("h", [0x4142])
print(sliced)

print(sys.getrefcount(ints))
before = gc.get_count()[0]
copies = [bytes(ints), bytearray(ints)]
print(gc.get_count()[0] - before, sys.getrefcount(ints))
del copies

for bad in [1.5, object(), "abc", [1, 256]]:
    try:
        bytes(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in [lambda: bytearray().extend(1.5), lambda: b"".join([1]), lambda: b"x" + [1], lambda: float(array("B", b"x")),
             lambda: int(array("i", [7])), lambda: array("b").frombytes(ints), lambda: b"x".center(5, array("B", b"*"))]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
own = array("b", [1, 2])
try:
    own.frombytes(own)
except BufferError as e:
    print(e, own)
try:
    print(b"a" < array("B", b"b"))
except TypeError as e:
    print(e)
