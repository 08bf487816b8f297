# A metaclass __prepare__ (a classmethod given the class keywords) returning the namespace dict, which type.__new__ copies and build_class then frees; keywords reaching __init_subclass__ through the metaclass, and the TypeError for one left over
import sys, gc

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, len(bases), kw)
        d = {"injected": [1, 2]}
        print(sys.getrefcount(d))
        return d

    def __new__(mcls, name, bases, ns, **kw):
        print("new", sorted(ns), kw, sys.getrefcount(ns))
        return super().__new__(mcls, name, bases, ns, **kw)


class Base:
    def __init_subclass__(cls, /, tag=None, **kwargs):
        print("init_subclass", cls.__name__, tag, sorted(kwargs), sys.getrefcount(cls))
        super().__init_subclass__(**kwargs)
        cls.tag = tag


marker = []
print(sys.getrefcount(marker))


class D(Base, metaclass=Ordered, tag=marker):
    a = 1
    print("body", sys.getrefcount(marker))


print(D.injected, D.tag is marker, type(D), sys.getrefcount(marker))
try:
    class E(Base, metaclass=Ordered, tag="t", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
n = gc.collect()
print(n, sys.getrefcount(marker))
print(Ordered.__prepare__("Z", ()))
print(type.__prepare__("Z", (), anything=1))
del D
n = gc.collect()
print(n, sys.getrefcount(marker), sys.getrefcount(Ordered))
