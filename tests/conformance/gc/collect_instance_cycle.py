# Two plain instances in a cycle: gc.collect() finds 2 objects (3.11 keeps attributes inline, no dict).
import gc

class Node:
    pass

gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print("collected:", gc.collect())
print("again:", gc.collect())
