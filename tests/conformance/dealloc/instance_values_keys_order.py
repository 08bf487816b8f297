# An instance's attribute values are released in the order its class first saw the names (the shared keys),
# not the order this instance set them: slots first, then the values, then the class.
import weakref


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Quiet:
    pass


class A:
    pass


first = A()
first.x = 1
first.y = 2
first.z = 3

b = A()
b.z = Loud("bz")
b.x = Loud("bx")
b.y = Loud("by")
del b

print("-- deleted and set again keeps its place")
e = A()
e.x = Loud("ex")
e.y = Loud("ey")
e.z = Loud("ez")
del e.x
e.x = Loud("ex2")
del e

print("-- a name a later instance adds goes after the others")
f = A()
f.w = Loud("fw")
f.x = Loud("fx")
g = A()
g.x = Loud("gx")
g.w = Loud("gw")
del f
del g

print("-- weakref callbacks follow the same order")
h = A()
h.z = Quiet()
h.y = Quiet()
h.x = Quiet()
refs = [weakref.ref(h.z, lambda r: print("callback z")), weakref.ref(h.x, lambda r: print("callback x"))]
del h

print("-- a subclass has keys of its own")
class B(A):
    pass

k = B()
k.y = Loud("ky")
k.x = Loud("kx")
m = B()
m.x = Loud("mx")
m.y = Loud("my")
del k
del m

print("-- slots first, most derived class first, each sorted")
class S:
    __slots__ = ("b", "a", "__dict__")

class T(S):
    __slots__ = ("d", "c")

class U(T):
    pass

u = U()
u.q = Loud("uq")
u.a = Loud("ua")
u.d = Loud("ud")
u.p = Loud("up")
u.c = Loud("uc")
u.b = Loud("ub")
del u
print("end")
