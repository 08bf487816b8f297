# With DEBUG_SAVEALL, collected objects go to gc.garbage instead of being freed.
import gc

class Node:
    pass

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = Node()
b = Node()
a.peer = b
b.peer = a
del a, b
print("collected:", gc.collect())
print("in garbage:", len(gc.garbage))
print("types:", sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("after clearing:", gc.collect())
