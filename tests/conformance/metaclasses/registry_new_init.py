# A metaclass's __new__ (registering each class) and __init__ with keywords, its methods and properties seen from the class but not its instances; refcounts of the metaclass, sizes, and what gc.collect() frees
import sys, gc

class Meta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, len(bases), sorted(ns), kw, sys.getrefcount(ns))
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        print("made", name, sys.getrefcount(cls), sys.getrefcount(mcls))
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw, sys.getrefcount(cls))
        super().__init__(name, bases, ns)

    def hello(cls):
        return "hello from " + cls.__name__

    @property
    def upper(cls):
        return cls.__name__.upper()


print(sys.getrefcount(Meta))


class A(metaclass=Meta):
    x = 1

    def m(self):
        return type(self).__name__


print(sys.getrefcount(Meta))


class B(A, flag=True):
    pass


print(sys.getrefcount(Meta), sys.getrefcount(A), sys.getrefcount(B))
print(type(A), type(B), isinstance(A, Meta), isinstance(B, type), A.__class__)
print(A.hello(), B.upper, A.x, B.m(B()))
print(hasattr(A(), "hello"), hasattr(A(), "upper"), hasattr(A, "hello"))
print(sorted(Meta.registry))
print(sys.getsizeof(A), sys.getsizeof(B), sys.getsizeof(Meta))
print(sorted(Meta.__dict__))
Meta.registry.clear()
del A, B
n = gc.collect()
print(n, sys.getrefcount(Meta))

X = Meta("X", (), {"y": 2})
print(type(X), X.y, sys.getrefcount(X))
Y = type("Y", (X,), {})
print(type(Y), sys.getrefcount(Meta))
del X, Y
Meta.registry.clear()
n = gc.collect()
print(n, sys.getrefcount(Meta))
