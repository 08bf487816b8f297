# weakref caches: WeakValueDictionary with temporaries, WeakSet, finalize with args, WeakMethod
import weakref, gc
class Img:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Img({self.n})"
cache = weakref.WeakValueDictionary()
def load(n):
    img = cache.get(n)
    if img is None:
        img = Img(n)
        cache[n] = img
        print("loaded", n)
    return img
a = load(1)
load(2)
print(sorted(cache.keys()))
b = load(1)
print(a is b, len(cache))
cache[3] = Img(3)
print(3 in cache, len(cache))
del a, b
print(sorted(cache.keys()))
ws = weakref.WeakSet()
x = Img(10); y = Img(11)
ws.add(x); ws.add(y); ws.add(Img(12))
print(len(ws))
del x
print(len(ws), y in ws)
def bye(name, *rest, **kw):
    print("finalize", name, rest, sorted(kw.items()))
    return 42
o = Img(20)
f = weakref.finalize(o, bye, "o", 1, 2, flag=True)
print(f.alive, f.peek()[1:], f.peek()[0].__name__)
del o
print(f.alive, f(), f.detach())
o2 = Img(21)
f2 = weakref.finalize(o2, bye, "o2")
print(f2(), f2.alive)
print(f2())
del o2
class Counter:
    def __init__(self): self.n = 0
    def inc(self): self.n += 1; return self.n
c = Counter()
wm = weakref.WeakMethod(c.inc)
print(wm()(), wm()())
r = weakref.ref(c.inc)
print(r())
del c
print(wm())
