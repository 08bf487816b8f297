# weak containers: setdefault, pop, popitem and copy, WeakSet operators, several refs to one object
import weakref, gc
gc.collect()
class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "O%d" % self.n
a, b, c = O(1), O(2), O(3)
wv = weakref.WeakValueDictionary({"a": a, "b": b})
print(wv.setdefault("c", c), wv.setdefault("a", c), len(wv))
print(wv.pop("b"), wv.pop("zz", "dflt"), sorted(wv.keys()))
try:
    wv.pop("zz")
except KeyError as e:
    print("KeyError", e)
k, v = wv.popitem()
print(k in ("a", "c"), len(wv))
cp = wv.copy()
print(type(cp).__name__, len(cp))
wk = weakref.WeakKeyDictionary()
wk[a] = 1; wk[b] = 2
print(wk.setdefault(c, 3), wk.pop(a), len(wk), wk.get(b), a in wk)
try:
    wk[1] = 2
except TypeError as e:
    print(e)
ws = weakref.WeakSet([a, b])
ws2 = weakref.WeakSet([b, c])
print(sorted(map(repr, ws | ws2)), sorted(map(repr, ws & ws2)), sorted(map(repr, ws - ws2)), ws <= weakref.WeakSet([a, b, c]))
ws.discard(a); ws.remove(b)
try:
    ws.remove(b)
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
print(len(ws), ws.pop() if ws else "empty")
x = O(9)
r1 = weakref.ref(x, lambda r: print("cb1"))
r2 = weakref.ref(x, lambda r: print("cb2"))
r3 = weakref.ref(x)
print(r1 is r2, r3 is weakref.ref(x), weakref.getweakrefcount(x), len(weakref.getweakrefs(x)))
del x
print("done", r1(), r3())
