# collect(0) only looks at generation 0: an old cycle survives it and is found by a full collection.
import gc

class Node:
    pass

gc.collect()
old = Node()
old.me = old
gc.collect(0)
del old
young = Node()
young.me = young
del young
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
print("collect(2):", gc.collect(2))
