# An empty source is never cloned (a dict popitem emptied included), and a split dict's copy is a new GC allocation, not the free list's
import gc, sys
d = {1: []}
d.popitem()
print(gc.is_tracked(d.copy()), gc.is_tracked(dict(d)), gc.is_tracked({**d}), gc.is_tracked(d | {}))
X = {}; X.update(d); X |= d; print(gc.is_tracked(X), gc.is_tracked(dict(d, zz=1)))
class C: pass
y = C(); y.a = 1
s = y.__dict__
gc.collect()
x = {}
del x
a = gc.get_count()
c = s.copy()
b = gc.get_count()
print(a, b, sys.getsizeof(c), c)
e = C().__dict__
print(sys.getsizeof(e.copy()), gc.is_tracked(e.copy()))
