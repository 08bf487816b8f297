# WeakKeyDictionary and WeakSet as registries
import weakref, gc
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
meta = weakref.WeakKeyDictionary()
objs = [Obj(i) for i in range(4)]
for o in objs:
    meta[o] = o.n * 10
print(len(meta), sorted(meta.values()))
del objs[0]
print(len(meta))
ws = weakref.WeakSet(objs)
print(len(ws))
objs.pop()
print(len(ws), len(meta))
objs.clear()
print(len(ws), len(meta), list(meta.items()))
a = Obj("a"); a.self = a
ws.add(a); meta[a] = 1
del a
print(len(ws), len(meta))
gc.collect()
print(len(ws), len(meta))
