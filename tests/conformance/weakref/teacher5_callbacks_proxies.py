# weak refs: callbacks, temporaries in WeakValueDictionary, WeakKeyDictionary, proxies
import weakref, gc
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"K{self.n}"
wvd = weakref.WeakValueDictionary()
wvd["tmp"] = K(1)
print(len(wvd), list(wvd.items()))
wvd["keep"] = k = K(2)
print(list(wvd.items()))
print(wvd.get("tmp", "gone"), wvd.setdefault("new", k))
print(sorted(wvd))
wkd = weakref.WeakKeyDictionary()
a, b = K(3), K(4)
wkd[a] = "a"; wkd[b] = "b"
print(sorted(v for v in wkd.values()))
del a
print(list(wkd.values()))
def cb(ref):
    print("callback, dead:", ref() is None)
x = K(5)
r = weakref.ref(x, cb)
print(weakref.getweakrefcount(x), len(weakref.getweakrefs(x)))
r2 = weakref.ref(x)
print(r2 is weakref.ref(x), r is r2)
del x
print(r(), r2())
p = weakref.proxy(K(6))
try:
    p.n
except ReferenceError as e:
    print("ReferenceError", e)
y = K(7)
py = weakref.proxy(y)
print(py.n, repr(py)[:25] == repr(py)[:25])
ws = weakref.WeakSet([K(8), y])
print(len(ws), list(ws))
print(weakref.ref(y) == weakref.ref(y), hash(weakref.ref(y)) == hash(y))
