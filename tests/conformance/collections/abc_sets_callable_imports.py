# collections.abc: Set mixins, Callable aliases, the ways to import it, and what isinstance caches count
from collections import abc
import collections.abc as cabc
import collections
import gc, sys
print(abc is cabc, collections.abc is abc, abc.__name__, abc.Iterable, abc.Sequence.__module__, abc.Mapping.__qualname__)
print(sorted(abc.__all__))
class Bits(abc.Set):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"Bits({self.items})"
a, b = Bits([1, 2, 3]), Bits([3, 4])
print(a & b, a | b, a - b, a ^ b, a <= Bits([1, 2, 3, 4]), a < a, a == Bits([3, 2, 1]), a.isdisjoint([7]), a._hash() == Bits([3, 1, 2])._hash())
print(a & [1, 9], [1, 2] & a if False else None)
print(abc.Iterable[int], abc.Callable[[int, str], float], abc.Callable[..., int], abc.Mapping[str, int].__args__, abc.Callable[[int], str].__args__)
print(type(abc.Callable[[int], str]).__name__, abc.Callable[[], None])
try:
    abc.Callable[int]
except TypeError as e:
    print("TypeError", e)
gc.collect()
before = gc.get_count()
isinstance([], abc.Iterable)
isinstance([], abc.Iterable)
class Mine:
    def __iter__(self):
        return iter(())
isinstance(Mine(), abc.Iterable)
print(gc.get_count()[0] - before[0], gc.collect())
m = Mine()
print(sys.getrefcount(m), isinstance(m, abc.Iterable), sys.getrefcount(m), sys.getrefcount(Mine))
class V(abc.MutableSequence):
    def __init__(self): self.x = []
    def __getitem__(self, i): return self.x[i]
    def __setitem__(self, i, v): self.x[i] = v
    def __delitem__(self, i): del self.x[i]
    def __len__(self): return len(self.x)
    def insert(self, i, v): self.x.insert(i, v)
v = V()
v.append(1); v.extend([2, 3]); v += [4]; v.reverse(); print(v.pop(), v.x, v.remove(3), v.x)
v.clear(); print(v.x, isinstance(v, abc.MutableSequence), issubclass(V, abc.Sequence))
print(abc.Sized.__abstractmethods__, sorted(abc.MutableMapping.__abstractmethods__), abc.Hashable.__subclasshook__(list), abc.Iterable.__subclasshook__(int))
