# WeakSet &= and intersection_update keep the generator's plain refs (set_intersection adds the other's keys): no callback
import sys
import weakref


class Item:
    pass


a, b, c = Item(), Item(), Item()
w = weakref.WeakSet([a, b, c])
print(weakref.getweakrefcount(a), weakref.getweakrefcount(b), len(w))
w &= [a, b]
print(weakref.getweakrefcount(a), weakref.getweakrefcount(b), weakref.getweakrefcount(c), len(w))
print(sorted(type(r).__name__ + str(r.__callback__ is None) for r in w.data))
del a
print("after a dies:", len(w), len(list(w)), sum(r() is None for r in w.data))
w.intersection_update([b])
print(len(w), weakref.getweakrefcount(b))
v = weakref.WeakSet([b, c])
v ^= [c]
print(len(v), weakref.getweakrefcount(b), weakref.getweakrefcount(c))
del b
print("after b dies:", len(w), len(v))
print(sys.getrefcount(c))
