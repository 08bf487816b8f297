# defaultdict: __missing__ calls default_factory and stores its result; counts, sizes, repr, copy and errors
import gc
import sys
from collections import defaultdict

def make():
    return []

dd = defaultdict(make)
print(sys.getrefcount(make), dd.default_factory is make)
v = dd["a"]
print(v, sys.getrefcount(v), dict(dd), len(dd))
dd["a"].append(1)
dd["b"].append(2)
print(dict(dd), "c" in dd, dd.get("c"), len(dd))
print(sys.getsizeof(dd), sys.getsizeof(defaultdict()), sys.getsizeof(defaultdict(int, {1: 2})))
print(gc.is_tracked(defaultdict()), gc.is_tracked(defaultdict(int)), gc.is_tracked({}))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
print(defaultdict(None), defaultdict(), defaultdict(list, a=1), defaultdict(int, [("x", 1)], y=2))
print(isinstance(dd, dict), type(dd).__name__, type(dd).__module__, defaultdict.__mro__)
print(dd == {"a": [1], "b": [2]}, dict(dd), list(dd), list(dd.values()))
c = dd.copy()
print(type(c).__name__, dict(c), c.default_factory is make, c["a"] is dd["a"], sys.getrefcount(make))
dd.default_factory = None
print(dd, sys.getrefcount(make))
try:
    dd["zzz"]
except KeyError as exc:
    print("KeyError:", exc)
print(dd.__missing__ is not None)
dd.default_factory = lambda: "new"
print(dd["q"], dd.__missing__("r"), sorted(dd))
print(dd.pop("q"), dd.setdefault("s", 5), dd.setdefault("a", 0))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 3
print(dict(nested["x"]), len(nested))

def attempt(f):
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

attempt(lambda: defaultdict(5))
attempt(lambda: defaultdict(int, 1, 2))
attempt(lambda: hash(defaultdict()))
attempt(lambda: defaultdict().x)
del c
print(sys.getrefcount(make))
