# a dict view's truth is its dict's length, as dictview_len answers
d = {}
print(bool(d.keys()), bool(d.values()), bool(d.items()))
d["a"] = 1
print(bool(d.keys()), bool(d.values()), bool(d.items()))
if not {}.items():
    print("empty items")
print({}.keys() or "fallback", d.values() and "has values")
import collections
od = collections.OrderedDict()
print(bool(od.keys()), bool(collections.Counter(x=1).items()))
del d["a"]
print(bool(d.keys()), not d.items())
