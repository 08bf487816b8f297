# A Counter is a dict subclass instance: tracked from birth, its counts die with it, cycles through it are collected
import gc
import sys
import weakref
from collections import Counter

class Tag:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, Tag) and self.name == other.name
    def __del__(self):
        print("del", self.name)

tags = [Tag("x"), Tag("y"), Tag("x")]
c = Counter(tags)
print(len(c), c[tags[0]], sys.getrefcount(tags[0]), sys.getrefcount(tags[2]))
del tags
print("dropping")
del c
print("dropped")
gc.collect()
c = Counter()
c["self"] = c
r = weakref.ref(c)
del c
print("alive", r() is not None, "collected", gc.collect(), "alive", r() is not None)
big = Counter(range(1000))
print(sys.getsizeof(big), big.total(), big.most_common(2))
