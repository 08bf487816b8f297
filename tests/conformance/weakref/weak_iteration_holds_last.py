# Iterating a WeakSet or weak dictionary: the generator's locals keep the last item (and its weak reference) alive until its next step
import weakref, sys

class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

a = A("set item")
ws = weakref.WeakSet([a])
for x in ws:
    print(sys.getrefcount(x))
    del x
    del a
    print("after del")
print("loop done")

b = A("key")
wk = weakref.WeakKeyDictionary()
wk[b] = A("value")
for name in ("keys", "values", "items"):
    for item in getattr(wk, name)():
        print(name, sys.getrefcount(b))
    del item
print(sys.getrefcount(b))
for k in wk:
    del k, b
    print("after del key")
print("done with keys")

c = A("wv")
wv = weakref.WeakValueDictionary()
wv["k"] = c
for name in ("keys", "values", "items"):
    for item in getattr(wv, name)():
        print(name, sys.getrefcount(c))
    del item
it = iter(wv.values())
v = next(it)
del v, c
print("still held by the generator")
del it
print("generator gone")
