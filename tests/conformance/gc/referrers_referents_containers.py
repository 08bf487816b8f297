# gc.get_referrers / get_referents of simple containers
import gc
x = [1, 2]
d = {"k": x}
t = (x, 3)
class H:
    pass
h = H()
h.v = x
refs = gc.get_referrers(x)
print(len([r for r in refs if r is d]), len([r for r in refs if r is t]))
print(sorted(type(r).__name__ for r in refs if r is not globals()))
print([type(o).__name__ for o in gc.get_referents(t)])
print([type(o).__name__ for o in gc.get_referents(d)])
print(sorted(type(o).__name__ for o in gc.get_referents(h)))
print(gc.get_referents(1, "a", None))
print(gc.is_tracked(h), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked((1, 2)), gc.is_tracked(([],)))
