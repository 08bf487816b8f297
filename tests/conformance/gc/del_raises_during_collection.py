# __del__ raising during a collection: "Exception ignored in" with the object's repr, the collection goes on
import gc
gc.collect()
class Bad:
    def __init__(self, n): self.n = n
    def __repr__(self): return "Bad(%d)" % self.n
    def __del__(self):
        raise RuntimeError("del failed %d" % self.n)
a = Bad(1); b = Bad(2); a.o = b; b.o = a
del a, b
print(gc.collect())
def gen():
    try:
        yield 1
    finally:
        raise ValueError("finally in collected generator")
class Holder: pass
h = Holder(); h.g = gen(); next(h.g); h.me = h
del h
print(gc.collect())
print("end")
