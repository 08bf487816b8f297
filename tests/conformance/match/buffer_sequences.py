# memoryview and array.array match sequence patterns (Py_TPFLAGS_SEQUENCE), unlike bytes and bytearray; star patterns slice the view
import gc
import sys
from array import array


def shape(subject):
    match subject:
        case []:
            return "empty"
        case [first]:
            return f"one {first!r}"
        case [first, *middle, last]:
            return f"{first!r} {type(middle).__name__} {middle!r} {last!r}"
        case _:
            return "not a sequence"


data = bytearray(b"abcd")
view = memoryview(data)
print(shape(view), shape(view[:1]), shape(view[:0]))
print(shape(view.cast("H")), shape(memoryview(b"xy").cast("c")))
print(shape(array("i", [1, 2, 3])), shape(array("d")), shape(array("u", "z")))
print(shape(b"abcd"), shape(bytearray(b"ab")), shape("ab"))
print(sys.getrefcount(data), sys.getrefcount(view))
match view:
    case [a, b, *rest]:
        print(a, b, rest, sys.getrefcount(view))
del rest
before = gc.get_count()[0]
match view:
    case [97, *_]:
        print("starts with a", gc.get_count()[0] - before)
grid = memoryview(bytes(range(6))).cast("B", [2, 3])
try:
    match grid:
        case [row, other]:
            print(row)
except NotImplementedError as e:
    print("NotImplementedError", e)
view.release()
try:
    shape(view)
except ValueError as e:
    print(e)
print(data)
