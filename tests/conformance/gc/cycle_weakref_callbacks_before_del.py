# in a collected cycle, weakref callbacks run before __del__ finalizers? CPython clears weakrefs first
import gc, weakref
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: print("callback a"))
rb = weakref.ref(b, lambda r: print("callback b"))
del a, b
print("collecting")
print("collected", gc.collect())
print(ra(), rb())
