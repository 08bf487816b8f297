# __slots__ = () and other slots on int, float and str subclasses, bool and other final types refusing subclasses, __class__ assignment, address reuse of freed instances
import gc
import sys


class Slim(int):
    __slots__ = ()


class SlimF(float):
    __slots__ = ()


class SlimS(str):
    __slots__ = ()


for v in (Slim(3), SlimF(2.0), SlimS("ab")):
    print(type(v).__name__, v, sys.getsizeof(v), gc.is_tracked(v), hasattr(v, "__dict__"))
    try:
        v.x = 1
    except AttributeError as e:
        print("AttributeError:", e)
try:

    class I2(int):
        __slots__ = ("a",)

except TypeError as e:
    print("TypeError:", e)


class Weighted(float):
    __slots__ = ("unit",)


w = Weighted(2.5)
w.unit = "kg"
print(w, w.unit, sys.getsizeof(w), hasattr(w, "__dict__"))


class Labelled(str):
    __slots__ = ("label", "__weakref__")


lb = Labelled("x")
lb.label = "y"
print(lb, lb.label, sys.getsizeof(lb))

for base in (bool, range, slice, type(None)):
    try:

        class Bad(base):
            pass

    except TypeError as e:
        print("TypeError:", e)


class T(tuple): pass
class U(T): pass
class V(tuple): pass
class I(int): pass
class J(I): pass
class K(int): pass
class Sl(int): __slots__ = ()
class Sl2(int): __slots__ = ()
class F(float): pass
class G(float): pass
class St(set): pass
class St2(set): pass


for obj, to in [(U(), T), (T(), U), (T(), V), (J(1), I), (I(1), J), (I(1), K), (Sl(1), Sl2), (Sl(1), I), (F(1.0), G), (St(), St2), (I(1), F)]:
    try:
        obj.__class__ = to
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)


class P:
    pass


class Q:
    __slots__ = ("a", "b", "c", "d")


print(id(I(5)) == id(I(6)), id(F(1.0)) == id(F(2.0)), id(SlimS("a")) == id(SlimS("b")), id(St()) == id(St([1])))
a = I(5); ia = id(a); del a
b = Q(); print(id(b) == ia)
a = F(5.0); ia = id(a); del a
b = Q(); print(id(b) == ia)
a = F(5.0); ia = id(a); del a
b = P(); print(id(b) == ia)
a = P(); ia = id(a); del a
b = I(7); print(id(b) == ia)
