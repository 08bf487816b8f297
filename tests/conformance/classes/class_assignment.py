# __class__ assignment (object_set_class): layouts, errors, the dict made from inline values, class refcounts, __del__ of the new class.
import gc, sys
class A:
    def __init__(self):
        self.x = [1]
        self.y = "s"
class B:
    pass
a = A()
print(len(gc.get_referents(a)), sys.getrefcount(A), sys.getrefcount(B))
a.__class__ = B
print([type(r).__name__ for r in gc.get_referents(a)], sys.getrefcount(A), sys.getrefcount(B))
print(type(a).__name__, a.__class__.__name__, a.x, sys.getsizeof(a.__dict__))
class S:
    __slots__ = ("x",)
for target in (S, int, 5):
    try:
        a.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
try:
    (1).__class__ = A
except TypeError as e:
    print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
class L(list): pass
class M(list): pass
l = L([1])
l.__class__ = M
print(type(l).__name__, l)
try:
    l.__class__ = A
except TypeError as e:
    print("TypeError:", e)
class E1(Exception): pass
class E2(Exception): pass
class E3(KeyError): pass
e = E1("m")
e.__class__ = E2
print(type(e).__name__, e)
try:
    e.__class__ = E3
    print(type(e).__name__)
except TypeError as err:
    print("TypeError:", err)
class W:
    __slots__ = ()
class V:
    __slots__ = ()
w = W()
w.__class__ = V
print(type(w).__name__)
try:
    w.__class__ = B
except TypeError as err:
    print("TypeError:", err)
b2 = B()
b2.__class__ = A
print(type(b2).__name__, b2.__dict__)
import weakref
class Old:
    def __del__(self):
        print("Old.__del__")
class New:
    def __del__(self):
        print("New.__del__", self.v)
o = Old()
o.v = 1
gone = weakref.ref(Old, lambda r: print("class Old freed"))
o.__class__ = New
print(sys.getrefcount(New))
del Old
gc.collect()
print("after collect", gone() is None)
del o
print("end")
