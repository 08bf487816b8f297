# Counter.update with an iterable adds 1 to an existing count (old + 1, the count's own __add__ first)
import collections
class Count:
    def __init__(self, n): self.n = n
    def __add__(self, other):
        print("Count.__add__", other)
        return Count(self.n + other)
    def __radd__(self, other):
        print("Count.__radd__", other)
        return Count(self.n + other)
    def __repr__(self): return f"Count({self.n})"
c = collections.Counter()
c["a"] = Count(10)
c.update("aab")
print(dict(c))
c.update({"a": 5})
print(dict(c))
c.subtract("b")
print(dict(c))
d = collections.Counter("hello world")
print(d.most_common(3), d["l"], d["z"], sum(d.values()))
