# A large deepcopy allocates enough to start automatic collections midway; when, and what gen 0 counts after, is CPython's.
import copy
import gc

class Item:
    def __init__(self, n):
        self.n = n
        self.tags = [n]

class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = (2, [3])

collections = [0]

def count_collections(phase, info):
    if phase == "start":
        collections[0] += 1

gc.callbacks.append(count_collections)
results = []

gc.collect()
collections[0] = 0
rows = [[i, (i, [i])] for i in range(300)]
before = gc.get_count()
rows_copy = copy.deepcopy(rows)
results.append(("rows", before, gc.get_count(), collections[0]))

gc.collect()
collections[0] = 0
items = [Item(i) for i in range(200)]
before = gc.get_count()
items_copy = copy.deepcopy(items)
shallow = [copy.copy(item) for item in items]
results.append(("items", before, gc.get_count(), collections[0]))

mixed = [[1, (2, [3])], {"k": [4], "t": (5, 6)}, Item(7), {8, 9}, frozenset({10}), Slotted(), (Item(11),)]
for threshold in (3, 7, 50):
    gc.collect()
    collections[0] = 0
    gc.set_threshold(threshold, 10, 10)
    mixed_copy = copy.deepcopy(mixed)
    mixed_shallow = [copy.copy(x) for x in mixed]
    gc.set_threshold(700, 10, 10)
    results.append(("threshold", threshold, gc.get_count(), collections[0]))

gc.callbacks.remove(count_collections)
for result in results:
    print(result)
