# evaluation order and aliasing traps from a study note: chained assignment, augmented targets, unpacking, slices
def trace(label, value):
    print("  eval", label)
    return value

class Box:
    def __init__(self):
        self.items = {}
    def __getitem__(self, key):
        print("  get", key)
        return self.items.get(key, 0)
    def __setitem__(self, key, value):
        print("  set", key, value)
        self.items[key] = value
    def __delitem__(self, key):
        print("  del", key)

b = Box()
b[trace("key", "k")] = trace("value", 1)
b[trace("k2", "k")] += trace("inc", 5)
x = y = trace("shared", [])
x.append(1)
print(y, x is y)
lst = [0, 0, 0]
i = 0
i = lst[i] = 2
print(i, lst)
lst2 = [0, 0, 0]
j = 0
lst2[j] = j = 2
print(j, lst2)
a, (b2, *c), d = trace("rhs", [1, (2, 3, 4), 5])
print(a, b2, c, d)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
print(trace("L", 1) + trace("R", 2) * trace("M", 3))
print(trace("a", 0) or trace("b", "") or trace("c", "last"))
print(trace("x", 1) and trace("y", 0) and trace("z", 2))
print(trace("p", 1) < trace("q", 2) < trace("r", 0) < trace("s", 5))
def f(*args, **kwargs):
    return args, kwargs
print(f(trace("pos1", 1), *trace("star", [2, 3]), k=trace("kw", 4), **trace("dstar", {"m": 5})))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(e)
d = {trace("k1", "a"): trace("v1", 1), **trace("merge", {"b": 2}), trace("k2", "a"): trace("v2", 3)}
print(d)
print([trace(f"item{i}", i) for i in range(2)], {trace("s", 1), trace("t", 1)})
q = [1, 2, 3, 4, 5]
q[1:3] = q[3:]
print(q)
del b[trace("delkey", "z")]
s = slice(1, None, 2)
print(q[s], s.indices(10), s.start, s.stop, s.step, slice(5).indices(3), slice(None, None, -1).indices(4))
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[1, 2], g[1:2, ...], g[::], g[:, 0], g[...])
n1 = 1000
n2 = 1000
print(n1 is n2, n1 == n2, 10 ** 3 is 1000 if False else "")
