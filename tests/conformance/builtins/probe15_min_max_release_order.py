# min()/max() release the best key before their iterator (over the argument tuple when given several), and a failed comparison's key before its item
import gc
import sys
gc.collect()

class Key:
    def __init__(self, name, rank):
        self.name = name
        self.rank = rank
    def __del__(self):
        print("  key", self.name, "dies", gc.get_count())
    def __lt__(self, other):
        if self.rank is None or other.rank is None:
            raise TypeError("cannot rank " + self.name)
        return self.rank < other.rank
    def __gt__(self, other):
        return other < self

class Item:
    def __init__(self, name, rank=0):
        self.name = name
        self.rank = rank
    def __del__(self):
        print("  item", self.name, "dies", gc.get_count())

def key_of(item):
    if item.name == "bad":
        raise KeyError(item.name)
    return Key(item.name, item.rank)

print("start", gc.get_count())
print("min of a list:", min([Item("a", 2), Item("b", 1), Item("c", 3)], key=key_of).name, gc.get_count())
print("max of arguments:", max(Item("d", 1), Item("e", 5), key=key_of).name, gc.get_count())
try:
    min([Item("f", 1), Item("bad")], key=key_of)
except KeyError as e:
    print("key failed", e, gc.get_count())
try:
    max(Item("g", 1), Item("h", None), key=key_of)
except TypeError as e:
    print("comparison failed", e, gc.get_count())
print("default:", max([], key=key_of, default="none"), gc.get_count())
try:
    min(iter([]), key=key_of)
except ValueError as e:
    print(e, gc.get_count())
items = [Item("i", 4), Item("j", 2)]
best = min(items, key=key_of)
print("best", best.name, sys.getrefcount(best), gc.get_count())
del best, items
print("end", gc.get_count())
