# A cycle reachable from a global survives every collection and counts nothing.
import gc

class Node:
    pass

gc.collect()
root = Node()
root.child = Node()
root.child.parent = root
print("collect with a global root:", gc.collect())
root = None
print("collect after dropping it:", gc.collect())
