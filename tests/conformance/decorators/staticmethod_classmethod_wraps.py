# staticmethod(f)/classmethod(f) copy f's __module__, __name__, __qualname__, __doc__, __annotations__ into a dict of their own (functools_wraps): counts, refcounts, collection
import gc, sys

def counted(label, make):
    gc.collect()
    before = gc.get_count()[0]
    result = make()
    after = gc.get_count()[0]
    print(label, after - before)
    return result

def plain(x):
    "doc of plain"
    return x

s = counted("staticmethod(plain)", lambda: staticmethod(plain))
c = counted("classmethod(plain)", lambda: classmethod(plain))
b = counted("staticmethod(len)", lambda: staticmethod(len))
print(sorted(vars(s)), s.__name__, s.__qualname__, s.__doc__, s.__module__, s.__wrapped__ is plain)
print(vars(s)["__annotations__"] is plain.__annotations__, vars(c)["__annotations__"] is plain.__annotations__)
print(sys.getrefcount(plain.__annotations__), sys.getrefcount(s), sys.getrefcount(plain))
print([type(r).__name__ for r in gc.get_referents(s)], gc.is_tracked(vars(s)))
s.extra = 5
print(s.extra, sorted(vars(s)))

def define():
    class A:
        @staticmethod
        def s(x):
            return x
        @classmethod
        def c(cls, x):
            return x
        def m(self):
            return 1
    return A
A = counted("class with both", define)
print(A.s(1), A.c(2), A().s(3), A().c(4), A.__dict__["s"].__name__, A.__dict__["c"].__qualname__)
print(sys.getrefcount(A.__dict__["s"]), sys.getrefcount(A.__dict__["c"]))
del A
print(gc.collect())

def define_plain():
    class B:
        def s(x):
            return x
        def c(cls, x):
            return x
    return B
B = counted("class without", define_plain)
del B
print(gc.collect())

# A cycle through the staticmethod: the function's default list holds it
def f(keep=[]):
    pass
f.__defaults__[0].append(staticmethod(f))
del f
print(gc.collect())

# A full collection keeps a dict holding an (untracked) dict tracked, as _PyDict_MaybeUntrack does
d = {"a": {}}
e = {"a": (1,)}
gc.collect()
print(gc.is_tracked(d), gc.is_tracked(d["a"]), gc.is_tracked(e), gc.is_tracked(vars(s)))
