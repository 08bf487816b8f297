# itertools.groupby: lazy groups are invalidated when the outer iterator advances; refcounts of held keys
import sys
from itertools import groupby
data = [1, 1, 2, 2, 2, 3, 1]
groups = []
for k, g in groupby(data):
    groups.append((k, g))
print([(k, list(g)) for k, g in groups])
it = groupby("aaabbc")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, grp in groupby(words, key=lambda w: w[0]):
    print(letter, list(grp))
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
class K:
    pass
obj = K()
before = sys.getrefcount(obj)
gb = groupby([obj, obj, obj])
key, grp = next(gb)
print(sys.getrefcount(obj) - before)
del key, grp
print(sys.getrefcount(obj) - before)
del gb
print(sys.getrefcount(obj) - before)
try:
    groupby(5)
except TypeError as e:
    print("TypeError:", e)
try:
    list(groupby([1, "a"], key=lambda x: x + 1))
except TypeError as e:
    print("TypeError:", e)
print(type(next(groupby([1]))[1]).__name__)
