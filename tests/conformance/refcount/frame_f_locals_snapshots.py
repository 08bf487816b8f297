# frame.f_locals is a snapshot dict refreshed on each read; refcounts it adds
import sys
def f():
    x = [1]
    fr = sys._getframe()
    before = sys.getrefcount(x)
    loc = fr.f_locals
    after = sys.getrefcount(x)
    y = 5
    print(sorted(loc), after - before)
    loc2 = fr.f_locals
    print(loc is loc2, sorted(loc))
    del loc, loc2
    print(sys.getrefcount(x) - before)
f()
def g():
    a = 1
    yield sys._getframe().f_locals
    b = 2
    yield sys._getframe().f_locals
it = g()
first = next(it)
print(sorted(first))
second = next(it)
print(first is second, sorted(first))
