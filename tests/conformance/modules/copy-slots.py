# Copying instances with __slots__: slot values travel in copyreg's state, and classes cache __slotnames__.
import copy
import sys

class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __slots__ = "__z"

class Mixed:
    __slots__ = ("fixed", "__dict__")

p = Point([1], 2)
print("has __slotnames__ before:", "__slotnames__" in Point.__dict__)
p1 = copy.copy(p)
print("after copy:", Point.__slotnames__, p1.x is p.x, p1.y)
p2 = copy.deepcopy(p)
print("deepcopy:", p2.x is not p.x, p2.x, sys.getrefcount(p.x))

q = Point3(1, 2)
q._Point3__z = [3]
q2 = copy.deepcopy(q)
print("subclass:", Point3.__slotnames__, q2._Point3__z, q2._Point3__z is not q._Point3__z)
half = Point3(5, 6)
half_copy = copy.copy(half)
print("unset slot stays unset:", hasattr(half_copy, "_Point3__z"), half_copy.x)

m = Mixed()
m.fixed = [1]
m.extra = [2]
m2 = copy.deepcopy(m)
print("slots and dict:", m2.fixed, m2.extra, m2.fixed is not m.fixed, Mixed.__slotnames__)
