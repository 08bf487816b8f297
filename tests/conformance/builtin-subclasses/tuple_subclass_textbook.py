# Textbook tuple subclasses: an immutable 2-D vector with __new__, properties and operators; a frozen record as a dict key; sorting and sets of them
import sys


class Vector(tuple):
    __slots__ = ()

    def __new__(cls, x=0.0, y=0.0):
        return super().__new__(cls, (float(x), float(y)))

    x = property(lambda self: self[0])
    y = property(lambda self: self[1])

    def __add__(self, other):
        return Vector(self.x + other[0], self.y + other[1])

    def __sub__(self, other):
        return Vector(self.x - other[0], self.y - other[1])

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"


v = Vector(3, 4)
w = Vector(1, 1)
print(v, w, v + w, v - w, v * 2, 2 * v, -v, abs(v), v == (3.0, 4.0), v + (1, 1), sum([v, w], Vector()))
print(v.x, v.y, v[0], len(v), sorted([v, w, Vector()]), max([v, w], key=abs), Vector() == ())
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    v.x = 5
except AttributeError as e:
    print("AttributeError", e)


class Key(tuple):
    def __new__(cls, *parts):
        return tuple.__new__(cls, parts)


cache = {Key("a", 1): "first", Key("b", 2): "second"}
print(cache[("a", 1)], cache[Key("b", 2)], Key("a", 1) in {("a", 1)}, len({Key(1), (1,), Key(1)}))
k = Key("z", 26)
cache[k] = "last"
print(sys.getrefcount(k), list(cache), sorted(cache, key=lambda t: t[1]))
del cache[k]
print(sys.getrefcount(k))
seen = set()
for item in [Key(1, 2), Key(2, 1), Key(1, 2)]:
    seen.add(item)
print(len(seen), sorted(seen))


class Interval(tuple):
    def __new__(cls, lo, hi):
        if lo > hi:
            raise ValueError(f"empty interval {lo}..{hi}")
        self = super().__new__(cls, (lo, hi))
        self.width = hi - lo
        return self

    def __contains__(self, x):
        return self[0] <= x <= self[1]


i = Interval(2, 5)
print(i, i.width, 3 in i, 9 in i, i.__dict__, (2, 5) == i, i.count(2))
try:
    Interval(5, 2)
except ValueError as e:
    print("ValueError", e)
