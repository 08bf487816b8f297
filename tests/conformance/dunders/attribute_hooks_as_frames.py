# attribute hooks run as frames: counts, finalizers, errors and context
import sys, gc
class D:
    def __init__(self, tag):
        object.__setattr__(self, "tag", tag)
    def __del__(self):
        print("del", self.tag)
class S:
    def __setattr__(self, name, value):
        print("setattr", name, sys.getrefcount(self), sys.getrefcount(value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name, sys.getrefcount(self))
        object.__delattr__(self, name)
s = S()
s.a = D("a1")
s.a = D("a2")
del s.a
print("after del")
S().b = D("temp")
print("after temp")
class G:
    def __getattr__(self, name):
        print("getattr", name, sys.getrefcount(self))
        if name == "boom":
            raise ValueError("no " + name)
        if name == "attr":
            raise AttributeError("custom")
        return D(name)
g = G()
x = g.first
print("got", x.tag)
del x
print(G().second.tag)
try:
    g.boom
except ValueError as e:
    print("ValueError", e)
try:
    g.attr
except AttributeError as e:
    print("AttributeError", e, e.name, e.obj is g)
class GA:
    def __getattribute__(self, name):
        print("getattribute", name, sys.getrefcount(self))
        if name == "missing":
            return object.__getattribute__(self, name)
        return len(name)
ga = GA()
print(ga.abc)
try:
    ga.missing
except AttributeError as e:
    print("AttributeError", e, e.name, e.obj is ga)
print(gc.get_count()[0] >= 0)
class Both:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback " + name
print(Both().zzz)
def gen_getattr(self, name):
    yield name
class GenHook:
    __getattr__ = gen_getattr
print(type(GenHook().q).__name__)
class Wrong:
    def __getattr__(self, name, extra):
        return 1
try:
    Wrong().q
except TypeError as e:
    print("TypeError", e)
class Slots:
    __slots__ = ("v",)
    def __setattr__(self, name, value):
        print("slots set", name)
        object.__setattr__(self, name, value)
sl = Slots()
sl.v = 3
print(sl.v)
try:
    sl.w = 1
except AttributeError as e:
    print("AttributeError", e)
class L(list):
    def __setattr__(self, name, value):
        print("list sub set", name, sys.getrefcount(self))
        object.__setattr__(self, name, value)
l = L()
l.z = 1
print(l.z)
