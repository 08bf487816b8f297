# tuple and range: index, count, slicing a range, range equality and hashing, sizes, and read-only range attributes
import sys
t = (1, 2, 1, [1], 1.0)
print(t.count(1), t.count([1]), t.index(1.0), t.index([1]), t[::-2], t[1:1], t[10:], sys.getsizeof(t[1:3]))
r = range(0, 20, 3)
print(r[2:5], r[::-1], r[::2], r[-2:], r[5:1:-1], r[100:], r[:-100], list(r[1::3]), len(r[::4]))
print(r.count(9), r.count(10), r.count(9.0), r.index(18), 9 in r, 9.0 in r, "a" in r, r[-1], r[len(r) - 1])
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), range(1) == [0])
print(range(0, 10, 2) == range(0, 9, 2), hash(range(0)) == hash(range(4, 4)), range(3) != range(4))
print(range(-5, 5)[::-3], range(10, 0, -2).index(4), range(5)[-1::-2], list(reversed(range(1, 8, 3))))
print(sys.getsizeof(range(10)), sys.getsizeof(range(10**20)), sys.getsizeof(iter(range(3))), sys.getsizeof((1, 2, 3)))
print(r.start, r.stop, r.step, repr(range(5)), repr(range(1, 5, 2)), str(range(-1, -5, -1)))
try:
    r.index(4)
except ValueError as e:
    print(e)
try:
    range(3).index("a")
except ValueError as e:
    print(e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
try:
    t.count()
except TypeError as e:
    print(e)
try:
    r.start = 5
except AttributeError as e:
    print(e)
print(max(range(0, 10, 3)), min(range(5, 0, -1)), sum(range(101)), sorted(range(3), reverse=True), bool(range(0)))
print((1, 2) < (1, 2, 0), (1, "a") == (1, "a"), () < (0,), (2,) > (1, 99), tuple(range(3)) + (3,), (0,) * 3)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
try:
    range(3) < range(4)
except TypeError as e:
    print(e)
