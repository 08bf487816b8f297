# a dict view's .mapping is a read-only mappingproxy of the dict, made anew at each read; it keeps the dict alive
import sys, gc
from collections import OrderedDict
d = {"a": [1], "b": 2}
base = sys.getrefcount(d)
k = d.keys()
m = k.mapping
print(type(m).__name__, m["a"] is d["a"], sys.getrefcount(d) - base, m is k.mapping, m == d)
try:
    m["c"] = 3
except TypeError as e:
    print("TypeError:", e)
d["c"] = 3
print(sorted(m), len(d.values().mapping), d.items().mapping["b"])
print(sys.getsizeof(m), gc.is_tracked(m))
od = OrderedDict(x=1)
print(type(od.keys().mapping).__name__, list(od.items().mapping))
del k
print(sys.getrefcount(d) - base)
del m
print(sys.getrefcount(d) - base)
