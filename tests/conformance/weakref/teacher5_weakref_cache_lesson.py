# weakref caches lesson
import weakref, gc, sys
class Data:
    def __init__(self, k): self.k = k
    def __repr__(self): return f"Data({self.k})"
cache = weakref.WeakValueDictionary()
for i in range(5):
    cache[i] = Data(i)
print(len(cache), list(cache.keys()))
keep = [Data(i) for i in range(3)]
for d in keep:
    cache[d.k] = d
print(len(cache), sorted(cache.items(), key=lambda kv: kv[0]))
keep.pop()
print(sorted(cache.keys()))
try:
    cache["x"] = 5
except TypeError as e:
    print(e)
wk = weakref.WeakKeyDictionary()
try:
    wk[1] = "one"
except TypeError as e:
    print(e)
try:
    weakref.ref([1, 2])
except TypeError as e:
    print(e)
try:
    weakref.ref("s")
except TypeError as e:
    print(e)
class Slotted:
    __slots__ = ("a",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print(e)
class SlottedW:
    __slots__ = ("a", "__weakref__")
sw = SlottedW()
r = weakref.ref(sw)
print(r() is sw, sys.getsizeof(sw) - sys.getsizeof(Slotted()))
ws = weakref.WeakSet()
for i in range(3):
    ws.add(Data(i))
print(len(ws))
x = Data("x")
ws.add(x)
print(len(ws), x in ws, Data("y") in ws)
ws2 = weakref.WeakSet([x])
print(ws == ws2, ws2 <= ws, len(ws | ws2))
def report(name, value):
    print("finalized", name, value)
class Res:
    pass
r1 = Res()
fin = weakref.finalize(r1, report, "r1", value=[1, 2])
print(fin.alive, fin.atexit)
r1 = None
print(fin.alive)
r2 = Res()
fin2 = weakref.finalize(r2, report, "r2", 0)
res = fin2.detach()
print(res[0] is r2, res[1] is report, res[2], res[3], fin2.alive)
del r2
print("no finalizer ran")
r3 = Res()
r3.self = r3
fin3 = weakref.finalize(r3, report, "r3", None)
del r3
print("cycle alive", fin3.alive)
gc.collect()
print("after collect", fin3.alive)
import functools
@functools.lru_cache(maxsize=2)
def make(n):
    return Data(n)
a = make(1); make(2); make(1); make(3)
print(make.cache_info())
wa = weakref.ref(a)
del a
print(wa() is not None)
make.cache_clear()
print(wa())
