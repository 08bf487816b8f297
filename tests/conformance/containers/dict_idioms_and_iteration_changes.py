# Dict idioms (counting, inverting, merging, equal int/float/bool keys) and mutating a dict or set while iterating it.
import sys
data = {"b": [1, 2], "a": tuple([3, 4])}
for k in sorted(data):
    print(k, data[k], sys.getrefcount(data[k]))
keys = list(data)
vals = list(data.values())
items = list(data.items())
print(keys, vals, items, sys.getrefcount(data["b"]))
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv, dict(sorted(inv.items(), reverse=True)))
from_pairs = dict([("p", 1), ("q", 2)], r=3)
print(from_pairs, dict.fromkeys("ab"), {**from_pairs, "p": 0}, from_pairs | {"z": 9})
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested["outer"]["inner"][1]["deep"], len(nested), list(nested["outer"].keys()))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
d = {1: "a"}
d[1.0] = "b"; d[True] = "c"
print(d, len(d), {(1, 2): 0, (1, 2.0): 1})
del d[1]
print(d, d.get(1), 1 in d)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
l = [1, 2, 3]
for x in l:
    if len(l) < 6: l.append(x * 10)
print(l)
print(sys.getsizeof(d), sys.getsizeof({}), sys.getsizeof({i: i for i in range(5)}))
