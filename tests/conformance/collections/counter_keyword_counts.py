# Counter keyword counts: stored as given when the counter starts empty (update's fast path), added otherwise
import collections
class Count:
    def __init__(self, n): self.n = n
    def __add__(self, other):
        print("add", self.n, other)
        return Count(self.n + other)
    def __radd__(self, other):
        print("radd", other, self.n)
        return Count(self.n + other)
    def __repr__(self): return f"Count({self.n})"
c = collections.Counter(a=Count(2), b=3)
print(c)
c.update(a=1)
print(c)
d = collections.Counter("ab", a=Count(5))
print(d)
e = collections.Counter()
e.update(x=Count(1))
e.update(y=2)
print(e)
e.subtract(y=1)
print(e)
f = collections.Counter({"k": 1}, k=2)
print(f, collections.Counter(a=0, b=-1), +collections.Counter(a=0, b=-1))
