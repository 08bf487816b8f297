# weakref.finalize and ordering with __del__
import weakref, gc
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
r = R(1)
f = weakref.finalize(r, print, "finalize 1")
print(f.alive)
del r
print(f.alive)
r2 = R(2)
f2 = weakref.finalize(r2, print, "finalize 2")
print(f2.detach()[1:])
del r2
r3 = R(3); r3.me = r3
f3 = weakref.finalize(r3, lambda: print("finalize 3"))
del r3
print("collect", gc.collect())
r4 = R(4)
f4 = weakref.finalize(r4, print, "called early")
f4()
print(f4.alive)
del r4
