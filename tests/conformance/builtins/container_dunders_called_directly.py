# The container dunders of bytes, bytearray, deque, array and set's in-place operators, called directly, through super() and by hasattr, with their errors
from collections import deque
from array import array
import sys
cases = [
    lambda: deque([1, 2]).__len__(), lambda: deque([1, 2]).__getitem__(-1), lambda: deque([1]).__contains__(1),
    lambda: deque([1]).__add__(deque([2])), lambda: deque([1]).__add__([2]), lambda: deque([1]).__iadd__([2, 3]), lambda: deque([1]).__iadd__(5),
    lambda: deque([1]).__mul__(3), lambda: deque([1]).__rmul__(2), lambda: deque([1, 2]).__imul__(2), lambda: deque([1]).__imul__("x"),
    lambda: array("i", [1]).__add__(array("i", [2])), lambda: array("i", [1]).__add__(array("d", [2])), lambda: array("i", [1]).__iadd__([2]),
    lambda: array("i", [1]).__mul__(2), lambda: array("i", [5, 6]).__getitem__(slice(1, None)), lambda: array("i", [1]).__len__(),
    lambda: bytearray(b"a").__iadd__(b"bc"), lambda: bytearray(b"a").__iadd__(1), lambda: bytearray(b"ab").__imul__(2), lambda: bytearray(b"a").__add__(1),
    lambda: b"a".__add__(b"b"), lambda: b"a".__add__(1), lambda: b"%d-%s".__mod__((3, b"x")), lambda: b"x".__rmod__(1), lambda: bytearray(b"%d").__mod__(4),
    lambda: {1}.__ior__({2}), lambda: {1, 2}.__iand__({2}), lambda: {1}.__ixor__([1]), lambda: {1, 2}.__isub__({1}),
    lambda: [hasattr(t, n) for t in (set, frozenset, deque, array, bytes, bytearray) for n in ("__ior__", "__iadd__", "__len__", "__mod__")],
    lambda: deque.__len__(deque([1, 2, 3])),
]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
class S(set):
    def __ior__(self, other):
        print("S ior")
        return super().__ior__(other)
s = S({1})
t = s
s |= {2}
print(s, s is t, type(s).__name__)
x = bytearray(b"ab")
y = x
x += b"c"
print(x is y, x, sys.getsizeof(x))
