# itertools.count, repeat and cycle: results, reprs, what each holds (refcounts), sizes and gc tracking.
import itertools
import sys
import gc
from itertools import count, repeat, cycle

c = count(5)
print(c, next(c), next(c), c)
print(count(), count(-3), count(0, 2), count(1.5), count(1.5, 0.5), count(2**70), count(True))
print(count(start=3, step=-1))
big = 10**30
c2 = count(big)
print(sys.getrefcount(big))
first = next(c2)
print(first is big, sys.getrefcount(big), c2)
f = 0.25
step = 0.5
c3 = count(f, step)
print(sys.getrefcount(f), sys.getrefcount(step), [next(c3) for _ in range(3)], c3)
print(sys.getrefcount(f), sys.getrefcount(step))
del c3
print(sys.getrefcount(f), sys.getrefcount(step))

item = ["x"]
r = repeat(item, 3)
print(r, sys.getrefcount(item))
got = list(r)
print(got, r, sys.getrefcount(item), sys.getsizeof(got))
del got
print(sys.getrefcount(item))
print(repeat('a'), repeat('a', -2), repeat('a', times=-5), list(repeat(0, 0)))
forever = repeat(item)
print([next(forever) for _ in range(3)], sys.getrefcount(item))
del r, forever
print(sys.getrefcount(item))

data = [[1], [2]]
cy = cycle(data)
print(sys.getrefcount(data), sys.getrefcount(data[0]))
print([next(cy) for _ in range(5)])
print(sys.getrefcount(data), sys.getrefcount(data[0]), sys.getrefcount(data[1]))
saved = gc.get_referents(cy)
print(saved)
del saved
print([x for x in cycle([])], list(itertools.islice(cycle("ab"), 7)))

for o in (count(), count(1.5), repeat(1), repeat(1, 2), cycle([])):
    print(type(o).__name__, type(o), sys.getsizeof(o), gc.is_tracked(o))
print(itertools.count.__name__, itertools.count.__module__, type(itertools))
