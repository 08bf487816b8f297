# set.difference with several arguments updates the first result in place; symmetric_difference starts from a set made of its argument
import sys
L = list(range(25))
print(sys.getsizeof(set(L)), sys.getsizeof(set().symmetric_difference(L)), sys.getsizeof(set().symmetric_difference(iter(L))), sys.getsizeof(set() ^ set(L)), sys.getsizeof(set().symmetric_difference(set(L))))
S = set(range(7))
print(sys.getsizeof(S.difference({100}, [5])), sys.getsizeof(S.difference([5], {100})), sys.getsizeof(S.difference(range(3), {1})))
print(sys.getsizeof(S.intersection(range(10), {1, 2, 3}, [2])), sys.getsizeof(S.union([1], range(30))), sys.getsizeof(frozenset().symmetric_difference(L)))
S = set(range(7)); F = frozenset(range(5))
for r in [S.difference({100}, [5]), S.difference([5], {100}, (6,)), S.difference(), F.difference([1], [2]), S.symmetric_difference([1, 50]), F.symmetric_difference(range(3)), set().symmetric_difference("abc"), S.symmetric_difference({1: 2, 99: 3})]:
    print(sorted(r, key=repr), sys.getsizeof(r), type(r).__name__)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): print("hash", self.v); return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K{self.v}"
ks = {K(1), K(2)}
print("go")
r = ks.symmetric_difference([K(2), K(3)])
print(sorted(r, key=repr))
r = ks.difference([K(1)], [K(2)])
print(r)
