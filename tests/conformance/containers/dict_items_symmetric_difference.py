# items() ^ items() is dictitems_xor: a copy of the left dict, pairs of the right's other items, then the copy's items
import gc, sys
d = {1: 2}
e = {3: 4}
gc.collect()
r = d.items() ^ e.items()
print(gc.get_count(), sorted(r))
a = {i: i * i for i in range(8)}
b = {i: i * i if i % 2 else -i for i in range(4, 12)}
gc.collect()
r = a.items() ^ b.items()
print(gc.get_count(), sorted(r))
class K:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print("hash", self.n); return hash(self.n)
    def __eq__(self, o):
        print("eq", self.n); return isinstance(o, K) and o.n == self.n
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print("veq", self.n, o.n); return self.n == o.n
    def __hash__(self): return self.n
    def __repr__(self): return f"V{self.n}"
k1, k2 = K(1), K(2)
x = {k1: V(1), k2: V(2)}
y = {k1: V(1), k2: V(3)}
print("go")
r = x.items() ^ y.items()
print(len(r))
try:
    {1: []}.items() ^ {2: []}.items()
except TypeError as ex: print("TE", ex)
print({1: 2}.items() ^ {1: 2}.items(), {}.items() ^ {}.items())
v = {1: 2}.items()
print(v ^ v, v ^ {(1, 2)}, {(1, 3)} ^ v)
