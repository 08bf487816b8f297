# tuples and dicts of atoms: tracked when built, untracked by a collection (tuples) or at creation (dicts)
import gc
gc.collect()
def show(*objs):
    return [gc.is_tracked(o) for o in objs]
a = tuple([1, 2])
b = tuple(["x", None, 1.5, True])
c = tuple([(1, 2), "y"])
d = tuple([[], 1])
e = tuple([frozenset([1]), 2])
f = tuple([tuple([1]), tuple([tuple([2])])])
print(show(a, b, c, d, e, f))
gc.collect(0)
print(show(a, b, c, d, e, f))
gc.collect()
print(show(a, b, c, d, e, f), show(f[0], f[1], f[1][0]))
g = {"a": 1, "b": "s"}
h = {"a": (1, 2)}
i = {"a": tuple([1])}
j = {1: frozenset()}
k = {"k": []}
print(show(g, h, i, j, k))
gc.collect()
print(show(g, h, i, j, k))
k["k"] = 0
print(show(k))
gc.collect()
print(show(k))
k["n"] = [1]
print(show(k))
l = dict(a=1)
m = dict([("a", (1,))])
n = {x: x for x in range(3)}
o = dict.fromkeys("ab")
p = {**g}
print(show(l, m, n, o, p, g.copy(), dict(g)))
s = set([1, 2]); fs = frozenset([1])
print(show(s, fs, frozenset(), set()))
class Obj: pass
q = (Obj(),)
gc.collect()
print(show(q))
r = tuple([1, 2]) + tuple([3])
print(show(r, tuple([1]) * 2, a[:1], a[0:2]))
