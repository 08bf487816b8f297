# The everyday dict methods, in insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.pop("b"), d.pop("z", "none"), d)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d.update({"a": 10, "m": 5}, q=7)
print(d, d.popitem(), len(d), "a" in d)
print(dict.fromkeys("xy", 0), d | {"new": 1}, {**d, "a": -1})
