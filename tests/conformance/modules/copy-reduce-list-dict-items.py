# a class whose __reduce__ hands copy list and dict items: _reconstruct appends and sets them (deep-copied for deepcopy)
import copy, sys
class Bag:
    def __init__(self): self.items = []; self.map = {}
    def append(self, x): self.items.append(x)
    def __setitem__(self, k, v): self.map[k] = v
    def __reduce__(self):
        return (Bag, (), None, iter(self.items), iter(self.map.items()))
b = Bag()
inner = [0]
b.append(inner); b.append(2); b["k"] = inner
s = copy.copy(b)
print(s.items, s.map, s.items[0] is inner, s.map["k"] is inner, sys.getrefcount(inner))
t = copy.deepcopy(b)
print(t.items, t.map, t.items[0] is inner, t.items[0] is t.map["k"])
class Bad:
    def __reduce__(self):
        return (Bad, (), None, None, iter([(1, 2, 3)]))
    def __setitem__(self, k, v): pass
try:
    copy.copy(Bad())
except ValueError as e:
    print("ValueError:", e)
class NoAppend:
    def __reduce__(self):
        return (NoAppend, (), None, iter([1]))
try:
    copy.copy(NoAppend())
except AttributeError as e:
    print("AttributeError:", e)
