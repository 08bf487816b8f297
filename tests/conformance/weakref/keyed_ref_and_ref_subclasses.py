# weakref.ref subclasses with slots and callbacks, refs' equality and hash, KeyedRef made directly
import weakref
class Node:
    def __init__(self, v):
        self.v = v
class Tagged(weakref.ref):
    __slots__ = ("tag",)
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag
n = Node(1)
t = Tagged(n, lambda r: print("tagged died", r.tag), tag="T")
print(t().v, t.tag, type(t).__name__, isinstance(t, weakref.ref))
r = weakref.ref(n)
print(t == r, hash(t) == hash(r), r == weakref.ref(n))
m = Node(2)
print(weakref.ref(n) == weakref.ref(m), weakref.ref(n) != weakref.ref(m))
del n
print(t(), r(), t == r, t == t)
try:
    hash(weakref.ref(Node(3)))
    print("hash of dead ok")
except TypeError as e:
    print(e)
kr = weakref.KeyedRef(m, None, "key")
print(kr.key, kr() is m)
for args in [(), (m,), (m, None), (m, None, "k", 1), (1, None, "k")]:
    try:
        weakref.KeyedRef(*args)
    except TypeError as e:
        print(e)
k1 = weakref.KeyedRef(m, lambda r: print("keyed cb", r.key), key="kw")
k2 = weakref.KeyedRef(m, None, "k2")
print(k1 is k2, k1.key, k2.key, weakref.getweakrefcount(m), k1 == k2)
import sys
print(sys.getsizeof(k1), sys.getrefcount(m))
del m
print(k1(), k2())
