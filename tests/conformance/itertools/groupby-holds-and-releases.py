# groupby: the current group shares the parent's iterator; old groups become empty; keys released when advanced
import sys
from itertools import groupby
class Tag:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"T{self.n}"
    def __del__(self): print("del", self.n)
items = [Tag(1), Tag(1), Tag(2)]
keyf = lambda t: t.n
gb = groupby(items, keyf)
k, g = next(gb)
print(k, next(g))
k2, g2 = next(gb)
print(k2, list(g), list(g2))
print(list(gb))
items = None
print("items dropped")
del gb, g, g2
print("groupby dropped")
pairs = [("a", 1), ("a", 2), ("b", 3)]
result = {k: [v for _, v in grp] for k, grp in groupby(pairs, key=lambda p: p[0])}
print(result)
print([list(g) for k, g in groupby("aabbb")])
print([(k, list(g)) for k, g in groupby([])])
print(list(groupby("ab"))[0][0], len(list(groupby("aabbccaa"))))
