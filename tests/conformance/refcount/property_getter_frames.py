# Property getters run as frames of the loop: refcounts inside, errors and their context, the __getattr__ fallback, a generator getter
import sys
class O:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class A:
    def __init__(self): self._v = O("v")
    @property
    def v(self):
        print("in getter", sys.getrefcount(self))
        return self._v
    @property
    def bad(self):
        return self.missing_thing
    @property
    def boom(self):
        raise ValueError("boom")
a = A()
print(a.v.n)
print(A().v.n)
try:
    a.bad
except AttributeError as e:
    print("AE", e, e.name, e.obj is a)
try:
    A().boom
except ValueError as e:
    print("VE", e)
class B:
    @property
    def x(self):
        raise AttributeError("from getter")
    def __getattr__(self, name):
        return "fallback " + name
print(B().x)
class C:
    @property
    def gen(self):
        yield 1
print(list(C().gen))
def hot():
    out = []
    for i in range(12):
        out.append(a.v.n)
    return out
print(hot())
a.bad2 = 1
try:
    print(a.bad)
except AttributeError as e:
    print("AE2", e)
print("end")
