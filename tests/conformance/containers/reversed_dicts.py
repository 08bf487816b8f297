# reversed() of a dict and its views: dict_reversekeyiterator and its kin, walking the entries backwards.
import sys, gc
d = {"a": [1], "b": [2], "c": [3]}
r = reversed(d)
print(type(r).__name__, sys.getsizeof(r), sys.getrefcount(d), gc.is_tracked(r))
print(list(r), list(reversed(d.values())), list(reversed(d.items())))
it = reversed(d.items())
first = next(it)
print(first, sys.getrefcount(first), type(it).__name__)
d["c"] = "new"
print(next(it), sys.getrefcount(d["b"]))
try:
    rk = reversed(d)
    next(rk)
    d["z"] = 0
    next(rk)
except RuntimeError as e:
    print(e)
print(list(reversed({})), tuple(reversed(d.keys())), sorted(reversed(d)))
print(type(reversed(d.values())).__name__, type(reversed(d.keys())).__name__)
forward = iter(d)
print(list(forward), sys.getrefcount(d))
