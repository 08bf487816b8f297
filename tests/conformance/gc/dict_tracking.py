# A dict becomes tracked when a tracked value is inserted and is untracked again only by a full collection.
import gc

d = {"a": 1}
print("ints only:", gc.is_tracked(d))
d["b"] = []
print("with a list:", gc.is_tracked(d))
del d["b"]
print("list removed:", gc.is_tracked(d))
gc.collect(0)
print("after gen 0:", gc.is_tracked(d))
gc.collect()
print("after full:", gc.is_tracked(d))
