# an array holds values, not references: putting an int in leaves its count alone, every read is a new object, and arrays are GC-tracked (a heap type) without holding anything
import sys, gc
from array import array
big = 10 ** 6
before = sys.getrefcount(big)
a = array("l", [big, big, big])
print(sys.getrefcount(big) - before)
lst = [big, big, big]
print(sys.getrefcount(big) - before)
del lst
x = a[0]
print(x == big, x is big, a[0] is a[0], sys.getrefcount(x))
f = array("d", [1.5])
print(f[0] is f[0], type(f[0]).__name__, type(a[0]).__name__)
print(gc.is_tracked(a), gc.is_tracked(iter(a)), gc.get_referents(a) == [array])
gc.collect()
c0 = gc.get_count()[0]
b = array("i", [1, 2, 3])
c1 = gc.get_count()[0]
it = iter(b)
c2 = gc.get_count()[0]
del b
c3 = gc.get_count()[0]
print(c1 - c0, c2 - c1, c3 - c2)
print(sys.getrefcount(it), next(it), list(it), list(it))
class Tracker:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("index", self.v)
        return self.v
    def __del__(self): print("del", self.v)
t = Tracker(7)
c = array("b", [t, Tracker(8)])
print(c, sys.getrefcount(t))
del t
print("after del t")
import weakref
r = weakref.ref(c)
print(r() is c)
del c
print(r())
s = array("u", "hi")
print(s, s[0], s.tounicode(), type(s[1]).__name__)
