# functools.total_ordering: the _convert table's generated methods (shared functions renamed to the method they fill, qualname _gt_from_lt...), NotImplemented passed through, refcounts inside the root method, allocation counts
import functools, sys, gc

@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

a, b, c = Version(1, 2), Version(1, 3), Version(1, 2)
print(a < b, a > b, a <= b, a >= b, a <= c, a >= c, b > a, b >= a)
print(sorted(Version.__dict__))
print(Version.__gt__.__name__, Version.__gt__.__qualname__, Version.__gt__.__module__, Version.__gt__.__doc__)
print(type(Version.__gt__).__name__, Version.__le__.__name__, Version.__ge__.__qualname__)
print(a.__gt__(b), a.__gt__(5), Version.__ge__(a, c))
try:
    a > 5
except TypeError as e:
    print("TypeError:", e)
print([(v.major, v.minor) for v in sorted([b, a, Version(0, 9)], reverse=True)])
print(max(a, b).minor, min(a, b).minor)

@functools.total_ordering
class Rev:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        print("gt called", self.n, other.n)
        return self.n > other.n
    def __le__(self, other):
        return self.n <= other.n
x, y = Rev(1), Rev(2)
print(x < y, x >= y)
print(Rev.__ge__.__qualname__, Rev.__lt__.__qualname__, "__gt__" in Rev.__dict__, Rev.__gt__.__qualname__)
print(Version.__gt__ is Rev.__lt__, Version.__ge__.__name__)

@functools.total_ordering
class Ge:
    def __init__(self, n):
        self.n = n
    def __ge__(self, other):
        return self.n >= other.n
print(Ge(1) < Ge(2), Ge(1) > Ge(2), Ge(2) <= Ge(2), Ge(1).__lt__.__qualname__)

try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

class Base:
    def __le__(self, other):
        return True
@functools.total_ordering
class Derived(Base):
    pass
print(sorted(k for k in Derived.__dict__ if k.startswith("__") and k[2:4] in ("lt", "gt", "ge", "le")))

class Noisy:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt refcounts", sys.getrefcount(self), sys.getrefcount(other))
        return self.n < other.n
    def __eq__(self, other):
        print("eq refcounts", sys.getrefcount(self), sys.getrefcount(other))
        return self.n == other.n
Noisy = functools.total_ordering(Noisy)
p, q = Noisy(1), Noisy(2)
print(p > q)
print(p <= q)
print(q <= q)
r = p >= q
print(r)
gc.collect()
def decorate():
    class Fresh:
        def __lt__(self, other):
            return True
    return functools.total_ordering(Fresh)
before = gc.get_count()
F = decorate()
after = gc.get_count()
print(after[0] - before[0])
del F
print(gc.collect())

# The generated methods pass NotImplemented on, so the reflected operation and then the TypeError follow.
@functools.total_ordering
class OnlyInts:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        if isinstance(other, OnlyInts):
            return self.n < other.n
        return NotImplemented
o = OnlyInts(3)
print(o.__le__("x"), o.__gt__(None))
try:
    o >= "x"
except TypeError as e:
    print("TypeError:", e)
try:
    OnlyInts.__gt__(o)
except TypeError as e:
    print("TypeError:", e)

# Counts: the comprehension, max's argument tuple, the iterators and the roots set come and go.
def counts():
    out = []
    for make in [lambda: type("Plain", (), {"__lt__": lambda s, o: True}), lambda: functools.total_ordering(type("Ordered", (), {"__lt__": lambda s, o: True}))]:
        gc.collect()
        before = gc.get_count()
        made = make()
        after = gc.get_count()
        del made
        out.append(after[0] - before[0])
    return out
print(counts(), counts())
v1, v2 = Version(2, 0), Version(3, 0)
ops = []
for compare in [lambda: v1 > v2, lambda: v1 >= v2, lambda: v1 <= v2, lambda: v2 <= v2]:
    gc.collect()
    before = gc.get_count()
    compare()
    after = gc.get_count()
    ops.append(after[0] - before[0])
print(ops)
