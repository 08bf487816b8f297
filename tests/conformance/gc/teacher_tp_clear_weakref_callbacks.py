# tp_clear order and weakref callbacks inside cyclic garbage
import gc, weakref
class Obj:
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
log = []
a = Obj("a"); b = Obj("b")
a.b = b; b.a = a
wa = weakref.ref(a, lambda r: print("wa cb"))
wb = weakref.ref(b, lambda r: print("wb cb"))
del a, b
print(gc.collect())
class Fin:
    def __init__(self, name): self.name = name
    def __del__(self): print("fin", self.name, hasattr(self, "peer"))
x = Fin("x"); y = Fin("y"); z = Fin("z")
x.peer = y; y.peer = z; z.peer = x
del x, y, z
print(gc.collect())
holder = Obj("holder")
cyc = Obj("cyc"); cyc.me = cyc
cyc.w = weakref.ref(holder, lambda r: print("cyc's callback"))
del cyc
del holder
print(gc.collect())
