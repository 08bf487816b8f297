# Iterating a deque: iterators hold it, see item assignment, and stop when the deque changes size or rotates
import sys
from collections import deque

d = deque(range(5))
for x in d:
    print(x, end=" ")
print()
it = iter(d)
print(next(it), next(it), type(it).__name__, sys.getsizeof(it))
d[3] = "three"
print(list(it))
print(sys.getrefcount(d))
it = iter(d)
next(it)
d.append(5)
try:
    next(it)
except RuntimeError as exc:
    print("RuntimeError:", exc)
rit = reversed(d)
print(type(rit).__name__, next(rit), next(rit))
d.rotate(1)
try:
    next(rit)
except RuntimeError as exc:
    print("RuntimeError:", exc)
done = iter(deque([1]))
print(list(done))
print(list(done))
try:
    for x in d:
        if x == 2:
            d.popleft()
except RuntimeError as exc:
    print("RuntimeError:", exc)
a, b, *rest = deque("xyzw")
print(a, b, rest, sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])), max(deque([4, 9, 2])))
print(tuple(deque([1, 2])), list(enumerate(deque("ab"))), "-".join(deque(["p", "q"])))
del it, rit
print(sys.getrefcount(d))
