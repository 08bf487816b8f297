# Freeing deep chains: past 50 nested container deallocs CPython defers the rest (the trashcan), so no depth overflows and __del__ order shows the deferral
import collections
out = []
class Tag:
    def __init__(self, n): self.n = n
    def __del__(self): out.append(self.n)
class Plain: pass
class Slotted:
    __slots__ = ("a", "b")
def runs(order):
    # The freeing order as runs of consecutive numbers: "119-71" or "22-69".
    parts, start = [], 0
    for i in range(1, len(order) + 1):
        if i == len(order) or abs(order[i] - order[i - 1]) != 1:
            parts.append(f"{order[start]}-{order[i - 1]}" if i - 1 > start else str(order[start]))
            start = i
    return " ".join(parts)
def probe(name, wrap, depth=120):
    out.clear()
    inner = None
    for i in range(depth):
        inner = wrap(inner, Tag(i))
    del inner
    print(f"{name:12}", runs(out))
def instance(a, b):
    o = Plain(); o.a = a; o.b = b; return o
def with_dict(a, b):
    o = Plain(); o.__dict__; o.a = a; o.b = b; return o
def slotted(a, b):
    o = Slotted(); o.a = a; o.b = b; return o
probe("list", lambda a, b: [a, b])
probe("tuple", lambda a, b: (a, b))
probe("dict", lambda a, b: {"a": a, "b": b})
probe("instance", instance)
probe("with __dict__", with_dict)
probe("slots", slotted)
probe("exception", lambda a, b: ValueError(a, b))
probe("OrderedDict", lambda a, b: collections.OrderedDict(a=a, b=b))
probe("defaultdict", lambda a, b: collections.defaultdict(None, a=a, b=b))
probe("Counter", lambda a, b: collections.Counter(a=a, b=b))
probe("deque", lambda a, b: collections.deque([a, b]))
probe("bound method", lambda a, b: instance(a, b).__eq__)
probe("list method", lambda a, b: [a, b].append)
probe("closure", lambda a, b: (lambda: (a, b)))
