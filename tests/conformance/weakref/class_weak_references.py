# A class's bases keep a weak reference to it (its __subclasses__ entry): weakref.ref(C) reuses it; __weakref__ is a list's head.
import weakref, sys
class C: pass
c = C()
r1 = weakref.ref(c, lambda r: None)
r2 = weakref.ref(c, lambda r: None)
print(c.__weakref__ is r2)
r0 = weakref.ref(c)
print(c.__weakref__ is r0)
print(C.__weakref__.__objclass__ is C)
print(C.__weakref__ is not None, len(weakref.getweakrefs(C)), sys.getrefcount(weakref.getweakrefs(C)[0]))
class D(C): pass
w = weakref.ref(D)
print(sys.getrefcount(w), weakref.getweakrefcount(D))
del D
import gc
print(gc.collect(), w())
