# defaultdict: factory called on missing keys only via [], not get/in; factory errors; refcounts; repr of lambdas
import sys
from collections import defaultdict
calls = []
def factory():
    calls.append(1)
    return []
dd = defaultdict(factory)
dd["a"]; dd.get("b"); "c" in dd; dd.setdefault("d", 5); dd.pop("zz", None)
print(sorted(dd), len(calls))
dd2 = defaultdict(lambda: 1 / 0)
try:
    dd2["x"]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, dict(dd2))
print(repr(defaultdict(int, a=1)), repr(defaultdict(None)), repr(defaultdict(dict)))
r = repr(defaultdict(lambda: 0))
print(r.split(" at ")[0])
dd3 = defaultdict(list)
dd3.default_factory = set
dd3["s"].add(1)
print(dd3)
try:
    dd3.default_factory = 5
    dd3["n"]
except TypeError as e:
    print("TypeError:", e)
dd4 = defaultdict(int, {"k": 1})
c = dd4.copy()
print(type(c).__name__, c, c.default_factory)
print(dd4 == {"k": 1}, defaultdict(int) == defaultdict(list))
m = dd4 | {"z": 2}
print(type(m).__name__, m)
try:
    defaultdict(int, 5)
except TypeError as e:
    print("TypeError:", e)
s = "".join(["key", "x"])
b = sys.getrefcount(s)
dd5 = defaultdict(int)
dd5[s] += 1
print(sys.getrefcount(s) - b)
wc = defaultdict(int)
for w in "the cat the hat the end".split():
    wc[w] += 1
print(sorted(wc.items(), key=lambda kv: (-kv[1], kv[0])))
m2 = {"z": 0, "k": 5} | dd4
print(type(m2).__name__, m2, m2.default_factory)
m3 = defaultdict(list, a=[1]) | defaultdict(set, b=set())
print(m3, m3.default_factory)
dd4 |= {"q": 9}
print(dd4)
for bad in (lambda: dd4 | 5, lambda: 5 | dd4, lambda: dd4 | [("a", 1)]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
n = defaultdict(None, {"x": 1}) | {"y": 2}
print(n)
