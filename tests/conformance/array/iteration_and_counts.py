# an array's iterator reads it live and lets it go when exhausted; reversed() stops at a shrunk array; new arrays, slices and iterators count in gc.get_count() (freed ones leave it)
import gc, sys
from array import array
a = array("i", [1, 2, 3])
seen = []
for x in a:
    seen.append(x)
    if x < 3:
        a.append(x + 10)
print(seen, a)
r = reversed(a)
print(next(r), next(r))
del a[1:]
print(list(r), a)
it = iter(a)
print(sys.getrefcount(a), next(it), sys.getrefcount(a), next(it, "done"), sys.getrefcount(a))
gc.disable()
gc.collect()
deltas = []
def measure(f):
    before = gc.get_count()[0]
    keep = f()
    deltas.append(gc.get_count()[0] - before)
    return keep
b = measure(lambda: array("d", [1.0, 2.0]))
measure(lambda: b[0:1])
measure(lambda: b + b)
measure(lambda: b * 3)
measure(lambda: iter(b))
s = measure(lambda: b[::-1])
measure(lambda: s.extend([1.5] * 50))
measure(lambda: b.tolist())
measure(lambda: array("i"))
print(deltas)
print(gc.is_tracked(b), gc.is_tracked(iter(b)), [type(o).__name__ for o in gc.get_referents(b)])
