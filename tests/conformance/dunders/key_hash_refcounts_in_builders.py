# The references __hash__ and __eq__ see while comprehensions, displays, dict.fromkeys, set() and frozenset() add keys: each builder holds what CPython's does.
import sys
class K:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print("hash", self.n, sys.getrefcount(self))
        return 3
    def __eq__(self, o):
        print("eq", self.n, o.n, sys.getrefcount(self), sys.getrefcount(o))
        return self.n == o.n
print(len({K(i % 2): 0 for i in range(3)}))
print(len({K(i % 2) for i in range(3)}))
print(len({K(0), K(1), K(0)}))
print(len({K(0): 1, K(1): 2, K(0): 3}))
d = {}
d[K(0)] = 1
d[K(0)] = 2
x = K(5)
print(len(dict.fromkeys([K(0), K(1), K(0)])))
print(len(set([x, K(1), x])))
print(len(frozenset([x, K(1), K(5)])))
