# list.remove/index/count and `in` read the list's length again at each step and hold the item while its __eq__ runs, so an __eq__ that empties or grows the list is safe.
import sys


class Clearer:
    def __init__(self, name, matches=False):
        self.name = name
        self.matches = matches

    def __eq__(self, other):
        print("eq", self.name, "refcount", sys.getrefcount(self), "len", len(items))
        del items[:]
        return self.matches

    def __del__(self):
        print("del", self.name)


items = [Clearer("a"), Clearer("b"), Clearer("c")]
print("count", items.count(0), items)
items = [Clearer("d"), Clearer("e")]
try:
    items.remove(0)
except ValueError as e:
    print("remove:", e)
items = [Clearer("f"), Clearer("g")]
try:
    items.index(0)
except ValueError as e:
    print("index:", e)
items = [Clearer("h")]
print("in", 0 in items)
items = [Clearer("i", matches=True), Clearer("j")]
items.remove(0)
print("removed from an emptied list", items)
items = [Clearer("k", matches=True)]
print("index", items.index(0))


class Grower:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if len(grown) < 5:
            grown.append(Grower(self.n + 1))
        return self.n == other


grown = [Grower(0)]
print("count", grown.count(9), len(grown))
grown = [Grower(0)]
print("index", grown.index(4), len(grown))
grown = [Grower(0)]
print("index with a stop", grown.index(2, 0, 10), len(grown))
grown = [Grower(0)]
try:
    grown.index(3, -1, 3)
except ValueError as e:
    print("index from the end:", e, len(grown))
grown = [Grower(0)]
grown.remove(3)
print("remove", [g.n for g in grown])
grown = [Grower(0)]
print("in", 4 in grown, len(grown))


class Same:
    def __eq__(self, other):
        raise AssertionError("an item that is the value counts without __eq__")


s = Same()
print("count of itself", [s, s].count(s))


class GrowingIndex:
    def __index__(self):
        numbers.append(9)
        return -1


# The bound's __index__ runs before the length normalizes it: -1 counts from the grown end.
numbers = [1, 2, 9]
print("index from a bound that grew the list", numbers.index(9, GrowingIndex()), numbers)
