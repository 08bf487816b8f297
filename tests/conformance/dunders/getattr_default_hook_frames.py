# getattr with a default and hasattr through a Python __getattr__ / __getattribute__
import sys
sys.setrecursionlimit(300)  # a lower limit keeps these probes short
import sys, gc
class A:
    def __init__(self):
        self.real = [1]
    def __getattr__(self, name):
        print("getattr", name, sys.getrefcount(self))
        if name == "boom":
            raise ValueError("boom")
        if name == "sub":
            raise KeyError("not attr")
        if name.startswith("x"):
            return name * 2
        raise AttributeError(name)
a = A()
print(getattr(a, "real", None), getattr(a, "xy", None), getattr(a, "zz", "dflt"))
print(hasattr(a, "real"), hasattr(a, "xy"), hasattr(a, "zz"))
try:
    getattr(a, "boom", 1)
except ValueError as e:
    print("caught", e)
try:
    hasattr(a, "sub")
except KeyError as e:
    print("caught", e)
d = object()
print(getattr(a, "nope", d) is d, sys.getrefcount(d))
class E(AttributeError):
    pass
class B:
    def __getattr__(self, name):
        raise E("sub-attr")
print(getattr(B(), "q", 5), hasattr(B(), "q"))
class G:
    def __getattribute__(self, name):
        if name == "ok":
            return 1
        raise AttributeError(name)
print(getattr(G(), "ok", 0), getattr(G(), "no", 0), hasattr(G(), "no"))
class Tracked:
    def __del__(self):
        print("tracked freed")
class C:
    def __getattr__(self, name):
        t = Tracked()
        raise AttributeError(name)
print(getattr(C(), "q", "d"))
print("after")
class Deep:
    def __init__(self, parent):
        self.parent = parent
    def __getattr__(self, name):
        if self.parent is None:
            raise AttributeError(name)
        return getattr(self.parent, name, None) if name != "h" else hasattr(self.parent, name)
def chain(n):
    x = Deep(None)
    x.v = 7
    for i in range(n):
        x = Deep(x)
    try:
        return getattr(x, "v", "d"), x.h
    except RecursionError:
        return "deep"
print([chain(n) for n in (10, 295, 296)])
for i in range(20):
    r = getattr(a, "xk", None), hasattr(a, "q")
print(r)
print(gc.collect())
