# Copies of instances are made without __init__; __del__ and weakref callbacks of originals and copies.
import copy
import gc
import sys
import weakref

class Node:
    def __init__(self, name):
        print("__init__", name)
        self.name = name
        self.items = []

    def __del__(self):
        print("__del__", self.name)

a = Node("a")
a.items.append(Node("child"))
print("items count before:", sys.getrefcount(a.items))
b = copy.copy(a)
print("copy shares items:", b.items is a.items, sys.getrefcount(a.items))
b.name = "b"
c = copy.deepcopy(a)
print("deepcopy:", c.items is not a.items, c.items[0] is not a.items[0], c.items[0].name)
c.name = "c"
c.items[0].name = "c-child"
print("counts:", sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c), sys.getrefcount(c.items))

r = weakref.ref(c, lambda ref: print("weakref callback for c"))
print("deleting c")
del c
print("deleting b")
del b
print("deleting a")
del a

# A cycle of two instances: copying materializes their __dict__s, so a collection frees 4 objects.
gc.collect()
x = Node("x")
y = Node("y")
x.items.append(y)
y.items.append(x)
z = copy.deepcopy(x)
z.name = "z"
z.items[0].name = "z-partner"
print("copied cycle:", z.items[0].items[0] is z)
del x, y, z
print("collected:", gc.collect())
