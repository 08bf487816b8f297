# array.array with builtins and protocols: iteration (the iterator lets the array go when exhausted), reversed, sorted, sum, copy, slices with steps, bytes round trips
import sys, copy
from array import array
a = array("i", [5, 3, 8, 1])
print(list(a), tuple(a), sorted(a), sum(a), max(a), min(a), len(a), set(a) == {1, 3, 5, 8})
print(list(reversed(a)), list(enumerate(a)), [x * 2 for x in a], str(a), f"{a}")
it = iter(a)
print(sys.getrefcount(a))
print(list(it), sys.getrefcount(a), sys.getsizeof(it), type(it).__name__)
b = copy.copy(a)
c = copy.deepcopy(a)
print(b, c, b is a, b == a, sys.getsizeof(b), sys.getsizeof(a))
d = a.__copy__()
print(d, sys.getsizeof(d), a.__sizeof__(), d.__sizeof__())
e = array("d", range(10))
print(e[::3], e[::-2], e[-3:], e[5:2:-1], e[100:])
del e[::2]
print(e, sys.getsizeof(e))
e[1:3] = array("d")
print(e)
e[:] = e
print(e)
e[len(e):] = array("d", [9.5, 10.5])
print(e, e.index(9.5), 10.5 in e, 11 in e)
for code in "bBhHiIlLqQfd":
    x = array(code, [1, 2, 3])
    raw = x.tobytes()
    y = array(code)
    y.frombytes(raw)
    print(code, raw.hex(), y == x, sys.getsizeof(y))
q = array("q", [-2**63, 2**63 - 1, -1])
print(q, q.tobytes().hex())
q.byteswap()
print(q)
f = array("f", [1.1, 2.5, -0.0, float("inf")])
print(f, f.tolist(), f.tobytes().hex())
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("b", [1]) < array("Q", [2]), array("d", [1.5]) > array("i", [1]))
class Eq:
    def __eq__(self, other):
        print("eq", other)
        return other == 3
print(Eq() in array("i", [1, 3, 5]), array("i", [1, 3, 3]).count(Eq()), array("i", [4, 3]).index(Eq()))
u = array("u", "héllo wörld")
print(u, len(u), u[1], u[::-1], u.tounicode().upper(), u.count("l"), "w" in u)
