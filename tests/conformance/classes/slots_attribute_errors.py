# __slots__ errors: unset slots read and deleted (PyMember_SetOne names only the member), no __dict__ or weakref, slot conflicts
import weakref
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
class Q:
    __slots__ = ("x", "__dict__", "__weakref__")
q = Q()
q.x = 1; q.other = 2
print(q.__dict__, weakref.ref(q)() is q)
print(type(P.x).__name__, P.x.__name__, P.x.__objclass__ is P)
print(P.__slots__, Q.__slots__)
class R(P):
    pass
r = R(5)
r.extra = 1
print(r.__dict__, r.x)
class S(P):
    __slots__ = ("z",)
s = S(2); s.z = 3
try:
    s.w = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2:
        __slots__ = ("a", "a")
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad3:
        __slots__ = ("1a",)
except TypeError as e:
    print("TypeError:", e)
