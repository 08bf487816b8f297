# A class with its own __setattr__ or __delattr__ only: slot_tp_setattro calls object's other one by name, with its argument tuples.
import sys
class D:
    def __get__(self, obj, t): return 1
    def __set__(self, obj, value):
        print("set", sys.getrefcount(obj), sys.getrefcount(value), sys.getrefcount(self))
    def __delete__(self, obj):
        print("delete", sys.getrefcount(obj), sys.getrefcount(self))
class A:
    d = D()
class B:
    d = D()
    def __setattr__(self, n, v):
        print("B.setattr", sys.getrefcount(self), sys.getrefcount(v))
        object.__setattr__(self, n, v)
class C:
    d = D()
    def __delattr__(self, n):
        print("C.delattr", sys.getrefcount(self))
        object.__delattr__(self, n)
v = [1]
for cls in (A, B, C):
    o = cls()
    o.d = v
    del o.d
    setattr(o, "d", v)
    delattr(o, "d")
class E:
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v)
e = E(); e.x = [2]
print(sys.getrefcount(e.x))
del e.x
print(hasattr(e, "x"))
