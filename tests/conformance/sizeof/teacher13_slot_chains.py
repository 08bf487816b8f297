# Slot layouts down an inheritance chain: sizes, tracking, a __dict__ added by a subclass, and unset slots
import sys, gc
class A:
    __slots__ = ('a', 'b')
class B(A):
    __slots__ = ('c',)
class C(B):
    __slots__ = ()
class D(C):
    pass
class E(A):
    __slots__ = ('__dict__',)
for k in (A, B, C, D, E):
    o = k()
    print(k.__name__, sys.getsizeof(o), k.__basicsize__, k.__itemsize__, gc.is_tracked(o), sorted(k.__dict__.keys() - {'__module__', '__doc__', '__qualname__'}))
o = D(); o.a = 1; o.c = [o]; o.z = 3
print(sys.getsizeof(o), sys.getsizeof(o.__dict__), vars(o))
del o
print(gc.collect())
class P:
    __slots__ = ('x',)
    def __init__(self, x): self.x = x
ps = [P(i) for i in range(5)]
print(sys.getsizeof(ps), sum(sys.getsizeof(p) for p in ps))
print(P.x.__get__(ps[2]), P.x.__name__, P.x.__objclass__ is P)
del ps[1].x
try:
    ps[1].x
except AttributeError as e:
    print(e)
print([getattr(p, 'x', None) for p in ps])
class Q(P):
    __slots__ = ('x',)
q = Q(1)
print(sys.getsizeof(q), Q.__basicsize__)
