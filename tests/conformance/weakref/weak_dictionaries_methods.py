import gc, sys, weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

gc.disable()
cache = weakref.WeakValueDictionary()
print(sys.getrefcount(cache), sys.getsizeof(cache), len(cache), bool(cache))
a = Node("a")
b = Node("b")
cache["a"] = a
cache["b"] = b
cache["a2"] = a
print(sys.getrefcount(a), weakref.getweakrefcount(a), len(cache))
print(sys.getsizeof(cache.valuerefs()[0]), type(cache.valuerefs()[0]).__name__)
def cb(r):
    print("user callback")
r = weakref.ref(a, cb)
del a
print(len(cache), sorted(cache))
print(cache.get("a", "missing"), "a" in cache, "b" in cache)
print(cache.pop("b").name, len(cache))
print(sys.getrefcount(b))
print(cache.setdefault("c", b).name, sorted(cache.keys()))
for k, v in cache.items():
    print(k, v.name)
print([v.name for v in cache.values()])
try:
    cache["zzz"]
except KeyError as e:
    print("KeyError", e)
try:
    cache["n"] = 5
except TypeError as e:
    print("TypeError", e)
del cache["c"]
print(len(cache))
try:
    hash(cache)
except TypeError as e:
    print(e)

extra = weakref.WeakKeyDictionary()
k1 = Node("k1")
k2 = Node("k2")
extra[k1] = [1]
extra[k2] = "two"
extra[k1] = [2]
print(len(extra), extra[k1], k1 in extra, "str" in extra, weakref.getweakrefcount(k1))
print(sys.getrefcount(k1))
for k, v in extra.items():
    print(k.name, v)
del extra[k2]
print(len(extra))
k3 = Node("k3")
extra[k3] = 3
del k3
print(len(extra), [k.name for k in extra])
copy = cache.copy()
print(type(copy).__name__, len(copy))
w2 = weakref.WeakValueDictionary({"x": b}, y=b)
print(sorted(w2), sys.getrefcount(b))
del b
print(len(w2), len(copy))
