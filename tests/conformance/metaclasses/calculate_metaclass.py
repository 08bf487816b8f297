# The most derived metaclass wins (a subclass of a class with a metaclass gets it, type(name, bases, ns) too), the "metaclass conflict" TypeError, a function as metaclass, a __prepare__ that returns no mapping, and a __classcell__ not passed on to type.__new__
import sys, gc

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass

try:
    class C(A, B): pass
except TypeError as e:
    print(e)
try:
    type("C", (A, B), {})
except TypeError as e:
    print(e)

class M3(M1): pass
class D(A, metaclass=M3): pass
class E(D): pass
class F(A, metaclass=type): pass
print(type(D), type(E), type(F), type(type("G", (A,), {})))
print(sys.getrefcount(M1), sys.getrefcount(M3))

try:
    class G(metaclass=M1, flag=1): pass
except TypeError as e:
    print(e)

def fmeta(name, bases, ns, **kw):
    print("fmeta", name, bases, sorted(ns), kw)
    return [name]

class R(metaclass=fmeta, z=3):
    q = 1
print(R)

class NoMap(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class S(metaclass=NoMap): pass
except TypeError as e:
    print(e)

class Drop(type):
    def __new__(mcls, name, bases, ns):
        ns2 = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns2)
try:
    class T(metaclass=Drop):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)

class Lazy(type):
    def __new__(mcls, name, bases, ns):
        print("Lazy.__new__", name)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Lazy.__init__", name)

class U(metaclass=Lazy):
    def who(self):
        return __class__.__name__
V = type("V", (U,), {"a": 1})
print(type(V), V.a, V().who())
W = Lazy("W", (), {})
print(type.__call__(Lazy, "Z", (), {}), Lazy.__mro__)
try:
    Lazy("only one")
except TypeError as e:
    print(e)
print(sys.getrefcount(Lazy))
del U, V, W
n = gc.collect()
print(n, sys.getrefcount(Lazy))
del A, B, D, E, F
n = gc.collect()
print(n, sys.getrefcount(M1), sys.getrefcount(M3))
