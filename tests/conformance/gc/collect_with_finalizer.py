# Objects with __del__ in a cycle are finalized once and then collected (PEP 442).
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

gc.collect()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("collecting")
print("collected:", gc.collect())
print("garbage:", gc.garbage)
