# gc.is_tracked: atoms never, tuples and dicts untracked lazily
import gc
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(3.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
t = (1, 2, "x")
print("tuple of atoms", gc.is_tracked(t))
gc.collect()
print("after collect", gc.is_tracked(t))
t2 = ([], 1)
gc.collect()
print("tuple with list", gc.is_tracked(t2))
d = {"a": 1}
print("dict atoms", gc.is_tracked(d))
d["b"] = []
print("dict with list", gc.is_tracked(d))
del d["b"]
gc.collect()
print("after removing list", gc.is_tracked(d))
class C:
    pass
print("instance", gc.is_tracked(C()), "class", gc.is_tracked(C))
print("set", gc.is_tracked(set()), gc.is_tracked(frozenset()))
print("func", gc.is_tracked(lambda: 0))
t3 = tuple([1, 2, 3])
print("from list", gc.is_tracked(t3))
t4 = (t, 1)
gc.collect()
print("nested untracked", gc.is_tracked(t4))
