# `a *= n` on a list (list_inplace_repeat): a count below 1 clears it as list.clear() does (the list is empty
# before its items go, last to first, and keeps no capacity); a count of 1 or an empty list changes nothing;
# a larger count copies the items in after themselves, one new reference per copy.
import sys


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name, "- the list has", len(items), "items")


items = [Item(f"item {i}") for i in range(3)]
first = items[0]
print(sys.getsizeof(items), sys.getrefcount(first))
items *= 3
print(len(items), sys.getsizeof(items), sys.getrefcount(first))
items *= 1
print(len(items), sys.getsizeof(items), sys.getrefcount(first))
del first
items *= 0
print(items, sys.getsizeof(items))
items = [Item("only")]
items *= -2
print(items, sys.getsizeof(items))
empty = []
empty *= 10**6
print(empty, sys.getsizeof(empty))
