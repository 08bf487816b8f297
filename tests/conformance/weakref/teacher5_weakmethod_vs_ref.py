# weak references to bound methods: WeakMethod vs ref
import weakref, gc
class Obj:
    def __init__(self, n): self.n = n
    def m(self): return self.n
    def __del__(self): print("Obj freed", self.n)
o = Obj(1)
r = weakref.ref(o.m)
print(r())
wm = weakref.WeakMethod(o.m)
print(wm()(), wm() == wm(), wm() is wm())
wm2 = weakref.WeakMethod(o.m)
print(wm == wm2, wm is wm2)
del o
print(wm(), wm == wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
try:
    weakref.WeakMethod(lambda: 1)
except TypeError as e:
    print(e)
hits = []
o2 = Obj(2)
wm3 = weakref.WeakMethod(o2.m, lambda ref: hits.append("cb"))
del o2
print(hits)
class Func:
    pass
def f(): pass
o3 = Obj(3)
f3 = weakref.finalize(o3, print, "finalizer", 3)
print(f3.atexit, f3.alive)
f3.atexit = False
del o3
print(f3.alive)
