# shallow versus deep copies of nested containers, shared members and cycles, with counts
import sys, copy
shared = [0]
tree = {"l": [shared, shared], "t": (shared, 1), "s": "str"}
sc = copy.copy(tree)
dc = copy.deepcopy(tree)
print(sc["l"] is tree["l"], dc["l"] is tree["l"], dc["l"][0] is dc["l"][1], dc["t"][0] is dc["l"][0])
print(sys.getrefcount(shared), sys.getrefcount(dc["l"][0]), dc["s"] is tree["s"])
tup = (1, 2, (3, 4))
print(copy.deepcopy(tup) is tup, copy.copy(tup) is tup)
tup2 = (1, [2])
dt = copy.deepcopy(tup2)
print(dt is tup2, dt[1] is tup2[1], dt == tup2)
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
a = Node(1)
b = Node(2)
a.next = b
b.next = a
ca = copy.copy(a)
da = copy.deepcopy(a)
print(ca.next is b, da.next is not b, da.next.next is da, sys.getrefcount(da))
class WithHooks:
    def __init__(self, items):
        self.items = items
    def __copy__(self):
        print("__copy__ called")
        return WithHooks(self.items)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called, memo has", len(memo))
        return WithHooks(copy.deepcopy(self.items, memo))
w = WithHooks([1, [2]])
w1 = copy.copy(w)
w2 = copy.deepcopy(w)
print(w1.items is w.items, w2.items is w.items, w2.items[1] is w.items[1])
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs)
lst = [1, 2, 3]
print(copy.copy(lst) is lst, sys.getrefcount(lst))
import gc
gc.collect()
before = gc.get_count()
big = [[i] for i in range(5)]
deep = copy.deepcopy(big)
after = gc.get_count()
print(after[0] - before[0])
del deep, big
print(gc.collect())
