# A materialized __dict__ is tracked only when a value may be (its copy follows the original) and the collector counts it.
import gc
import sys

class P:
    pass

p = P()
p.n = 1
d = p.__dict__
print("untracked", gc.is_tracked(d), sys.getrefcount(d))
q = P()
q.items = []
dq = q.__dict__
print("tracked", gc.is_tracked(dq), gc.is_tracked(dq.copy()), gc.is_tracked(d.copy()))

gc.collect()
a = P()
a.me = a
b = P()
b.me = b
b.__dict__
del a, b
print("collected", gc.collect())

class Full:
    pass

f = Full()
for i in range(30):
    setattr(f, "a%d" % i, i)
f.me = f
print("full", sys.getsizeof(f.__dict__), gc.is_tracked(f.__dict__))
del f
print("collected full", gc.collect())
