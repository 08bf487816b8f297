# set methods given a dict use its stored hashes; difference_update resizes away a table of dummies
import sys


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("  hash", self.v)
        return self.v

    def __eq__(self, other):
        print("  eq", self.v)
        return isinstance(other, K) and other.v == self.v

    def __repr__(self):
        return f"K{self.v}"


keys = [K(i) for i in range(4)]
d = {k: 0 for k in keys[:3]}
s = set(keys[1:])
print("difference")
print(sorted(s.difference(d), key=lambda k: k.v))
print("frozenset difference")
print(sorted(frozenset(s).difference(d), key=lambda k: k.v))
print("symmetric_difference")
print(sorted(s.symmetric_difference(d), key=lambda k: k.v))
print("symmetric_difference_update")
t = set(keys[1:])
t.symmetric_difference_update(d)
print(sorted(t, key=lambda k: k.v), [sys.getrefcount(k) for k in keys])
print("view minus set")
print(sorted(d.keys() - s, key=lambda k: k.v))
del t

for n, k in [(40, 35), (100, 95), (100, 80), (8, 8), (50, 49)]:
    a = set(range(n))
    a.difference_update(range(k))
    b = set(range(n))
    b -= set(range(k))
    c = frozenset(range(n)).difference(range(k))
    e = {i: i for i in range(n)}.keys() - range(k)
    g = set(range(n))
    g.difference_update({i: 0 for i in range(k)})
    print(n, k, [sys.getsizeof(x) for x in (a, b, c, e, g)], sorted(a)[:3])
