# A __del__ that breaks its cycle: the partner is then freed by refcount, not counted by the collector.
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        self.peer = None

class Plain:
    pass

gc.collect()
a = Node("a")
b = Plain()
a.peer = b
b.peer = a
del a, b
print("collected:", gc.collect())
