# set(x) and frozenset(x) stop at the first unhashable item; the items collected so far are released.
import sys

a = {}
b = []
for make in (set, frozenset):
    try:
        make([b, a, 1])
    except TypeError as e:
        print(make.__name__, e)
print(sys.getrefcount(a), sys.getrefcount(b))
s = {1}
try:
    s.update([a])
except TypeError as e:
    print("update", e)
print(sys.getrefcount(a), s)
