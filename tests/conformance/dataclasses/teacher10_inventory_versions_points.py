# dataclasses: default_factory, __post_init__, frozen, order, slots, sizes and refcounts
import sys, gc
from dataclasses import dataclass, field, asdict, astuple, replace, fields

@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    def __post_init__(self):
        print("post_init", self.owner)
        self.total = len(self.items)
    def add(self, item):
        self.items.append(item)
        self.counts[item] = self.counts.get(item, 0) + 1
        self.total += 1

a = Inventory("ann")
b = Inventory("bob", ["x"])
print(a, b)
print(a.items is b.items, a == Inventory("ann"))
a.add("apple"); a.add("apple")
print(a, a.counts, asdict(a))
print([f.name for f in fields(a)])

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def bump(self):
        return replace(self, patch=self.patch + 1)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(max(vs), hash(Version(1)) == hash(Version(1, 0, 0)))
try:
    vs[0].major = 3
except Exception as e:
    print(type(e).__name__, e)
print(vs[0].bump(), astuple(vs[1]))

@dataclass(slots=True)
class Point:
    x: float
    y: float = 0.0

p = Point(1.5)
print(p, hasattr(p, "__dict__"), Point.__slots__)
print("sizes", sys.getsizeof(p), sys.getsizeof(a), sys.getsizeof(vs[0]))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
print("tracked", gc.is_tracked(p), gc.is_tracked(vs[0]))
items = a.items
print("refs items", sys.getrefcount(items))
del a
print("refs items", sys.getrefcount(items))
