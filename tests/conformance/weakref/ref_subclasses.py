# Subclasses of weakref.ref: a new weak reference each time (linked after the basic ref), a __dict__ or __slots__, their own __new__/__init__/__call__, callbacks
import weakref, sys, gc
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"A{self.n}"
class R(weakref.ref):
    pass
a = A(1)
r = R(a)
print(type(r).__name__, r() is a, sys.getsizeof(r), gc.is_tracked(r), r is R(a), weakref.getweakrefcount(a), isinstance(r, weakref.ref))
plain = weakref.ref(a)
print(weakref.getweakrefs(a) == [plain, r], r == plain, hash(r) == hash(plain))
r.note = "hello"
print(r.note, r.__dict__, sys.getsizeof(r))
class Named(weakref.ref):
    __slots__ = ("name",)
    def __init__(self, ob, callback=None, name="?"):
        super().__init__(ob, callback)
        self.name = name
    def __new__(cls, ob, callback=None, name="?"):
        return super().__new__(cls, ob, callback)
def cb(ref):
    print("callback for", ref.name, ref())
n1 = Named(a, cb, name="first")
n2 = Named(a, None, name="second")
print(n1.name, n2.name, sys.getsizeof(n1), weakref.getweakrefcount(a))
print([type(x).__name__ for x in weakref.getweakrefs(a)])
print(sys.getrefcount(Named), sys.getrefcount(R))
del a
print("after del", r(), n1(), n2.name)
try:
    R()
except TypeError as e:
    print(e)
try:
    R(1)
except TypeError as e:
    print(e)
try:
    R(A(2), None, 3)
except TypeError as e:
    print(e)
try:
    R(A(2), x=1)
except TypeError as e:
    print(e)
class Counted(weakref.ref):
    def __call__(self):
        obj = super().__call__()
        print("deref ->", obj)
        return obj
b = A(3)
c = Counted(b)
print(c() is b)
del b
print(c())
x = A(4)
rr = R(x, lambda ref: print("lambda saw", type(ref).__name__))
x2 = rr
del x
print(gc.collect())
z = A(5); z.me = z
rz = R(z, lambda ref: print("cycle cb", ref() is None))
del z
print(gc.collect())
print(repr(R(A(6)))[:10])
print(weakref.ref.__call__(r) is a)
try:
    weakref.ref.__call__(a)
except TypeError as e:
    print(e)
gc.collect()
c0 = gc.get_count()
rs = [R(a) for _ in range(3)]
c1 = gc.get_count()
del rs
c2 = gc.get_count()
print(c0, c1, c2, weakref.getweakrefcount(a))
class RS(weakref.ref):
    __slots__ = ()
print(sys.getsizeof(RS(a)), hasattr(RS(a), "__dict__"))
try:
    weakref.ref(RS(a))
except TypeError as e:
    print(e)
print(weakref.ref(r)() is r)
try:
    weakref.ref()
except TypeError as e:
    print(e)
try:
    weakref.ref(r, callback=None)
except TypeError as e:
    print(e)
