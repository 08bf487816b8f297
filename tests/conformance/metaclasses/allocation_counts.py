# What gc.get_count() gains from a class made by a metaclass (statement, Meta(...), type.__new__(Meta, ...), with keywords and __prepare__), from calls through a metaclass __call__, and from keywords passed to __init_subclass__
import gc, sys

class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.kw = kw

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)
    def __call__(cls, *a, **k):
        return super().__call__(*a, **k)

class Prep(Meta):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"p": 1}

class Plain(type):
    pass

class P:
    pass

def counted(label, make):
    gc.collect()
    before = gc.get_count()[0]
    r = make()
    after = gc.get_count()[0]
    print(label, after - before)
    return r

def a():
    class A(Base, x=1):
        pass
    return A
def b():
    class B(Base, metaclass=Meta, y=2):
        pass
    return B
def c():
    class C(metaclass=Meta):
        pass
    return C
def d():
    class D(P, metaclass=Prep):
        def method(self):
            return __class__
    return D
def e():
    class E(metaclass=type):
        pass
    return E
def f():
    class F(P, metaclass=Plain):
        pass
    return F

A = counted("keywords", a)
B = counted("metaclass and keywords", b)
C = counted("metaclass", c)
D = counted("__prepare__", d)
E = counted("metaclass=type", e)
F = counted("metaclass without methods", f)
o = counted("__call__", C)
ns = {}
T = counted("type() with keywords", lambda: type("T", (Base,), {}, z=3))
M = counted("Meta()", lambda: Meta("M", (), {}))
M2 = counted("Meta() with keywords", lambda: Meta("M2", (Base,), {}, w=1))
N = counted("type.__new__(Plain)", lambda: type.__new__(Plain, "N", (P,), ns))
N2 = counted("type.__new__(Plain) two bases", lambda: type.__new__(Plain, "N2", (P, Base), ns))
print(A.kw, B.kw, T.kw, M2.kw, D.p, D().method() is D)
del A, B, C, D, E, F, o, T, M, M2, N, N2
print(gc.collect())
