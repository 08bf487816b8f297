# A set built from or updated with a dict subclass iterates it, through the subclass's own __iter__; an exact dict's table is read directly
import sys
from collections import defaultdict, OrderedDict, Counter
class D(dict):
    def __iter__(self):
        return iter(["x"])
print(set(D(a=1)), frozenset(D(a=1)))
s = {1}
s.update(D(a=1))
print(sorted(s, key=str), {1}.union(D(a=1)) == {1, "x"})
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print("hash", self.n)
        return self.n
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n
dd = defaultdict(int)
dd[Key(1)] = 1
print(len(set(dd)))
d = {Key(2): 0}
print(len(set(d)))
print(sys.getsizeof(set(defaultdict(int, {i: i for i in range(10)}))), sys.getsizeof(set({i: i for i in range(10)})))
print(sorted(set(Counter("abca"))), sorted(set(OrderedDict.fromkeys("xyz"))))
