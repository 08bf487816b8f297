# copy.copy and copy.deepcopy of namedtuples and tuple subclasses: through __reduce_ex__(4), __getnewargs__ and __newobj__, the __dict__ as state
import copy
import gc
import sys
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point([1], [2])
shallow = copy.copy(p)
deep = copy.deepcopy(p)
print(shallow, deep, shallow is p, deep is p, shallow.x is p.x, deep.x is p.x, type(deep).__name__)
print(sys.getrefcount(p.x), sys.getrefcount(shallow), sys.getrefcount(deep.x))


class Row(tuple):
    pass


r = Row([[1], 2])
r.tag = ["tag"]
rc = copy.copy(r)
rd = copy.deepcopy(r)
print(rc, rd, type(rc).__name__, rc.__dict__, rd.__dict__, rc.tag is r.tag, rd.tag is r.tag, rd[0] is r[0])


class Frozen(tuple):
    __slots__ = ()


f = Frozen("ab")
print(copy.copy(f), copy.deepcopy(f), copy.copy(f) is f, type(copy.deepcopy(f)).__name__)


class Labelled(Point):
    def __del__(self):
        print("Labelled.__del__", self)


lab = Labelled(1, [2])
lab.note = "n"
twin = copy.deepcopy(lab)
print(twin, twin.note, type(twin).__name__, twin.y is lab.y)
del twin
print("twin gone")


class Strict(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))


try:
    copy.copy(Strict(1, 2))
except TypeError as e:
    print("TypeError", e)


class BadArgs(tuple):
    def __getnewargs__(self):
        return [1]


try:
    copy.copy(BadArgs())
except TypeError as e:
    print("TypeError", e)
nested = Point(Point(1, [2]), [Point(3, 4)])
copied = copy.deepcopy(nested)
print(copied, copied.x.y is nested.x.y, copied.y[0] is nested.y[0], copied.y[0] == nested.y[0])
shared = [0]
pair = Point(shared, shared)
dp = copy.deepcopy(pair)
print(dp.x is dp.y, dp.x is shared)
gc.collect()
for obj in (p, r, f):
    for fn in (copy.copy, copy.deepcopy):
        kept = fn(obj)
        kept = fn(obj)
        before = gc.get_count()[0]
        kept = fn(obj)
        print(type(obj).__name__, fn.__name__, gc.get_count()[0] - before)
del lab
print("end")
