# repr of nested containers, empty ones and special values.
print([1, [2, [3, []]]], (1,), (), {}, set(), frozenset())
print({"a": [1, 2], "b": (3,), "c": {"d": None}})
print([True, False, None, 1.0, -0.0, "s"])
print({1, 2, 3}, {3: "x", 1: "y"})
d = {"k": []}
d["k"].append(d["k"])
print(d)
