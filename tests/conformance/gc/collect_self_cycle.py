# Self-referencing list, dict and instance are each found by the collector.
import gc

class Node:
    pass

gc.collect()
lst = []
lst.append(lst)
del lst
print("self list:", gc.collect())
d = {}
d["me"] = d
del d
print("self dict:", gc.collect())
n = Node()
n.me = n
del n
print("self instance:", gc.collect())
