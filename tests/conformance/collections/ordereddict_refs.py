# OrderedDict keys are held twice (the dict entry and the list node), its iterator holds the next key, and it dies __dict__ first
import gc
import sys
import weakref
from collections import OrderedDict

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name
    def __repr__(self):
        return "Key(%s)" % self.name
    def __del__(self):
        print("del", self.name)

k1 = Key("one")
k2 = Key("two")
v = ["value"]
od = OrderedDict()
print(sys.getrefcount(k1), sys.getrefcount(v), gc.is_tracked(od))
od[k1] = v
od[k2] = v
print(sys.getrefcount(k1), sys.getrefcount(k2), sys.getrefcount(v))
it = iter(od)
print(sys.getrefcount(k1), sys.getrefcount(od))
first = next(it)
print(first, sys.getrefcount(k1), sys.getrefcount(k2))
del first, it
print(sys.getrefcount(k1), sys.getrefcount(k2), sys.getrefcount(od))
od.move_to_end(k1)
print(list(od), sys.getrefcount(k1))
pair = od.popitem()
print(pair, sys.getrefcount(k1))
del pair
od[k1] = v
del od[k2]
print(sys.getrefcount(k2), sys.getrefcount(v))
od.note = Key("attribute")
del k1, k2
print("dropping")
del od
print("dropped")

gc.collect()
od = OrderedDict()
od["self"] = od
r = weakref.ref(od)
del od
print("alive", r() is not None, "collected", gc.collect(), "alive", r() is not None)
od = OrderedDict(a=[1])
od["a"].append(od)
od.me = od
del od
print("collected", gc.collect())
