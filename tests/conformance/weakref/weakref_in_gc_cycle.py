# When the collector frees a cycle, weakrefs to it are cleared and their callbacks run before __del__.
import gc
import weakref

class Node:
    def __del__(self):
        print("__del__, weakref now:", probe())

gc.collect()
n = Node()
n.me = n
probe = weakref.ref(n, lambda r: print("callback"))
del n
print("collected:", gc.collect())
print("probe:", probe())
