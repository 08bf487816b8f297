# __slots__ objects: no __dict__, smaller, still refcounted through their slots
import sys
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class D:
    def __init__(self, x, y):
        self.x = x
        self.y = y
val = [0]
p = P(val, val)
d = D(val, val)
print("val", sys.getrefcount(val))
print("sizes", sys.getsizeof(p), sys.getsizeof(d), sys.getsizeof(d.__dict__))
print(hasattr(p, "__dict__"), hasattr(d, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
print("after del slot", sys.getrefcount(val))
print(type(P.x).__name__, P.x.__name__)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(sys.getsizeof(q), q.__dict__)
class R(P):
    __slots__ = ("z",)
print(sys.getsizeof(R(1, 2)))
del p, d
print("end", sys.getrefcount(val))
