# zip_longest (its refilled result tuple, fillvalue) and groupby (keys held, groupers that stop once the groupby moves on).
import sys
import gc
import itertools

print(list(itertools.zip_longest([1, 2, 3], "ab")), list(itertools.zip_longest("a", [], fillvalue="-")), list(itertools.zip_longest()))
fill = ["fill"]
z = itertools.zip_longest([1, 2], [3], fillvalue=fill)
print(sys.getrefcount(fill))
t = next(z)
ident = id(t)
del t
t = next(z)
print(t, id(t) == ident, sys.getrefcount(fill))
print(next(z, "end"), sys.getrefcount(fill))
del z, t
print(sys.getrefcount(fill))

print([(k, list(g)) for k, g in itertools.groupby("aaabccdd")])
print([(k, len(list(g))) for k, g in itertools.groupby([1, 2, 3, 4, 6, 8, 9], key=lambda v: v % 2)])
gb = itertools.groupby(["x1", "x2", "y1"], key=lambda s: s[0])
k1, g1 = next(gb)
print(k1, sys.getrefcount(g1), next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(next(gb, None))

key_obj = [0]
items = [(key_obj, "a"), (key_obj, "b")]
gb2 = itertools.groupby(items, key=lambda pair: pair[0])
k, g = next(gb2)
print(k is key_obj, sys.getrefcount(key_obj))
print(list(g), sys.getrefcount(key_obj))
del k, g
print(sys.getrefcount(key_obj), sys.getrefcount(items[0]))
del gb2
print(sys.getrefcount(key_obj), sys.getrefcount(items[0]))
for o in (itertools.zip_longest([1], [2]), itertools.groupby([]), next(itertools.groupby([1]))[1]):
    print(type(o).__name__, type(o), sys.getsizeof(o), gc.is_tracked(o))
