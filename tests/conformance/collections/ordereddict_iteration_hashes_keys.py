# Iterating an OrderedDict hashes each key again (odictiter finds its node by the key)
from collections import OrderedDict
class K:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print("hash", self.n)
        return hash(self.n)
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __repr__(self): return f"K({self.n})"
od = OrderedDict()
od[K(1)] = "a"
od[K(2)] = "b"
print("iterate")
for k in od:
    print(k)
print("values")
print(list(od.values()))
print("items")
print(list(od.items()))
print("reversed")
print(list(reversed(od)))
print("keys")
print(list(od.keys()))
print("move")
od.move_to_end(K(1))
print(list(od))
print("popitem")
print(od.popitem())
print("copy")
od2 = od.copy()
print("eq")
print(od == od2)
print("repr")
print(repr(od))
print("nested repr")
print(OrderedDict([(K(7), OrderedDict([(K(8), 1)]))]))
