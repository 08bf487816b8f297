# what gc.collect() returns after deleting classes of different shapes (types sit in cycles)
import gc
gc.collect()
class A: pass
del A
print("plain", gc.collect())
class B:
    def m(self): pass
    x = 1
del B
print("with method", gc.collect())
class C:
    __slots__ = ("a",)
del C
print("slots", gc.collect())
class D: pass
class E(D): pass
del D, E
print("pair", gc.collect())
class F:
    def __init__(self): self.me = self
f = F()
del F, f
print("class and instance cycle", gc.collect())
def make():
    class Local:
        def get(self): return __class__
    return Local
L = make()
del L
print("closure class", gc.collect())
