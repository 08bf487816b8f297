# __class__ assignment between tuple subclasses and namedtuples: only classes adding nothing to tuple's layout are interchangeable
import sys
from collections import namedtuple


class A(tuple):
    pass


class B(tuple):
    pass


class C(tuple):
    __slots__ = ()


class D(tuple):
    __slots__ = ()


class L(list):
    pass


P = namedtuple("P", "x y")
Q = namedtuple("Q", "x y")
for obj, to in [(A((1, 2)), B), (C((1,)), D), (A(), C), (C(), A), (C(), list), (P(1, 2), Q), (P(1, 2), A), (P(1, 2), C), (L(), A), (A(), A)]:
    try:
        obj.__class__ = to
        print("ok", type(obj).__name__, obj)
    except TypeError as e:
        print("TypeError", e)
p = P(3, 4)
before = sys.getrefcount(Q)
p.__class__ = Q
print(p, p.x, sys.getrefcount(Q) - before, type(p) is Q)
del p
print(sys.getrefcount(Q) - before)
