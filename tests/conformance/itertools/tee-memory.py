# itertools.tee: shared buffering, refcounts of buffered items, sizes, gc tracking, weakrefs, copies and errors
import sys, gc, weakref, copy
from itertools import tee, islice, count
class Item:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"I{self.n}"
    def __del__(self): print("del", self.n)
src = [Item(i) for i in range(3)]
a, b = tee(src)
print(type(a).__name__, type(a), sys.getsizeof(a), gc.is_tracked(a), repr(a).split(" at ")[0])
print(next(a), sys.getrefcount(src[0]))
print(next(a), next(b), sys.getrefcount(src[0]), sys.getrefcount(src[1]))
src = None
print("source list dropped")
print(list(a))
print("a exhausted")
print(list(b))
del a
print("a dropped")
del b
print("b dropped")
c, d = tee(count())
print(list(islice(c, 60))[-3:], next(d), next(d))
e = copy.copy(c)
f = c.__copy__()
print(next(c), next(e), next(f), type(e) is type(c))
r = weakref.ref(c)
print(r() is c)
t1, t2, t3 = tee("ab", 3)
print(list(t1), list(t2), list(t3), tee("x", 0), len(tee("x", 1)))
u, v = tee(iter([1, 2, 3]))
w, x = tee(u)
print(next(u), next(w), next(x), next(v), list(w), list(u))
class CopyIt:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        return self.i
    def __copy__(self):
        print("copy called")
        return CopyIt()
p, q = tee(CopyIt())
print(type(p).__name__, next(p), next(p), next(q))
for bad in (lambda: tee([1], -1), lambda: tee(5), lambda: tee([1], "2"), lambda: tee(), lambda: tee([1], 2, 3), lambda: tee([1], n=2), lambda: tee([1], 2**70)):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
def reenter():
    yield next(g1)
g1, g2 = tee(reenter())
try:
    next(g1)
except RuntimeError as ex:
    print("RuntimeError:", ex)
gc.collect()
before = gc.get_count()[0]
m, n = tee([1, 2])
print(gc.get_count()[0] - before)
print("end")
