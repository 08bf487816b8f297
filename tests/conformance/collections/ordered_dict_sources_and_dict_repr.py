# OrderedDict sources merge as mappings (keys(), then each value): a key's __hash__ runs as in CPython; dict.__repr__ is dict's own.
from collections import OrderedDict, Counter, defaultdict
class K:
    def __init__(s, n): s.n = n
    def __hash__(s): print('hash', s.n); return 1
    def __eq__(s, o): return s is o
od = OrderedDict([(K(1), 1)])
print('dict'); d = dict(od)
print('update'); d.update(od)
print('od'); OrderedDict(od)
print('star'); {**od}
print('counter'); Counter(od)
print('dd'); defaultdict(int, od)
m = {K(2): 1}
print('Counter'); Counter(m)
print('Counter.update'); c = Counter(); c.update(m)
print('Counter.update2'); c.update(m)
print('dict(m)'); dict(m)
print('dd(m)'); defaultdict(int, m)
class M:
    def keys(self): print("keys"); return ["a", "b"]
    def __getitem__(self, k): print("get", k); return k * 2
print(OrderedDict(M()))
class I:
    def items(self): print("items"); return [("x", 1)]
print(OrderedDict(I()))
class D(dict):
    def keys(self): print("D.keys"); return ["q"]
    def __getitem__(self, k): print("D.get", k); return 5
print(OrderedDict(D(q=1)))
od = OrderedDict(); od.update(D(z=2)); print(od)
print(dict.__repr__(OrderedDict(a=1)), dict.__repr__(defaultdict(int, a=1)), dict.__repr__(Counter("ab")))
