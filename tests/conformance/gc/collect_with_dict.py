# Materializing __dict__ adds a dict object per instance to what the collector frees.
import gc

class Node:
    pass

gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
print(sorted(a.__dict__), sorted(vars(b)))
del a, b
print("collected:", gc.collect())
